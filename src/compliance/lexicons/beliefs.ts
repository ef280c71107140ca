/**
 * Religion, political opinions, union or mutualist activity, elective office and whistleblowing
 * (C. trav. L1132-1), folded. Employers described by their religion ("école catholique") and
 * products ("boucherie halal") are not matched.
 */
import { isPersonNoun } from "../nouns.js";
import type { PhraseSpec } from "../phrases.js";
import { E, REQUIRED } from "./common.js";

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
    re: `(?:musulman|juif|juive|chretien|catholique|croyant|pratiquant|voilee|barbu)${E} s'abstenir`,
    negatable: false,
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

/** Political opinions, union or mutualist activity, elective office, whistleblowing. */
export const POLITICS_UNION: readonly PhraseSpec[] = [
  {
    re: `non syndique${E}|(?:pas|aucun${E}) (?:de |d')?(?:syndicalistes?|syndiques?|delegues? syndica\\w*|elus? du personnel)`,
    negatable: false,
  },
  {
    re: "(?:pas|aucun|aucune|sans) (?:d'|de )?(?:engagement|activite|appartenance|adhesion|mandat|passe|activisme) (?:syndica\\w*|politique|mutualiste|electif)",
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
    re: "(?:pas|aucun|aucune) (?:de |d')?(?:lanceu(?:r|se)s? d'alerte|elus?|mandat electif)",
    negatable: false,
  },
];

/** Employers whose ethos may justify a belief condition ("entreprise de tendance"): review, not reject. */
export const ETHOS_CONTEXT =
  "paroisses?|dioceses?|eglises?|mosquees?|synagogues?|temples?|aumoneri\\w*|aumoniers?|culte|congregations?|enseignement (?:catholique|prive confessionnel)|ecole (?:catholique|juive|coranique|confessionnelle)|partis? politiques?|groupe politique|campagne electorale|syndicat|confederation|federation syndicale|mouvement politique|entreprise de tendance";
