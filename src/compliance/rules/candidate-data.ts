/**
 * Information asked of candidates without a direct and necessary link with the job (C. trav. L1221-6).
 */

import {
  CRIMINAL_RECORD,
  HANDWRITTEN,
  PAY_HISTORY,
  PHOTO,
  RECORD_REGULATED,
} from "../lexicons/candidate-data.js";
import { SEX_EXEMPT_CONTEXT } from "../lexicons/common.js";
import type { Rule } from "../types.js";
import { contextTest, phraseRule } from "./define.js";

export const criminalRecord = phraseRule(
  {
    id: "data-criminal-record",
    family: "candidate-data",
    article: "C. trav. L1221-6",
    severity: "review",
    detects: "A clean criminal record required for a job with no legal basis for it",
    explain:
      "Un extrait de casier judiciaire ne peut être demandé que si le poste le justifie (sécurité privée, petite enfance, transport de fonds…) : les informations demandées doivent avoir un lien direct et nécessaire avec l'emploi.",
    suggest: "Citez la réglementation du poste qui impose ce contrôle, ou supprimez l'exigence.",
  },
  CRIMINAL_RECORD,
  {
    skip: contextTest(RECORD_REGULATED),
  },
);

export const photo = phraseRule(
  {
    id: "data-photo",
    family: "candidate-data",
    article: "C. trav. L1221-6 ; L1132-1",
    severity: "review",
    detects: "A photo required with the application",
    explain:
      "Une photo n'a pas de lien direct et nécessaire avec l'emploi et expose à une sélection sur l'apparence ou l'origine.",
    suggest: "Retirez l'exigence de photo (« CV sans photo »).",
  },
  PHOTO,
  { skip: contextTest(SEX_EXEMPT_CONTEXT) },
);

export const handwritten = phraseRule(
  {
    id: "data-handwritten-letter",
    family: "candidate-data",
    article: "C. trav. L1221-6",
    severity: "info",
    detects: "A handwritten cover letter required",
    explain:
      "Une lettre manuscrite n'apporte pas d'information utile au recrutement et peut servir à des analyses graphologiques.",
    suggest: "Acceptez les lettres dactylographiées.",
  },
  HANDWRITTEN,
  {},
);

export const payHistory = phraseRule(
  {
    id: "data-pay-history",
    family: "candidate-data",
    article: "Directive (UE) 2023/970 art. 5 (transposition au 7 juin 2026)",
    severity: "info",
    detects: "The candidate's pay history requested",
    explain:
      "La directive européenne sur la transparence salariale interdit de demander l'historique de rémunération des candidats.",
    suggest: "Indiquez plutôt la rémunération ou la fourchette proposée.",
  },
  PAY_HISTORY,
  {},
);

export const CANDIDATE_DATA_RULES: readonly Rule[] = [criminalRecord, photo, handwritten, payHistory];
