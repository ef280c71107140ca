/**
 * Decision thresholds (see docs/dedup.md for the reasons behind each value) and the text
 * evidence they apply to.
 */
import type { PairScores } from "./similarity.js";

export type Decision = "duplicate" | "possible" | "distinct";

/**
 * What stands against a merge. Hard: place, contract, salary, employer, title. Soft (at most
 * "possible"): agency, dates, near, template, establishment.
 */
export type Conflict =
  | "place"
  | "contract"
  | "salary"
  | "employer"
  | "title"
  | "agency"
  | "dates"
  | "near"
  | "template"
  /** Two SIRETs of one company while the places are too coarse to tell: two sites, two vacancies. */
  | "establishment";

export interface Thresholds {
  /** Title similarity needed for a duplicate. */
  titleDuplicate: number;
  /** Title similarity that counts as the same title. */
  titleStrong: number;
  /** Below: titles conflict. */
  titleConflict: number;
  /** Text overlap needed with strong identity (same SIRET/name, precise same place, same title). */
  textRelaxed: number;
  /**
   * The same for a staffing agency, whose ads for different clients share one template: two
   * vacancies of one agency, title and town differ only by part of their text.
   */
  textAgency: number;
  /** Text overlap needed in the general case. */
  textDuplicate: number;
  /** Text overlap needed with weak context (employer or place unknown or coarse, old repost, short text). */
  textStrict: number;
  /** Below: not even a possible duplicate. */
  textPossible: number;
  /**
   * Text overlap that outweighs different titles across partners, with the same employer and
   * place (a board rewrote the title).
   */
  textRetitled: number;
  /**
   * The same for a staffing agency: its teaser can be all template (presentation, benefits), and
   * the template serves its other vacancies of the métier under other titles.
   */
  textRetitledAgency: number;
  /** Specific-text containment below which two similar texts are one template used twice. */
  specificConflict: number;
  /** Smaller texts (distinct shingles) only count when near-identical. */
  minShingles: number;
  /** Publication gap beyond which the strict text threshold applies. */
  dateStrictDays: number;
  /** Publication gap beyond which a pair is at most possible. */
  dateMaxDays: number;
  nearKm: number;
  salaryTolerance: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  titleDuplicate: 0.8,
  titleStrong: 0.9,
  titleConflict: 0.5,
  textRelaxed: 0.6,
  textAgency: 0.85,
  textDuplicate: 0.75,
  textStrict: 0.9,
  textPossible: 0.5,
  textRetitled: 0.9,
  textRetitledAgency: 0.97,
  specificConflict: 0.4,
  minShingles: 15,
  dateStrictDays: 60,
  dateMaxDays: 120,
  nearKm: 5,
  salaryTolerance: 0.05,
});

export interface TextEvidence {
  value: number;
  /** Both texts are long enough for their overlap to mean something. */
  reliable: boolean;
}

/**
 * Text evidence: the overlap when both texts are long enough, else the (stricter) Jaccard. When
 * a text has a specific part (learned boilerplate removed), its containment in the other counts
 * too: an employer presentation added by one partner then no longer dilutes the evidence.
 */
export const textEvidence = (s: PairScores, t: Thresholds): TextEvidence => {
  if (s.text.identical) return { value: 1, reliable: true };
  const reliable = s.text.sizes[0] >= t.minShingles && s.text.sizes[1] >= t.minShingles;
  const main = reliable ? s.text.overlap : s.text.jaccard;
  // An agency's vacancies share their template and the métier's vocabulary: its specific parts prove nothing.
  const specific = s.agency ? 0 : (s.text.specific ?? 0);
  return { value: Math.max(main, specific), reliable };
};

/** Employer relations that identify one employer. */
export const STRONG_EMPLOYER: ReadonlySet<string> = new Set(["siret", "siren", "name"]);
/** Place relations that pin one commune. */
export const PRECISE_PLACE: ReadonlySet<string> = new Set(["same_commune", "same_city", "same_postal"]);

/**
 * A title rewritten by a board: two partners, the same employer (by registry id or name) in the
 * same commune, the same métier if known, and near-identical reliable texts. The text then says
 * more than the titles ("Comptable d'entreprise" on one board, "Comptable trésorerie" on
 * another): "duplicate". A text that only agrees (textDuplicate), or an employer named on one
 * side only, takes away the title conflict but merges nothing: "possible" (consulting firms
 * publish one generic text under several titles); a staffing agency's pair needs a near-identical
 * text (its template reads alike across its vacancies). One partner never publishes one vacancy under
 * two titles: there, two titles on one text are two vacancies (null).
 */
export const retitled = (s: PairScores, t: Thresholds): "duplicate" | "possible" | null => {
  if (s.samePartner || s.rome === "different" || !PRECISE_PLACE.has(s.place)) return null;
  const named = STRONG_EMPLOYER.has(s.employer) || s.employer === "variant";
  if (!named && s.employer !== "unknown") return null;
  const text = textEvidence(s, t);
  if (!text.reliable || text.value < t.textDuplicate) return null;
  return named && text.value >= (s.agency ? t.textRetitledAgency : t.textRetitled) ? "duplicate" : "possible";
};
