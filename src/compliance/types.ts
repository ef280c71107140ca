/**
 * Types of the compliance screen: rules, findings, verdicts and what a rule may look at.
 */
import type { ContractCode, ContractNature, WorkingTime } from "../offer/offer.js";
import type { ScreenDoc } from "./doc.js";
import type { LanguageProfile } from "./language.js";

export type Severity = "reject" | "review" | "info";
export type Verdict = "accept" | "review" | "reject";

/** Rule families, used to group rules in the API, the documentation and the evaluation. */
export const RULE_FAMILIES = [
  "age",
  "sex-family",
  "origin",
  "health",
  "appearance",
  "beliefs",
  "residence-bank",
  "candidate-data",
  "fees",
  "schemes",
  "language",
  "publication",
  "pay",
  "contract",
] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** One reason for a verdict, with the text the partner reads (French). */
export interface Finding {
  rule: string;
  article: string;
  severity: Severity;
  /** The offending words as written in the offer, or a short description of the offending field. */
  excerpt: string;
  explanation: string;
  suggestion: string;
}

export interface ComplianceResult {
  verdict: Verdict;
  findings: Finding[];
  /** ISO 639-1 code of the language of the whole text, or "und" when the text is too short to tell. */
  language: string;
}

export interface ScreenContext {
  now: Date;
  /** The platform knows the employer (name or SIRET from the partner), even if the offer is anonymous. */
  employerKnown: boolean;
  /** The partner is a temporary-work agency (entreprise de travail temporaire). */
  partnerIsTemporaryWorkAgency?: boolean;
  /**
   * Languages (ISO 639-1) in which the partner's medium is itself published: C. trav. L5331-4 lets such
   * a medium receive offers written in that language.
   */
  mediaLanguages?: readonly string[];
  /**
   * A pre-publication check (`emploi check`, POST /compliance/check): the platform dates the offer
   * when it publishes it, so a missing date is not a finding (a malformed one still is).
   */
  draft?: boolean;
}

/**
 * What the rules read besides the text: the structured fields of a posting. `undefined` means the
 * caller did not provide the field (nothing to check); `null` means the posting lacks it.
 */
export interface ScreenSubject {
  contractType: ContractCode | null;
  contractNature: ContractNature | null;
  durationMonths: number | null;
  weeklyHours: number | null;
  workingTime: WorkingTime | null;
  salaryMin: number | null;
  salaryPeriod: "hour" | "day" | "week" | "month" | "year" | null;
  hourlyGross: number | null;
  experienceLevel: "D" | "S" | "E" | null;
  locationLabel: string | null;
  employerName: string | null;
  publishedAt: string | null | undefined;
}

/** Where a rule matched: offsets in the document's folded text, or a field-level excerpt. */
export type Hit = { start: number; end: number; detail?: string } | { excerpt: string; detail?: string };

export interface RuleInput {
  doc: ScreenDoc;
  subject: ScreenSubject;
  ctx: ScreenContext;
  language: LanguageProfile;
}

/** A rule: data (id, article, severity, French texts) plus a small pure detector. */
export interface Rule {
  id: string;
  family: RuleFamily;
  article: string;
  severity: Severity;
  /** What the rule detects (English, for the documentation and the rules API). */
  detects: string;
  /** Why the offer breaks the law, for the partner (French). */
  explain: string;
  /** How to fix it (French). */
  suggest: string;
  detect: (input: RuleInput) => readonly Hit[];
}
