/**
 * Origin, nationality, family name and language (C. trav. L1132-1, L5321-2; C. pén. 225-1, 225-2 5°).
 */
import {
  LANGUAGE_LINK_CONTEXT,
  ORIGIN_ETHNIC,
  ORIGIN_LANGUAGE_REQUIRED,
  ORIGIN_MOTHER_TONGUE,
  ORIGIN_NATIONALITY,
  RARE_LANGUAGES,
} from "../lexicons/origin.js";
import type { Rule } from "../types.js";
import { contextTest, phraseRule, phraseRulePair } from "./define.js";

const DISCRIMINATION = "C. trav. L1132-1 ; L5321-2 ; C. pén. 225-2 5°";
const statutory = contextTest(
  "fonctionnaires?|fonction publique|statutaires?|concours|cadres? d'emplois|titulaires? de la fonction|emplois? publics?|categorie [abc]|agent public",
);
const defence = contextTest(
  "militaires?|armees?|gendarmerie|police nationale|secret defense|confidentiel defense|habilitation|defense nationale|douanes?|diplomat\\w*|dgse|dgsi|nucleaire",
);

export const originEthnic = phraseRule(
  {
    id: "origin-ethnic",
    family: "origin",
    article: DISCRIMINATION,
    severity: "reject",
    detects: "Ethnic or national origin, 'race', skin colour or family name required or excluded",
    explain:
      "L'origine, l'appartenance vraie ou supposée à une ethnie, une nation ou une prétendue race, l'apparence liée à l'origine et le nom de famille sont des critères de discrimination interdits.",
    suggest: "Supprimez cette mention : décrivez seulement les compétences et conditions du poste.",
  },
  ORIGIN_ETHNIC,
  {},
);

export const [originNationality, originNationalityDefence] = phraseRulePair(
  ORIGIN_NATIONALITY,
  {
    id: "origin-nationality",
    family: "origin",
    article: `${DISCRIMINATION} ; Cass. crim. 18 juil. 1985`,
    severity: "reject",
    detects: "French or EU nationality required outside the statutory public service",
    explain:
      "Exiger une nationalité est une discrimination fondée sur l'appartenance à une nation, sauf pour les emplois publics dont le statut l'impose. Seule l'autorisation de travailler en France peut être demandée.",
    suggest: "Remplacez par « autorisation de travail en France requise » si c'est ce que vous vérifiez.",
  },
  {
    id: "origin-nationality-defence",
    family: "origin",
    article: `${DISCRIMINATION} ; L1133-1`,
    severity: "review",
    detects: "A nationality condition in a defence or security post (may follow from a clearance rule)",
    explain:
      "Une condition de nationalité n'est admise que si un texte l'impose (emploi public, habilitation de défense) : un modérateur doit vérifier la base légale.",
    suggest: "Citez le texte ou la procédure d'habilitation qui impose cette condition, sinon supprimez-la.",
  },
  defence,
  { skip: statutory },
);

export const originMotherTongue = phraseRule(
  {
    id: "origin-mother-tongue",
    family: "origin",
    article: "C. trav. L1132-1 ; C. pén. 225-2 5°",
    severity: "review",
    detects: "Mother tongue, native speaker or accent required (a proxy for origin)",
    explain:
      "Exiger une langue maternelle, un locuteur natif ou l'absence d'accent vise l'origine des candidats ; seul un niveau de langue en lien avec le poste peut être demandé.",
    suggest:
      "Demandez un niveau (« anglais courant », « niveau C1 », « bilingue ») plutôt qu'une langue maternelle.",
  },
  ORIGIN_MOTHER_TONGUE,
  {},
);

export const originLanguage = phraseRule(
  {
    id: "origin-language-requirement",
    family: "origin",
    article: "C. trav. L1132-1 (capacité à s'exprimer dans une langue) ; L1133-1",
    severity: "review",
    detects: "A language required with nothing in the offer linking it to the tasks",
    explain:
      "Une langue ne peut être exigée que si le poste le requiert (clientèle, partenaires, traduction) : sans lien avec les missions, l'exigence peut viser l'origine des candidats.",
    suggest: "Précisez en quoi la langue est nécessaire au poste, ou supprimez l'exigence.",
  },
  ORIGIN_LANGUAGE_REQUIRED,
  { triggers: RARE_LANGUAGES, skip: contextTest(LANGUAGE_LINK_CONTEXT) },
);

export const ORIGIN_RULES: readonly Rule[] = [
  originEthnic,
  originNationality,
  originNationalityDefence,
  originMotherTongue,
  originLanguage,
];
