/**
 * Sex, family situation, pregnancy, sexual orientation and gender identity phrases (C. trav.
 * L1142-1, L1132-1), folded. Product and clientele words ("prêt-à-porter femme", "coiffure homme")
 * are not matched: only phrases about the person sought are.
 */
import type { PhraseSpec } from "../phrases.js";
import { E, EXCLUDED, REFUSED, REQUIRED } from "./common.js";

const SEX = "(?:hommes?|femmes?|filles?|garcons?|demoiselles?|dames?|messieurs?|monsieur)";
const OTHER_SEX_AFTER = `^\\s*(?:et|ou|/|,|ou des|et des|ou une|ou un|et une|et un|-)\\s*(?:des |un |une |aux |les )?(?:jeunes? )?${SEX}`;
const GENDERED_JOB_AFTER =
  "^\\s*(?:de (?:menage|chambre|terrain|confiance|l'art|service|peine|main|chantier)|d'entretien|d'equipage|toutes mains|a tout faire)";
const CLIENTELE_BEFORE =
  "(?:coiffure|coiffeur|barbier|vetements?|pret a porter|mode|rayons?|vestiaires?|toilettes?|sanitaires?|douches?|chaussures?|lingerie|sous vetements|clientele|parfums?|collections?|soins?|salon|institut|spa|hammam|locaux|espaces?|salles?|cours|seances?|produits?|gamme|offre|equipe de (?:football|rugby|basket|hand|volley)|foyer|hebergement|residence|centre|accueil de|public)s?\\s*(?:pour |de |d')?$";
const HOUSEHOLD_BEFORE =
  "(?:couple|famille|foyer|menage|personne agee|monsieur|madame|particulier|retraites?|dame|chez un|chez une)\\s*(?:\\w+ )?(?:\\w+ )?$";

/** Sex required or excluded. */
export const SEX_EXPLICIT: readonly PhraseSpec[] = [
  { re: `${SEX} ${REQUIRED}`, notBefore: CLIENTELE_BEFORE },
  {
    re: `(?:reserve|destine|limite)${E} (?:uniquement |exclusivement )?(?:aux|a des|a un|a une|a la gent) ${SEX}`,
    notAfter: OTHER_SEX_AFTER,
    notBefore: CLIENTELE_BEFORE,
  },
  {
    re: `ouvert${E} (?:uniquement|exclusivement|seulement) (?:aux|a des) ${SEX}`,
    notBefore: CLIENTELE_BEFORE,
  },
  { re: "sexe ?:? ?(?:masculin|feminin|homme|femme|m|f|h)|personnes? de sexe (?:masculin|feminin)" },
  {
    re: `(?:profil|candidat|candidate|personne|personnel|employe|recrue|collaborateur|collaboratrice|equipier|equipiere)s? (?:masculin|feminin|masculine|feminine)s?`,
  },
  {
    re: `(?:recherch|recrut|cherch|embauch|engag)\\w* (?:urgent ?:? )?(?:(?:exclusivement|uniquement|seulement|principalement|surtout|de preference|plutot|idealement) )?(?:un |une |des |de |d'un |d'une )?(?:jeunes? )?${SEX}`,
    notAfter: `${OTHER_SEX_AFTER}|${GENDERED_JOB_AFTER}`,
  },
  {
    re: `(?:(?<=de )preference|plutot|idealement|(?<=si )possible|preferablement) (?:un |une |des )?(?:jeunes? )?(?:${SEX}|candidat masculin|candidate feminine|profil masculin|profil feminin)`,
    notAfter: `${OTHER_SEX_AFTER}|${GENDERED_JOB_AFTER}`,
  },
  {
    re: `(?:poste|travail|metier|emploi)s? (?:masculin|feminin|d'homme|de femme|pour (?:un |une |des )?${SEX})`,
    notAfter: `${OTHER_SEX_AFTER}|${GENDERED_JOB_AFTER}`,
  },
  {
    re: `(?<=(?<![a-z])une? )${SEX} (?:serieu|motive|dynamique|de confiance|capable|sachant|ayant|disponible|pour (?:le |la |l'|notre |nos |un |une |des )?(?:poste|accueil|service|vente|garde|travail|boutique|magasin|caisse|rayon|cuisine))\\w*`,
    notBefore: "(?:ou|et|/)\\s*(?:une?\\s*)?$",
    notAfter: OTHER_SEX_AFTER,
  },
  { re: `${SEX} s'abstenir`, negatable: false },
  {
    re: `(?:femmes|hommes|filles|garcons|personnes de sexe (?:masculin|feminin)|candidats masculins|candidates feminines) ?[:,]? ?${EXCLUDED}`,
    negatable: false,
    notBefore: CLIENTELE_BEFORE,
  },
  {
    re: `${REFUSED}(?:femmes|hommes|filles|garcons)`,
    anchors: ["femme", "homme", "fille", "garco"],
    negatable: false,
  },
  {
    re: `(?<=(?:exclusivement|uniquement|seulement) (?:des |aux |les |a des |pour des )?)${SEX}`,
    notAfter: OTHER_SEX_AFTER,
    notBefore: CLIENTELE_BEFORE,
  },
  {
    re: `(?:pas de|aucune?|sans) (?:femmes?|hommes?|filles?|garcons?)`,
    negatable: false,
    notAfter: GENDERED_JOB_AFTER,
  },
  { re: "jeunes? (?:homme|femme|fille|garcon)s?" },
];

