/**
 * Origin, ethnicity, nationality, family name and language phrases (C. trav. L1132-1; C. pén.
 * 225-1, 225-2 5°), folded. Products, cuisines and clienteles ("cuisine asiatique", "produits
 * d'origine française", "clientèle internationale") are not matched.
 */
import type { PhraseSpec } from "../phrases.js";
import { E, EXCLUDED, REFUSED, REQUIRED } from "./common.js";

const PEOPLES =
  "(?:europeen|africain|asiatique|maghrebin|arabe|noir|blanc|caucasien|nordique|mediterraneen|antillais|chinois|turc|rom|gitan|latino|metisse?|beur|rebeu|renoi|juif|musulman)";
// Peoples named as persons (without colours and languages, which also name clothes and skills).
const ETHNIC =
  "(?:europeen|africain|asiatique|maghrebin|caucasien|nordique|mediterraneen|antillais|metisse?|beur|rebeu|renoi|latino|gitan|rom)";
const PEOPLE_PLURAL =
  "(?:noirs|blacks|arabes|blancs|chinois|turcs|roms|gitans|juifs|musulmans|africains|maghrebins|asiatiques|europeens|beurs|rebeus|renois|typees|types)";
const REGIONS =
  "(?:alsacien|breton|corse|basque|normand|provencal|savoyard|auvergnat|lorrain|catalan|picard)";
const PRODUCT_BEFORE =
  "(?:produits?|viandes?|fruits?|legumes?|vins?|aliments?|matieres?|marchandises?|ingredients?|bois|lait|fromages?|miel|cafe|the|cacao|huiles?|certificats?|label|appellation|pays|marques?|articles?|tissus?|pieces?|composants?|animaux|especes?|cuisines?|recettes?|specialites?|plats?|epiceries?|restaurants?|boutiques?|clientele|patrimoine|arts?)\\s*(?:\\w+ )?(?:d'|de |en )?$";

// Word stems of the groups named in exclusions ("les étrangers ne seront pas retenus").
const GROUP_ANCHORS = [
  "etran",
  "immig",
  "gens",
  "noirs",
  "black",
  "arabe",
  "blanc",
  "chino",
  "turcs",
  "roms",
  "gitan",
  "juifs",
  "musul",
  "afric",
  "maghr",
  "asiat",
  "europ",
  "beurs",
  "rebeu",
  "renoi",
  "typee",
  "types",
];
const HELPING_BEFORE =
  "(?:accompagn|accueill|aid|soutien|insertion|integration|aupres|public|beneficiaires?|orient|conseill|form|enseign)\\w*[^.;]{0,40}$";

