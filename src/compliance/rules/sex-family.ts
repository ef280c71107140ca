/**
 * Sex, family situation and pregnancy (C. trav. L1142-1, L1132-1; C. pén. 225-2 5°). Artists in a
 * male or female role and models are exempt (R1142-1).
 */
import { SEX_EXEMPT_CONTEXT } from "../lexicons/common.js";
import {
  FAMILY_COUPLE,
  FAMILY_SITUATION,
  ORIENTATION_IDENTITY,
  PREGNANCY,
  SEX_EXPLICIT,
  SEX_GENDERED_WORDING,
} from "../lexicons/sex-family.js";
import type { Rule } from "../types.js";
import { contextTest, phraseRule } from "./define.js";
import { feminineCandidate, feminineWording, titleFeminine, titleOneGender } from "./gendered-title.js";

const SEX_ARTICLE = "C. trav. L1142-1 ; L1132-1 ; C. pén. 225-2 5°";
const exempt = contextTest(SEX_EXEMPT_CONTEXT);

export const sexExplicit = phraseRule(
  {
    id: "sex-explicit",
    family: "sex-family",
    article: SEX_ARTICLE,
    severity: "reject",
    detects:
      "A sex required or excluded: 'homme uniquement', 'sexe féminin', 'recherche femme', 'jeune fille'",
    explain:
      "Une offre d'emploi ne peut pas mentionner le sexe du candidat recherché, sauf pour les emplois de la liste de l'article R1142-1 (artistes pour un rôle, mannequins, modèles).",
    suggest: "Supprimez la référence au sexe et adressez l'offre à tous (« H/F »).",
  },
  SEX_EXPLICIT,
  { skip: exempt },
);

export const sexGenderedWording = phraseRule(
  {
    id: "sex-gendered-wording",
    family: "sex-family",
    article: "C. trav. L1142-1",
    severity: "review",
    detects:
      "A job named after one sex in the text: 'homme toutes mains', 'femme de ménage', 'homme de terrain'",
    explain:
      "Le poste est désigné par un seul sexe (« homme de… », « femme de… ») : cela suggère qu'il est réservé à ce sexe.",
    suggest:
      "Employez un intitulé neutre : « agent d'entretien (H/F) », « employé(e) de ménage », « profil terrain ».",
  },
  SEX_GENDERED_WORDING,
  { skip: exempt },
);

export const familySituation = phraseRule(
  {
    id: "family-situation",
    family: "sex-family",
    article: "C. trav. L1142-1 ; L1132-1 ; C. pén. 225-2 5°",
    severity: "reject",
    detects:
      "A family situation required or excluded: 'sans enfant', 'célibataire', 'marié(e)', 'pas de contrainte familiale'",
    explain:
      "Une offre d'emploi ne peut pas mentionner la situation de famille du candidat recherché (enfants, mariage, célibat, contraintes familiales).",
    suggest:
      "Décrivez les contraintes réelles du poste (horaires, déplacements, disponibilité) sans viser la vie familiale.",
  },
  FAMILY_SITUATION,
  {},
);

export const familyCouple = phraseRule(
  {
    id: "family-couple",
    family: "sex-family",
    article: "C. trav. L1142-1 ; L1132-1",
    severity: "review",
    detects: "A couple sought as such ('couple de gardiens')",
    explain:
      "Rechercher un couple écarte les personnes seules : la situation de famille ne peut pas être une condition d'embauche.",
    suggest:
      "Publiez deux offres distinctes ouvertes à toute personne, éventuellement avec un logement de fonction.",
  },
  FAMILY_COUPLE,
  {},
);

export const pregnancy = phraseRule(
  {
    id: "family-pregnancy",
    family: "sex-family",
    article: "C. trav. L1142-1 ; L1225-1 ; L1132-1",
    severity: "reject",
    detects: "Pregnancy or maternity plans as a condition: 'non enceinte', 'pas de projet de maternité'",
    explain: "L'état de grossesse ou un projet de maternité ne peut jamais être une condition d'embauche.",
    suggest: "Supprimez toute mention de grossesse ou de maternité.",
  },
  PREGNANCY,
  {},
);

export const orientationIdentity = phraseRule(
  {
    id: "sex-orientation-identity",
    family: "sex-family",
    article: "C. trav. L1132-1 ; C. pén. 225-2 5°",
    severity: "reject",
    detects: "Sexual orientation or gender identity required or excluded",
    explain: "L'orientation sexuelle et l'identité de genre sont des critères de discrimination interdits.",
    suggest: "Supprimez cette mention.",
  },
  ORIENTATION_IDENTITY,
  {},
);

export const SEX_FAMILY_RULES: readonly Rule[] = [
  sexExplicit,
  titleOneGender,
  titleFeminine,
  feminineCandidate,
  feminineWording,
  sexGenderedWording,
  familySituation,
  familyCouple,
  pregnancy,
  orientationIdentity,
];