/** Gendered wording of the job in the text ("homme de terrain", "femme de ménage"). */
export const SEX_GENDERED_WORDING: readonly PhraseSpec[] = [
  {
    re: "homme (?:de terrain|toutes mains|a tout faire|d'entretien|de menage|de peine|de service|de chantier|de maison)",
    notBefore: "femmes?\\s*(?:/|ou|ou une|-|,|et)\\s*(?:une |un )?$",
    notAfter: "^\\s*(?:/|ou|-)\\s*(?:une )?femme",
  },
  {
    re: "femmes? (?:de menage|de chambre|de service|a tout faire|de peine|toutes mains|de terrain|d'entretien|de maison)",
    // ROME pairs the job with "valet": "Valet / Femme de chambre", "(femmes de chambre, valets de chambre)".
    notBefore:
      "(?:hommes?|valets?(?: de chambre)?)\\s*(?:/|ou|ou une|ou un|-|,|et)\\s*(?:une |un |premiere |des |les )?$",
    notAfter: "^\\s*(?:/|ou|-|,|et)\\s*(?:un |des |les |premier )?(?:homme|valet)",
  },
];

/** Family situation required or excluded. */
export const FAMILY_SITUATION: readonly PhraseSpec[] = [
  { re: "sans enfants?(?: a charge)?", negatable: false, notBefore: HOUSEHOLD_BEFORE },
  {
    re: "(?:pas|aucun) (?:d'|de )?enfants?(?: en bas age| a charge)?",
    negatable: false,
    notBefore: HOUSEHOLD_BEFORE,
    notAfter:
      "^\\s*(?:a garder|a surveiller|sur place|dans (?:la maison|le foyer)|au domicile|presents?|sur le site)",
  },
  {
    re: "(?:enfants?(?: en bas age)?|meres?|peres?|parents?|mamans?|papas?)(?: de famille)? s'abstenir",
    negatable: false,
  },
  {
    re: "celibataires?",
    notBefore:
      "(?:logements?|studios?|chambres?|hebergements?|appartements?|residences?|foyers?|hotel|maison|pour)\\s*(?:pour |de |type |individuel )?$",
    notAfter: "^\\s*(?:geographiques?)",
  },
  { re: `(?:etre|vous etes|personne|candidat${E}|couple|homme|femme) marie${E}` },
  { re: `marie${E} ${REQUIRED}|marie${E} (?:avec|sans) enfants?|marie${E} ou pacse${E}` },
  {
    re: "situation (?:familiale|de famille|matrimoniale) (?:stable|:|compatible|sans|requise|exigee|reglee)",
  },
  {
    re: "(?:pas|aucune?s?|sans|libre de (?:toute|toutes)) (?:de )?(?:contraintes?|charges?|obligations?|attaches?) (?:familiales?|de famille)",
    negatable: false,
  },
  { re: "(?:mere|pere) de famille", notBefore: "(?:conges?|statut de)\\s*$" },
  {
    re: `${REFUSED}(?:meres?|peres?|parents?|mamans?|papas?|jeunes mamans?)(?: de famille| de (?:jeunes |jeunes? )?enfants?| isolee?s?| celibataires?| solos?)?`,
    anchors: ["mere", "meres", "pere", "peres", "paren", "maman", "papa", "papas"],
    negatable: false,
  },
  {
    re: `(?:meres?|peres?|parents?|mamans?)(?: de famille| de (?:jeunes )?enfants?| isolee?s?| solos?)? ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
];

/** Couples sought as such: review (may be a joint caretaker job, but excludes single people). */
export const FAMILY_COUPLE: readonly PhraseSpec[] = [
  {
    re: "couples? (?:de |pour |d')?(?:gardiens?|concierges?|regisseurs?|gerants?|employes? de maison|intendants?|jardiniers?|cuisiniers?|responsables?|saisonniers?|agents?)",
  },
  { re: "(?:recherch|recrut|cherch)\\w* (?:un )?couple|(?:poste|emploi|travail) (?:pour|en) couple" },
];

/** Pregnancy or maternity plans as a condition. */
export const PREGNANCY: readonly PhraseSpec[] = [
  {
    re: "(?<=(?:pas|non|aucune?|sans|ne pas etre|n'etre pas) (?:de |d')?)(?:grossesse|enceinte|projets? (?:de |d')?(?:maternite|grossesse|bebe|enfants?|naissance))",
    negatable: false,
  },
  {
    re: "enceintes? (?:s'abstenir|exclues?|refusees?|non acceptees?|pas acceptees?)",
    negatable: false,
  },
  { re: "grossesses? (?:en cours )?(?:s'abstenir|exclues?|incompatibles?)", negatable: false },
  {
    re: "candidates? enceintes?|enceintes? (?:ne (?:seront|sont) pas|non) (?:retenues?|acceptees?|prises?|admises?)",
    negatable: false,
  },
  { re: "(?:pas|aucun) (?:de )?conges? (?:maternite|parental) (?:prevu|envisage|a venir)", negatable: false },
  { re: "projets? de (?:maternite|grossesse) (?:a court terme )?(?:incompatible|exclu)" },
];

/** Sexual orientation and gender identity. */
// Whole words only: "trans" must not reach "transport".
const LGBT =
  "(?:homosexuel\\w*|gays?|lesbiennes?|trans|transgenres?|transsexuel\\w*|transidentitaires?|lgbt\\w*|bisexuel\\w*|queers?|non binaires?|intersexes?)";
const LGBT_ANCHORS = ["homos", "gay", "gays", "lesbi", "trans", "lgbt", "bisex", "queer", "binai", "inter"];
const LGBT_GROUP = `(?:(?:personnes?|candidat${E}|profils?|salarie${E}) ${LGBT}|${LGBT})`;
const STRAIGHT = "(?:heterosexuel|hetero|cisgenre)";

export const ORIENTATION_IDENTITY: readonly PhraseSpec[] = [
  { re: `${STRAIGHT}${E}s? ${REQUIRED}` },
  {
    re: `(?:profil|candidat|personne)${E} ${STRAIGHT}${E}|(?:uniquement|exclusivement|seulement) (?:des |aux )?(?:personnes |candidats |profils )?${STRAIGHT}\\w*`,
  },
  {
    re: `(?:pas|aucun|aucune) (?:de |d')?${LGBT_GROUP}`,
    negatable: false,
  },
  { re: `${REFUSED}${LGBT}`, anchors: LGBT_ANCHORS, negatable: false },
  {
    re: `${LGBT_GROUP}${E} ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    re: "orientation sexuelle (?:exigee|requise|:|conforme|compatible|traditionnelle|hetero\\w*)|(?:genre|sexe) (?:de naissance|biologique|a l'etat civil) (?:exige|requis|:|uniquement|obligatoire)",
  },
  {
    re: "identite de genre (?:exigee|requise|:|conforme|correspondant|compatible)|(?:pas|aucune?) (?:de |d')?(?:transition|changement de sexe|parcours de transition)",
    negatable: false,
  },
];
