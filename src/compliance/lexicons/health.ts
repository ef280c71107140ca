/**
 * Health, disability, genetics and loss of autonomy phrases (C. trav. L1132-1, L1133-3), folded.
 * Working conditions ("port de charges", "travail debout", "visite médicale d'embauche") are not matched.
 */
import type { PhraseSpec } from "../phrases.js";
import { E, EXCLUDED, REFUSED, REQUIRED } from "./common.js";

const HEALTH_TROUBLE = "(?:problemes?|soucis|souci|antecedents?|pathologies?|troubles?|maladies?)";

// A genetic test or trait is the job's subject in a laboratory ("réaliser des tests ADN"), not a condition.
const GENETIC_TASK_BEFORE =
  "(?:realis|effectu|pratiqu|analys|conduir|condui|developp|interpret|sequenc|prelev|traite|trait|valid|commercialis|vend|mettre au point|preparer|technicien|laboratoire|ingenieur|biolog|conseill|recherche|etude|recueil|consultation|service|unite|departement|plateforme|expert|specialis|domaine|identifi)\\w*[^.;!?\\n]{0,40}$";
const GENETIC_TASK_AFTER =
  "^\\s*(?:sur|des|du|de (?:patients?|prelevements?|echantillons?|la population)|pour (?:les|nos|des) (?:patients?|clients?|familles))";

/** Genetic characteristics (C. trav. L1132-1): a test or a trait asked of the candidate. */
const GENETICS: readonly PhraseSpec[] = [
  {
    re: "(?:tests?|depistages?|bilans?|analyses?|examens?|profils?|questionnaires?|cartes?) (?:adn|genetiques?|genomiques?|hereditaires?|vih|serologiques?)",
    notBefore: GENETIC_TASK_BEFORE,
    notAfter: GENETIC_TASK_AFTER,
  },
  {
    re: "(?<=(?:pas|aucune?s?|sans|ni|exempte?s? de|indemnes? de|absence) (?:de |d')?)(?:antecedents?|predispositions?|anomalies?|maladies?|pathologies?|terrains?|risques?) (?:genetiques?|hereditaires?|familiaux)",
    negatable: false,
  },
  {
    re: `(?:caracteristiques|patrimoine|profil) genetiques? (?:compatibles?|conformes?|sain|${REQUIRED})|antecedents? (?:genetiques?|familiaux medicaux|hereditaires?)`,
    notBefore: GENETIC_TASK_BEFORE,
    notAfter: GENETIC_TASK_AFTER,
  },
];

/** Loss of autonomy (C. trav. L1132-1): excluded as a condition; caring for such people is a job. */
const LOSS_OF_AUTONOMY: readonly PhraseSpec[] = [
  {
    re: `(?<=(?:pas|aucune?|sans|ni|ne pas etre|n'etre pas|ne pas presenter) (?:de |d'|en |une )?(?:situation de )?)(?:perte d'autonomie|dependance physique)`,
    negatable: false,
  },
  {
    re: `(?:(?:personnes?|candidat${E}) (?:en )?(?:perte d'autonomie|dependante?s?|en situation de dependance)|perte d'autonomie|dependante?s?) ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    re: `(?:pleine |totale |complete |entiere )?autonomie (?:physique|motrice|fonctionnelle)(?: complete| totale| entiere)? ${REQUIRED}|perte d'autonomie (?:exclue|refusee|incompatible)`,
  },
];

// People named by their health: "diabétiques", "souffrant d'épilepsie", "ayant des problèmes de dos".
const SICK = `(?:handicape${E}|malades?|diabetiques?|epileptiques?|asthmatiques?|cardiaques?|invalides?|rqth|souffrant (?:de|d')[^.;:\\n]{1,40}?|atteint${E} (?:de|d')[^.;:\\n]{1,40}?|ayant (?:des|un|une|de) (?:problemes?|soucis|antecedents?|pathologies?|troubles?|maladies?)[^.;:\\n]{0,30}?)`;

