/**
 * Health, disability and genetics (family "health"); physical appearance, grooming and lifestyle
 * (family "appearance"). C. trav. L1132-1, L1133-3, L1121-1; C. pén. 225-2 5°.
 */
import {
  APPEARANCE_BODY,
  APPEARANCE_GROOMING,
  APPEARANCE_LIFESTYLE,
  APPEARANCE_PRESENTATION,
} from "../lexicons/appearance.js";
import { SEX_EXEMPT_CONTEXT } from "../lexicons/common.js";
import {
  DISABILITY_RESERVED,
  DISABILITY_SCHEME,
  HEALTH_CONDITION,
  HEALTH_FITNESS,
} from "../lexicons/health.js";
import type { Rule } from "../types.js";
import { contextTest, phraseRule, phraseRulePair } from "./define.js";

const DISCRIMINATION = "C. trav. L1132-1 ; L5321-2 ; C. pén. 225-2 5°";
const inDisabilityScheme = contextTest(DISABILITY_SCHEME);
const modelling = contextTest(SEX_EXEMPT_CONTEXT);

export const healthCondition = phraseRule(
  {
    id: "health-condition",
    family: "health",
    article: DISCRIMINATION,
    severity: "reject",
    detects:
      "A state of health, an absence of illness or disability, genetic tests required of the candidate",
    explain:
      "L'état de santé, le handicap et les caractéristiques génétiques sont des critères de discrimination : seule l'aptitude médicale constatée par le médecin du travail peut être prise en compte.",
    suggest:
      "Décrivez les contraintes physiques réelles du poste (port de charges, travail debout) au lieu d'un état de santé.",
  },
  HEALTH_CONDITION,
  {},
);

export const healthFitness = phraseRule(
  {
    id: "health-fitness",
    family: "health",
    article: "C. trav. L1132-1 ; L1133-3",
    severity: "review",
    detects: "Physical fitness stated as the candidate's condition ('bonne condition physique')",
    explain:
      "Exiger une « bonne condition physique » vise l'état de santé ; l'aptitude relève du médecin du travail. Décrire les efforts demandés par le poste est en revanche possible.",
    suggest:
      "Remplacez par les contraintes du poste : « port de charges jusqu'à 25 kg », « travail debout ».",
  },
  HEALTH_FITNESS,
  {},
);

export const [disabilityReserved, disabilitySchemeRule] = phraseRulePair(
  DISABILITY_RESERVED,
  {
    id: "health-disability-reserved",
    family: "health",
    article: `${DISCRIMINATION} ; HALDE, délibération du 14 juin 2010`,
    severity: "reject",
    detects: "A post reserved to disabled workers outside a legal scheme",
    explain:
      "Réserver un poste aux travailleurs handicapés est une discrimination, hors dispositif légal (entreprise adaptée, CDD tremplin). On peut en revanche indiquer que le poste leur est ouvert.",
    suggest:
      "Écrivez « poste ouvert aux personnes en situation de handicap » ou « à compétences égales, priorité RQTH ».",
  },
  {
    id: "health-disability-scheme",
    family: "health",
    article: "C. trav. L5213-13 s. ; L1133-4",
    severity: "review",
    detects: "A post reserved to disabled workers in a legal scheme (entreprise adaptée, ESAT, CDD tremplin)",
    explain:
      "Un dispositif légal permet de réserver ce poste aux travailleurs handicapés : un modérateur vérifie le dispositif cité.",
    suggest: "Citez le dispositif (entreprise adaptée, CDD tremplin) et son cadre.",
  },
  inDisabilityScheme,
  {},
);

export const appearanceBody = phraseRule(
  {
    id: "appearance-body",
    family: "appearance",
    article: DISCRIMINATION,
    severity: "reject",
    detects: "Body features required: height, weight, slimness, eye or hair colour, good looks",
    explain:
      "L'apparence physique est un critère de discrimination interdit : taille, poids, couleur des yeux ou des cheveux, beauté.",
    suggest: "Supprimez toute exigence physique sans lien avec une contrainte réelle et démontrée du poste.",
  },
  APPEARANCE_BODY,
  {
    skip: modelling,
  },
);

export const appearancePresentation = phraseRule(
  {
    id: "appearance-presentation",
    family: "appearance",
    article: "C. trav. L1132-1 ; Défenseur des droits 2019-205",
    severity: "review",
    detects: "'Bonne présentation' and similar vague appearance requirements",
    explain:
      "« Bonne présentation » est une exigence vague qui permet de sélectionner sur l'apparence physique (Défenseur des droits, décision 2019-205).",
    suggest:
      "Précisez la règle objective attendue : « tenue professionnelle fournie », « tenue correcte exigée (accueil) ».",
  },
  APPEARANCE_PRESENTATION,
  {},
);

export const appearanceGrooming = phraseRule(
  {
    id: "appearance-grooming",
    family: "appearance",
    article: "C. trav. L1121-1 ; L1132-1 ; Défenseur des droits 2019-205",
    severity: "review",
    detects: "Rules on tattoos, piercings, beards, heels or make-up",
    explain:
      "Interdire tatouages, piercings ou barbe, ou imposer talons et maquillage, restreint les libertés des salariés : ce n'est admis que si c'est justifié par la nature du poste et proportionné (hygiène, sécurité).",
    suggest: "Indiquez la justification (hygiène, sécurité) ou retirez l'exigence.",
  },
  APPEARANCE_GROOMING,
  {},
);

export const appearanceLifestyle = phraseRule(
  {
    id: "appearance-lifestyle",
    family: "appearance",
    article: "C. trav. L1132-1 (mœurs) ; L1121-1 ; HALDE 2007-32",
    severity: "review",
    detects: "Lifestyle outside work required of the candidate ('non-fumeur', 'bonnes mœurs')",
    explain:
      "Exiger d'un candidat qu'il ne fume pas ou ait de « bonnes mœurs » touche à sa vie privée ; seule l'interdiction de fumer sur le lieu de travail peut être rappelée.",
    suggest: "Écrivez « établissement non-fumeur » ou « interdiction de fumer sur site » si c'est la règle.",
  },
  APPEARANCE_LIFESTYLE,
  {},
);

export const HEALTH_RULES: readonly Rule[] = [
  healthCondition,
  healthFitness,
  disabilityReserved,
  disabilitySchemeRule,
];
export const APPEARANCE_RULES: readonly Rule[] = [
  appearanceBody,
  appearancePresentation,
  appearanceGrooming,
  appearanceLifestyle,
];
