/**
 * The duplicate decision for a pair of fingerprints, with its evidence: "duplicate" (merge),
 * "possible" (kept for operators, never merged) or "distinct". Precision first: a wrong merge
 * hides a real vacancy. Thresholds and their reasons are in docs/dedup.md.
 */
import { featuresOf, reasonOf } from "./explain.js";
import type { Fingerprint } from "./fingerprint.js";
import { type PairScores, scorePair } from "./similarity.js";
import {
  type Conflict,
  DEFAULT_THRESHOLDS,
  type Decision,
  PRECISE_PLACE,
  retitled as retitledOf,
  STRONG_EMPLOYER,
  type Thresholds,
  textEvidence,
} from "./thresholds.js";

export type { Conflict, Decision, Thresholds } from "./thresholds.js";
export { DEFAULT_THRESHOLDS } from "./thresholds.js";

/** A decision with its evidence; `reason` and `features` are computed on first read. */
export interface Comparison {
  readonly decision: Decision;
  /** 0..1, to rank candidates; not a probability. */
  readonly score: number;
  /** Short French explanation for operators: "titre 0.91, texte 0.87, même SIRET, même commune". */
  readonly reason: string;
  /** Stable identifiers of the deciding features ("employer_siret", "text_high", "place_conflict"…). */
  readonly features: string[];
  readonly conflicts: Conflict[];
  readonly scores: PairScores;
  /** The fingerprints compared, when the comparison came from compare(): not stored. */
  readonly pair?: readonly [Fingerprint, Fingerprint];
  /** Plain data for storage (JSON.stringify calls it). */
  toJSON(): ComparisonJson;
}

/** A comparison as stored: the evidence of a merge or of a possible duplicate. */
export interface ComparisonJson {
  decision: Decision;
  score: number;
  reason: string;
  features: string[];
  conflicts: Conflict[];
  scores: PairScores;
}

const HARD: ReadonlySet<Conflict> = new Set(["place", "contract", "salary", "employer", "title"]);
const WEAK_PLACE = new Set(["same_area", "unknown"]);

type Retitle = ReturnType<typeof retitledOf>;

const conflictsOf = (s: PairScores, t: Thresholds, retitled: Retitle): Conflict[] => {
  const out: Conflict[] = [];
  if (s.place === "different") out.push("place");
  if (s.contract === "different") out.push("contract");
  if (s.salary === "different") out.push("salary");
  if (s.employer === "different") out.push("employer");
  if (s.title < t.titleConflict && retitled === null) out.push("title");
  if (s.employer === "agency") out.push("agency");
  if (s.dayGap !== null && s.dayGap > t.dateMaxDays) out.push("dates");
  if (s.place === "near") out.push("near");
  if (s.establishment === "different" && !PRECISE_PLACE.has(s.place) && s.place !== "different")
    out.push("establishment");
  if (s.text.specificBoth && s.text.specific !== null && s.text.specific < t.specificConflict)
    out.push("template");
  return out;
};

/**
 * The text overlap a duplicate needs: relaxed when employer (registry id, name or name variant),
 * precise place and title all agree, strict when the text is short or two of employer, place
 * and date are weak; never below textAgency for a staffing agency's ads.
 */
const requiredText = (s: PairScores, t: Thresholds, reliable: boolean): number => {
  // No place at all on one side counts twice: one employer's vacancies of one title in several
  // towns share its presentation and the métier's vocabulary, and nothing else tells them apart.
  const weak =
    Number(s.employer === "unknown") +
    (s.place === "unknown" ? 2 : Number(WEAK_PLACE.has(s.place))) +
    Number(s.dayGap !== null && s.dayGap > t.dateStrictDays);
  const strong =
    (STRONG_EMPLOYER.has(s.employer) || s.employer === "variant") &&
    PRECISE_PLACE.has(s.place) &&
    s.title >= t.titleDuplicate &&
    !s.titleWordsDiffer;
  const required =
    !reliable || weak >= 2 ? t.textStrict : weak === 1 || !strong ? t.textDuplicate : t.textRelaxed;
  return s.agency ? Math.max(required, t.textAgency) : required;
};

