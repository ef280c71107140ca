/**
 * Religion, political opinions, union or mutualist activity, elective office and whistleblowing
 * (C. trav. L1132-1), folded. Employers described by their religion ("école catholique") and
 * products ("boucherie halal") are not matched.
 */
import { isPersonNoun } from "../nouns.js";
import type { PhraseSpec } from "../phrases.js";
import { E, EXCLUDED, REFUSED, REQUIRED } from "./common.js";

const FAITH =
  "(?:catholique|musulman|juif|juive|israelite|protestant|chretien|bouddhiste|hindou|sikh|evangelique|orthodoxe|athee|croyant|pratiquant|agnostique)";
const ORGANISATION_BEFORE =
  "(?:ecoles?|etablissements?|colleges?|lycees?|associations?|communautes?|institutions?|structures?|enseignement|mouvements?|organisations?|medias?|radios?|journal|eglises?|paroisses?|cultes?|aumoneries?|fondations?|oeuvres?|hopitaux|hopital|cliniques?|maisons?|reseau|federations?|cimetieres?|boucheries?|restaurants?|epiceries?|fetes?|calendrier|public|familles?)\\s*(?:\\w+ )?$";

/** Religious belief or practice required or excluded. */
export const RELIGION: readonly PhraseSpec[] = [
  {
    re: `${FAITH}${E} (?:pratiquant${E}|convaincu${E}|engage${E}|pour|${REQUIRED})`,
    notBefore: ORGANISATION_BEFORE,
    notAfter: "^\\s*(?:la|les|le|l')?\\s*(?:communaute|fideles|paroisse|ecole|enseignement|eleves)",
  },
  {
    re: "(?:confession|religion|foi) (?:catholique|musulmane|juive|israelite|protestante|chretienne|bouddhiste|hindoue|evangelique|orthodoxe)",
  },
  {
    re: `(?:recherch|recrut|cherch)\\w* (?:un |une |des )?(?:\\w+ )?(?:musulman|juif|juive|israelite|catholique|chretien|protestant|bouddhiste)${E}`,
  },
  {
    re: `(?:pas|aucun${E}|non) (?:de |d')?(?:musulmans?|juifs?|chretiens?|catholiques?|croyants?|pratiquants?|religieux|barbus|voilees?)`,
    negatable: false,
  },
  {
    re: `(?:musulman|juif|juive|chretien|catholique|croyant|pratiquant|voilee|barbu)${E} ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    re: `(?:etre|vous etes|etes-vous) (?:de confession|de religion|de foi) \\w+|(?:confession|religion|foi) \\w+ (?:est )?(?:un (?:plus|atout)|appreciee?|souhaitee?|bienvenue)`,
  },

  { re: "religion ?:|pratique religieuse (?:exigee|compatible|discrete)" },
  {
    re: `(?<=(?<![a-z])([a-z]+) )(?:catholique|musulman|juif|juive|israelite|protestant|chretien|bouddhiste|hindou|evangelique)${E}`,
    check: (m) => isPersonNoun(m[1] ?? ""),
  },
];

/** Religious signs banned: may follow from a neutrality clause (C. trav. L1321-2-1): review. */
export const RELIGIOUS_SIGNS: readonly PhraseSpec[] = [
  {
    re: `(?:voile|foulard|kippa|turban|signes? religieux) (?:interdit|proscrit|non autorise|non accepte|refuse)${E}|(?:pas de|sans|aucun) (?:voile|foulard|kippa|turban|signes? religieux)`,
    negatable: false,
  },
];

const ALERT_RAISED =
  "(?:lance|emis|fait|effectue|donne|procede a|signale|porte)\\w* (?:une |des |l'|d'|de |aucune? )?(?:alertes?|signalements?|faits)";

/** Whistleblowers and their facilitators (C. trav. L1132-1, loi 2022-401). */
const WHISTLEBLOWERS: readonly PhraseSpec[] = [
  {
    re: `(?:lanceu(?:r|se)s? d'alertes?|facilitat(?:eur|rice)s?|delat(?:eur|rice)s?|(?:personnes?|candidat${E}|salarie${E}) ayant (?:deja )?${ALERT_RAISED}) ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    anchors: ["alert", "signa"],
    re: `(?:n'ayant|n'avoir|ne pas avoir|sans avoir|n'avez|n'ayez|n'a|n'ont) (?:jamais |pas |deja |encore )*${ALERT_RAISED}`,
    negatable: false,
    notAfter: "^\\s*(?:de (?:maintenance|panne|securite incendie)|techniques?|informatiques?)",
  },
  {
    re: `${REFUSED}(?:lanceu(?:r|se)s? d'alerte|delat(?:eur|rice)s?)`,
    anchors: ["lance", "delat"],
    negatable: false,
  },
];

/** Mutualist activity (C. trav. L1132-1): a mandate or commitment in a mutual society. */
const MUTUALISTS: readonly PhraseSpec[] = [
  {
    anchors: ["mutua", "syndi", "elect", "polit"],
    re: "(?:ne pas|n'|sans) ?(?:avoir|exercer|detenir|occuper|exercez|detenez|occupez|ayez|ayant)\\w* (?:de |d'|un |une |aucun |aucune |jamais )*(?:mandats?|fonctions?|activites?|responsabilites?|engagements?) (?:mutualistes?|syndica\\w*|electi\\w*|politiques?)",
    negatable: false,
  },
  {
    re: `(?:(?:administrat(?:eur|rice)|elu|delegue|militant|adherent|responsable)${E} (?:de mutuelles?|d'une mutuelle|mutualistes?|syndica\\w*|politiques?|de partis?|d'un parti|d'un syndicat)|mutualistes|syndicalistes?|syndique${E}|greviste${E}) ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    re: `${REFUSED}(?:syndicalistes?|syndique${E}|militant${E}|mutualistes?|elu${E}|greviste${E})`,
    anchors: ["syndi", "milit", "mutua", "elu", "elus", "grevi"],
    negatable: false,
  },
];

/** Political opinions, union or mutualist activity, elective office, whistleblowing. */
export const POLITICS_UNION: readonly PhraseSpec[] = [
  {
    re: `non syndique${E}|(?:pas|aucun${E}) (?:de |d')?(?:syndicalistes?|syndiques?|delegues? syndica\\w*|elus? du personnel)`,
    negatable: false,
  },
  {
    re: "(?:pas|aucun|aucune|sans|ni) (?:d'|de )?(?:engagement|activite|appartenance|adhesion|mandat|passe|activisme|fonction|responsabilite|militantisme)s? (?:syndica\\w*|politiques?|mutualistes?|electifs?)",
    negatable: false,
  },
  { re: "(?:syndica\\w*|militant\\w*|politiquement)[^.;!?\\n]{0,30}? s'abstenir", negatable: false },
  { re: `(?:syndicalistes?|syndiques?|militants?|grevistes?|elus?) s'abstenir`, negatable: false },
  { re: `(?:etre|vous etes|candidat${E}|personne|profil) apolitiques?|apolitiques? ${REQUIRED}` },
  {
    re: `(?:carte|adherent|adhesion|membre|militant|sympathisant)${E} (?:du|d'un|au|a un) (?:parti|syndicat|mouvement politique)`,
  },
  {
    re: `opinions? politiques? (?:compatibles?|conformes?|${REQUIRED})|sympathisant${E} (?:rn|fn|lfi|ps|lr|modem|renaissance|eelv)`,
  },
  {
    re: "(?<=(?:n'ayant|n'avoir|ne pas avoir) (?:jamais )?)(?:saisi|engage une procedure|attaque|poursuivi)\\w* (?:les |aux |un |son )?(?:prud'?hommes|employeurs?|conseil de prud'?hommes)",
    negatable: false,
  },
  {
    re: "(?:pas|aucun) (?:de )?(?:contentieux|litiges?|proces|procedures?) (?:prud'?homa\\w*|aux prud'?hommes|avec (?:un|vos|ses|votre) (?:ancien )?employeurs?)",
    negatable: false,
  },
  {
    re: "(?:pas|aucun|aucune|jamais) (?:de |d')?(?:lanceu(?:r|se)s? d'alerte|facilitat(?:eur|rice)s? d'alerte|elus?|mandat electif|alertes? (?:lancee|emise|professionnelle)s?|signalements? (?:aupres|a l'|aux|de faits|d'alerte)|antecedents? (?:de |d')?(?:alerte|signalement))",
    negatable: false,
  },
  ...WHISTLEBLOWERS,
  ...MUTUALISTS,
];

/** Employers whose ethos may justify a belief condition ("entreprise de tendance"): review, not reject. */
export const ETHOS_CONTEXT =
  "paroisses?|dioceses?|eglises?|mosquees?|synagogues?|temples?|aumoneri\\w*|aumoniers?|culte|congregations?|enseignement (?:catholique|prive confessionnel)|ecole (?:catholique|juive|coranique|confessionnelle)|partis? politiques?|groupe politique|campagne electorale|syndicat|confederation|federation syndicale|mouvement politique|entreprise de tendance";
