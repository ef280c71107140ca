/**
 * The registry of every compliance rule, in the order findings are reported within a severity.
 */
import { AGE_RULES } from "./rules/age.js";
import { BELIEF_RULES, RESIDENCE_BANK_RULES } from "./rules/beliefs-residence.js";
import { CANDIDATE_DATA_RULES } from "./rules/candidate-data.js";
import { CONTRACT_RULES } from "./rules/contract.js";
import { FEE_RULES, SCHEME_RULES } from "./rules/fees-schemes.js";
import { APPEARANCE_RULES, HEALTH_RULES } from "./rules/health-appearance.js";
import { LANGUAGE_RULES } from "./rules/language.js";
import { ORIGIN_RULES } from "./rules/origin.js";
import { PAY_RULES } from "./rules/pay.js";
import { PUBLICATION_RULES } from "./rules/publication.js";
import { SEX_FAMILY_RULES } from "./rules/sex-family.js";
import type { Rule } from "./types.js";

export const RULES: readonly Rule[] = [
  ...PUBLICATION_RULES,
  ...LANGUAGE_RULES,
  ...AGE_RULES,
  ...SEX_FAMILY_RULES,
  ...ORIGIN_RULES,
  ...HEALTH_RULES,
  ...APPEARANCE_RULES,
  ...BELIEF_RULES,
  ...RESIDENCE_BANK_RULES,
  ...CANDIDATE_DATA_RULES,
  ...FEE_RULES,
  ...SCHEME_RULES,
  ...PAY_RULES,
  ...CONTRACT_RULES,
];