const decideScores = (
  s: PairScores,
  conflicts: readonly Conflict[],
  t: Thresholds,
  retitled: Retitle,
): Decision => {
  const text = textEvidence(s, t);
  const hard = conflicts.filter((c) => HARD.has(c));
  const nearIdentical = text.value >= t.textStrict && s.title >= t.titleStrong;
  if (hard.length > 0) {
    // A brand and a legal name, same text, same place: worth an operator's look.
    const onlyEmployer = hard.length === 1 && hard[0] === "employer";
    return onlyEmployer && nearIdentical && PRECISE_PLACE.has(s.place) ? "possible" : "distinct";
  }
  if (conflicts.length > 0)
    return text.value >= t.textDuplicate && s.title >= t.titleDuplicate ? "possible" : "distinct";
  // "Administrateur Windows" and "Administrateur Unix" share a text template, not a vacancy.
  const titleOk = s.title >= (s.titleWordsDiffer ? t.titleStrong : t.titleDuplicate);
  if (titleOk && text.value >= requiredText(s, t, text.reliable)) return "duplicate";
  if (retitled !== null) return retitled;
  if (text.value >= t.textPossible && s.title >= t.titleConflict) return "possible";
  const sameJob = s.title >= t.titleStrong && STRONG_EMPLOYER.has(s.employer) && PRECISE_PLACE.has(s.place);
  return !text.reliable && sameJob ? "possible" : "distinct";
};

const identityScore = (s: PairScores): number => {
  const employer = STRONG_EMPLOYER.has(s.employer)
    ? 1
    : s.employer === "variant"
      ? 0.8
      : s.employer === "unknown"
        ? 0.5
        : 0;
  const place = PRECISE_PLACE.has(s.place) ? 1 : WEAK_PLACE.has(s.place) ? 0.5 : s.place === "near" ? 0.3 : 0;
  return (employer + place) / 2;
};

/** A comparison whose explanation is built on first read: a placement compares many candidates, stores few. */
class PairComparison implements Comparison {
  private explained: { reason: string; features: string[] } | null = null;
  pair?: readonly [Fingerprint, Fingerprint];

  constructor(
    readonly decision: Decision,
    readonly score: number,
    readonly conflicts: Conflict[],
    readonly scores: PairScores,
    private readonly thresholds: Thresholds,
  ) {}

  private explain(): { reason: string; features: string[] } {
    this.explained ??= {
      reason: reasonOf(this.scores, this.conflicts, this.thresholds),
      features: featuresOf(this.scores, this.conflicts, this.thresholds),
    };
    return this.explained;
  }

  get reason(): string {
    return this.explain().reason;
  }

  get features(): string[] {
    return this.explain().features;
  }

  /** The evidence to store with a merge. */
  toJSON(): ComparisonJson {
    const { decision, score, reason, features, conflicts, scores } = this;
    return { decision, score, reason, features, conflicts, scores };
  }
}

/** The decision and its evidence for already computed scores. */
export const decide = (scores: PairScores, thresholds: Thresholds = DEFAULT_THRESHOLDS): Comparison => {
  const retitled = retitledOf(scores, thresholds);
  const conflicts = conflictsOf(scores, thresholds, retitled);
  const text = textEvidence(scores, thresholds).value;
  const score = 0.55 * text + 0.25 * scores.title + 0.2 * identityScore(scores);
  return new PairComparison(
    decideScores(scores, conflicts, thresholds, retitled),
    score,
    conflicts,
    scores,
    thresholds,
  );
};

/** Compare two fingerprints: scores, decision, reason and deciding features. */
export const compare = (
  a: Fingerprint,
  b: Fingerprint,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Comparison => {
  const comparison = decide(
    scorePair(a, b, { nearKm: thresholds.nearKm, salaryTolerance: thresholds.salaryTolerance }),
    thresholds,
  ) as PairComparison;
  comparison.pair = [a, b];
  return comparison;
};