/** Ethnic or national origin, "race", skin, family name. */
export const ORIGIN_ETHNIC: readonly PhraseSpec[] = [
  { re: `(?:type|physique|profil|apparence|allure|look) ${PEOPLES}${E}`, notBefore: PRODUCT_BEFORE },
  { re: `(?:personne|candidat${E}|profil)s? (?:non )?typee?${E}|non typee?${E}`, negatable: false },
  {
    re: "races? (?:blanche|noire|jaune|caucasienne|europeenne)|couleur de (?:la )?peau|peau (?:blanche|claire|noire|mate|foncee)",
  },
  { re: `(?<=(?:de|francais${E}|europeen${E}|alsacien${E}|breton${E}) (?:de )?)souche` },
  {
    re: `origines? (?:francaise|europeenne|etrangere|maghrebine|africaine|asiatique|arabe|immigree|occidentale|caucasienne)s? ${REQUIRED}`,
  },
  {
    re: `(?<=(?:d'|de ))origines? (?:francaise|europeenne|etrangere|maghrebine|africaine|asiatique|arabe|immigree)`,
    notBefore: `${PRODUCT_BEFORE}|${HELPING_BEFORE}`,
  },
  {
    re: "(?:noms?|patronymes?) (?:a |aux )?consonances?|consonances? (?:francaise|europeenne|etrangere|arabe|africaine|maghrebine)",
  },
  { re: "bbr|bleu blanc rouge (?:uniquement|exige|de preference|seulement)" },
  { re: `${ETHNIC}${E} ${REQUIRED}`, notBefore: PRODUCT_BEFORE },
  {
    re: `(?:pas|aucun${E}|non) (?:de |d')?(?:${PEOPLE_PLURAL}|etrangers?|etrangeres?|immigres?|gens du voyage)`,
    negatable: false,
    notBefore: PRODUCT_BEFORE,
    notAfter: "^\\s*(?:courant|parle|ecrit|lu|exige|requis|obligatoire|niveau)",
  },
  {
    re: `(?:(?:candidat${E}|personnes?) (?:${PEOPLES}${E}|etrangers?|etrangeres?|immigre${E}|issue?s? (?:de l'immigration|de la diversite)|d'origine (?:etrangere|immigree))|${PEOPLES}${E}|etrangers?|etrangeres?|immigre${E}|gens du voyage|non europeens?|extra-? ?europeens?) ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    re: `${REFUSED}(?:${PEOPLE_PLURAL}|etrangers?|etrangeres?|immigres?|gens du voyage|personnes? (?:issue?s? de l'immigration|d'origine etrangere))`,
    anchors: GROUP_ANCHORS,
    negatable: false,
  },
  {
    re: "(?:personnes?|candidat(?:e|s|es)?|profils?) (?:issue?s? de l'immigration|d'origine (?:etrangere|immigree|maghrebine|africaine))",
    notBefore: HELPING_BEFORE,
  },
  {
    re: "(?<=(?:pas|aucune?|sans|non) (?:de |d')?)(?:personnes? |candidats? )?(?:issue?s? de l'immigration|d'origine etrangere)",
    negatable: false,
  },
  { re: `${REGIONS}${E} (?:de souche|d'origine|de naissance|${REQUIRED})` },
];

/** Nationality as a condition; statutory public posts are exempt, defence posts go to review. */
export const ORIGIN_NATIONALITY: readonly PhraseSpec[] = [
  { re: `nationalites? (?:francaise|europeenne|\\w+) ${REQUIRED}` },
  { re: "(?:etre|vous etes|personne|candidat(?:e|s)?) de nationalite (?:francaise|europeenne)" },
  {
    re: `(?:seul${E}|uniquement) (?:les |des )?(?:candidat${E}|personnes?|profils?|ressortissants?) (?:de nationalite (?:francaise|europeenne)|francais|europeens)`,
  },
  {
    re: `(?:candidat${E}|personnes?|profils?) (?:de nationalite )?(?:etrangere?s?|non (?:francaise?s?|europeen(?:ne)?s?)) ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  { re: `citoyen(?:ne)?s? (?:francais|europeen)(?:ne|e)?s? ${REQUIRED}|francais${E} de naissance` },
  {
    re: `(?:ressortissant|citoyen|candidat)${E} (?:de l'ue|ue|de l'union europeenne|europeen${E}|francais${E}|de l'eee) ${REQUIRED}`,
  },
  {
    re: `(?:uniquement|exclusivement|reserve${E} aux|seulement) (?:aux |les |des )?(?:ressortissants|citoyens|candidats|personnes) (?:francais|europeens|de l'ue|de nationalite francaise)`,
  },
  {
    re: "(?:pas|aucun) (?:de |d')?(?:etrangers|candidats etrangers|ressortissants etrangers|non europeens)",
    negatable: false,
  },
];

/** Mother tongue, native speaker, accent: an origin proxy; ask for a certified level instead. */
export const ORIGIN_MOTHER_TONGUE: readonly PhraseSpec[] = [
  {
    re: "langues? maternelles?",
    notAfter: "^\\s*(?:ou (?:bilingue|equivalent|niveau)|ou courant)",
    // "traduire vers votre langue maternelle"; the subject taught: "l'enseignement de sa langue maternelle".
    notBefore:
      "(?:vers|dans|en) (?:votre|sa|leur|la) $|(?:enseignement|enseigner|enseignez|enseigne|apprentissage|cours|promotion|transmission|transmettre) (?:de |d'|en )?(?:sa|leur|leurs|la|une|des) $",
  },
  { re: "native (?:speaker|english|french|german|spanish|italian)|natives? speakers?" },
  {
    re: `(?:anglais|francais|espagnol|allemand|italien|portugais|neerlandais|arabe|chinois|russe)${E} (?:natif|native|de naissance)`,
  },
  { re: `(?:locut(?:eur|rice)|anglophone|francophone|hispanophone|germanophone)s? (?:natif|native)${E}` },
  {
    re: "(?:anglophone|francophone|hispanophone|germanophone|italophone|lusophone|arabophone)s? (?:de naissance|d'origine)|(?:natif|native|natifs|natives) (?:de langue|d'expression|de la langue) \\w+|de langue maternelle \\w+",
  },
  {
    re: "bilingues? de naissance|sans (?:aucun )?accent|accent (?:francais|parisien|etranger|neutre) (?:exige|obligatoire|requis|souhaite)",
  },
  {
    re: "(?<=d')origine (?:anglophone|francophone|hispanophone|germanophone|italophone|lusophone|anglaise|americaine|britannique)",
  },
];

/** Languages rarely needed by French employers (English, German, Spanish, Italian are not listed). */
export const RARE_LANGUAGES =
  `arabe turc russe chinois mandarin cantonais berbere kabyle wolof roumain polonais serbe croate
  tamoul hindi ourdou vietnamien lingala bambara creole hebreu persan farsi dari pachto albanais armenien ukrainien
  bulgare tcheque hongrois grec japonais coreen soninke peul tagalog thai malgache`.split(/\s+/);
const LANGUAGES = `(?:${RARE_LANGUAGES.join("|")})`;

/** A rare language required: review when nothing in the offer links it to the tasks. */
export const ORIGIN_LANGUAGE_REQUIRED: readonly PhraseSpec[] = [
  {
    re: `${LANGUAGES} (?:courant|parle|lu,? ecrit,? parle|ecrit|niveau \\w+|bilingue|couramment)?\\s*(?:(?:est|sont|sera) )?(?:(?:absolument|vraiment|strictement) )?${REQUIRED}`,
    notAfter: "^\\s*(?:ou|et) (?:anglais|espagnol|allemand)",
  },
];

/** Words linking a language to the tasks: clients, translation, export, public served… */
export const LANGUAGE_LINK_CONTEXT =
  "traduct\\w*|interpret\\w*|clientele|clients?|international\\w*|export\\w*|import\\w*|pays|filiales?|marches?|zones?|fournisseurs?|partenaires?|correspondance|tourisme|touristes?|enseign\\w*|professeur|formateur|communautes?|publics?|patients?|familles|mediat\\w*|accompagnement|residents?|beneficiaires?|refugies|migrants|usagers|consulat|ambassade|associations?|journalis\\w*|redact\\w*|support|hotline|standard|accueil|commercial\\w*|vente";
