/**
 * Beliefs (religion, politics, union activity, elective office, whistleblowing) and residence, bank
 * and economic vulnerability (C. trav. L1132-1, L5321-2; C. pén. 225-2 5°).
 */
import { ETHOS_CONTEXT, POLITICS_UNION, RELIGION, RELIGIOUS_SIGNS } from "../lexicons/beliefs.js";
import {
  BANK_VULNERABILITY,
  RESIDENCE,
  RESIDENCE_POSITIVE,
  RESIDENCE_PROXIMITY,
} from "../lexicons/residence-bank.js";
import type { Rule } from "../types.js";
import { contextTest, phraseRule, phraseRulePair } from "./define.js";

const DISCRIMINATION = "C. trav. L1132-1 ; L5321-2 ; C. pén. 225-2 5°";
const ethos = contextTest(ETHOS_CONTEXT);
const positiveMeasure = contextTest(RESIDENCE_POSITIVE);
export const [beliefs, beliefsEthos] = phraseRulePair(
  [...RELIGION, ...POLITICS_UNION],
  {
    id: "beliefs-condition",
    family: "beliefs",
    article: DISCRIMINATION,
    severity: "reject",
    detects:
      "Religion, political opinions, union activity, elective office or whistleblowing required or excluded",
    explain:
      "Les convictions religieuses, les opinions politiques, l'activité syndicale ou mutualiste, un mandat électif ou la qualité de lanceur d'alerte ne peuvent pas être des conditions d'embauche.",
    suggest:
      "Supprimez cette condition ; une obligation de neutralité liée au poste peut être décrite comme telle.",
  },
  {
    id: "beliefs-ethos-employer",
    family: "beliefs",
    article: `${DISCRIMINATION} ; L1133-1`,
    severity: "review",
    detects: "A belief condition from an employer whose ethos may justify it (church, party, union)",
    explain:
      "Une condition de conviction n'est admise que pour une exigence professionnelle essentielle et déterminante d'une entreprise de tendance : un modérateur doit la vérifier.",
    suggest: "Expliquez en quoi la condition est essentielle et déterminante pour ce poste, ou supprimez-la.",
  },
  ethos,
);

export const residence = phraseRule(
  {
    id: "residence-condition",
    family: "residence-bank",
    article: DISCRIMINATION,
    severity: "reject",
    detects:
      "A place of residence required or excluded ('candidats du 93 s'abstenir', 'habitant Paris uniquement')",
    explain:
      "Le lieu de résidence est un critère de discrimination : on ne peut pas écarter un candidat selon l'endroit où il habite (hors mesures légales comme les emplois francs).",
    suggest:
      "Indiquez le lieu de travail et les contraintes d'horaires ou d'astreinte, pas le lieu de résidence.",
  },
  RESIDENCE,
  { skip: positiveMeasure },
);

export const residenceProximity = phraseRule(
  {
    id: "residence-proximity",
    family: "residence-bank",
    article: "C. trav. L1132-1 ; L1121-1",
    severity: "review",
    detects: "A maximum distance between home and work ('résidant à moins de 10 km')",
    explain:
      "Une distance maximale entre domicile et travail est une condition de résidence : elle n'est admise que si le poste l'impose (astreintes) et doit être formulée comme une contrainte du poste.",
    suggest: "Décrivez la contrainte réelle : « astreintes avec intervention sous 30 minutes ».",
  },
  RESIDENCE_PROXIMITY,
  {
    skip: positiveMeasure,
  },
);

export const bankVulnerability = phraseRule(
  {
    id: "bank-vulnerability",
    family: "residence-bank",
    article: DISCRIMINATION,
    severity: "reject",
    detects: "Bank domiciliation, banking record, debt or economic vulnerability as a condition",
    explain:
      "La domiciliation bancaire et la particulière vulnérabilité économique (fichage bancaire, surendettement, RSA) sont des critères de discrimination interdits.",
    suggest: "Supprimez cette condition.",
  },
  BANK_VULNERABILITY,
  {},
);

export const religiousSigns = phraseRule(
  {
    id: "beliefs-religious-signs",
    family: "beliefs",
    article: "C. trav. L1132-1 ; L1121-1 ; L1321-2-1",
    severity: "review",
    detects: "A ban on religious signs (veil, kippa…) stated in the offer",
    explain:
      "Interdire un signe religieux n'est possible que par une clause de neutralité du règlement intérieur, justifiée et proportionnée (contact avec la clientèle…) : un modérateur doit vérifier.",
    suggest: "Supprimez cette mention, ou renvoyez à la règle de neutralité applicable au poste.",
  },
  RELIGIOUS_SIGNS,
);

export const BELIEF_RULES: readonly Rule[] = [beliefs, beliefsEthos, religiousSigns];
export const RESIDENCE_BANK_RULES: readonly Rule[] = [residence, residenceProximity, bankVulnerability];