/** State of health or disability as a condition. */
export const HEALTH_CONDITION: readonly PhraseSpec[] = [
  {
    re: "(?:bonne|parfaite|excellente) sante",
    notAfter:
      "^\\s*(?:des|de la|du|de l'|de nos|de vos|de votre|de notre|de ses|de leurs|financiere|economique)\\b",
    notBefore:
      "(?:secteur|domaine|acteurs?|metiers?|etablissements?|professionnels?|produits?|marche|filiere|services?|entreprises?|societes?|groupes?|structures?|pme|start ?up|cabinet|agence|equipements?|systemes?|serveurs?|reseaux?|parcs?|infrastructures?|applications?|financiere|economique|activites?|surveillance|suivi|monitoring|controle|verifi\\w*|sols?|plantes?|animaux|cultures?|foret|patients?|residents?|enfants?|population|salaries|collaborateurs)[^.;!?\\n]{0,30}$",
  },
  {
    re: `(?<=(?:pas|aucune?s?|sans|ne pas avoir|n'avoir aucun) (?:de |d')?)${HEALTH_TROUBLE} (?:de sante|medica(?:l|ux)|de dos|chroniques?|physiques?|cardiaques?|respiratoires?)`,
    negatable: false,
  },
  { re: `absence (?:de |d')?(?:${HEALTH_TROUBLE}|handicap|maladie)`, negatable: false },
  {
    re: "(?:pas|aucun|jamais) (?:eu |connu |pris )?(?:d'|de )?arrets? (?:maladie|de travail)|jamais malade|rarement malade",
    negatable: false,
  },
  {
    re: `personnes? valides?|(?:sans|pas de|aucun) handicaps?|non handicape${E}|(?:pas|aucune?) (?:de )?(?:personnes?|travailleurs?) handicape${E}`,
    negatable: false,
  },
  { re: "(?:souffrant|atteinte?s?|malades?|sujets?)[^.;!?\\n]{0,50}? s'abstenir", negatable: false },
  {
    re: `(?:interdit|ferme|non accessible|pas ouvert|deconseille)${E} aux (?:personnes |candidats )?(?:diabetiques?|epileptiques?|asthmatiques?|cardiaques?|handicape\\w*|malades?|seropositi\\w*|invalides?)`,
    negatable: false,
  },
  {
    re: `(?:handicape${E}|rqth|personnes? en situation de handicap|invalides?) s'abstenir`,
    negatable: false,
  },
  {
    re: `(?:non|pas) (?:diabetique|epileptique|asthmatique|allergique|cardiaque|seropositi\\w*)${E}`,
    negatable: false,
  },
  {
    re: `(?:maladies? chroniques?|diabetiques?|epileptiques?|seropositi\\w*) (?:exclu${E}|s'abstenir|refuse${E})`,
    negatable: false,
  },
  {
    re: `(?:(?:personnes?|candidat${E}|travailleurs?) (?:en situation de handicap|${SICK})|${SICK}) ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    anchors: ["handi", "malad", "diabe", "epile", "inval", "rqth"],
    re: `${REFUSED}(?:handicape${E}|en situation de handicap|malades?|diabetiques?|epileptiques?|invalides?|rqth|travailleurs? handicape${E})`,
    negatable: false,
  },
  ...GENETICS,
  ...LOSS_OF_AUTONOMY,
];

/** Physical fitness stated as a state of the person rather than as the job's demands: review. */
export const HEALTH_FITNESS: readonly PhraseSpec[] = [
  { re: "(?:bonne|excellente|parfaite) (?:condition|forme) physique" },
  { re: `physiquement (?:apte|robuste|resistant|solide)${E}|robustesse physique` },
];

const DISABILITY =
  "(?:personnes? (?:handicapees?|en situation de handicap)|travailleurs? handicapes?|rqth|boeth|beneficiaires? de l'obligation d'emploi|beneficiaires? (?:de la |d'une )?(?:rqth|boeth)|candidats? (?:handicapes?|reconnus? th|rqth))";

/** A post reserved to disabled people outside a legal scheme. */
export const DISABILITY_RESERVED: readonly PhraseSpec[] = [
  {
    re: `(?:reserve${E}|destine${E}|uniquement|exclusivement|ouvert${E} uniquement) (?:aux |a des |pour les |pour des )?${DISABILITY}`,
  },
  { re: `(?:rqth|boeth|reconnaissance (?:de la qualite de )?(?:travailleur handicape|th)) ${REQUIRED}` },
  {
    re: `(?:recherch|recrut|cherch)\\w* (?:un |une |des )?(?:travailleur|personne|candidat)${E} (?:handicape|en situation de handicap|rqth)${E}`,
  },
  {
    re: `(?:poste|offre|emploi)s? (?:handicap|rqth|boeth|th) (?:uniquement|exclusivement)|(?:uniquement|exclusivement|seulement) (?:rqth|boeth)`,
  },
];

/** Legal schemes where a post may be reserved to disabled workers (entreprise adaptée, ESAT, CDD tremplin). */
export const DISABILITY_SCHEME =
  "entreprises? adaptees?|esat|cdd tremplin|emploi accompagne|ea\\b|travail protege";
