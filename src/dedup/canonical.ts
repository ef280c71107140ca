/**
 * The canonical posting of an offer: the best source (an employer's own site or ATS before a job
 * board, before an aggregator), then the most complete posting, then the freshest; ties broken
 * by id so that the choice is deterministic.
 */
import type { NormalizedPosting } from "../offer/offer.js";

export type SourceKind = "employer" | "ats" | "board" | "aggregator";

/** Higher is better. */
export const DEFAULT_SOURCE_RANKS: Readonly<Record<SourceKind, number>> = Object.freeze({
  employer: 4,
  ats: 3,
  board: 2,
  aggregator: 1,
});

/** Per-partner source kinds, and optionally other ranks per kind. */
export interface PartnerRanking {
  partners: Readonly<Record<string, SourceKind>>;
  ranks?: Readonly<Partial<Record<SourceKind, number>>>;
  /** Kind of a partner missing from `partners`. Default "board". */
  defaultKind?: SourceKind;
}

/** The quality rank of a partner (higher is better). */
export const partnerRank = (partner: string, ranking: PartnerRanking): number => {
  const kind = ranking.partners[partner] ?? ranking.defaultKind ?? "board";
  return ranking.ranks?.[kind] ?? DEFAULT_SOURCE_RANKS[kind];
};

export type CanonicalFields = Pick<
  NormalizedPosting,
  "description" | "salary" | "location" | "rome" | "contract" | "employer" | "publishedAt" | "updatedAt"
>;

export interface CanonicalMember<Id> {
  id: Id;
  /** See partnerRank. */
  partnerRank: number;
  posting: CanonicalFields;
}

const PRECISION_WEIGHT: Record<string, number> = {
  commune: 0.15,
  postal_code: 0.12,
  departement: 0.06,
  region: 0.03,
  country: 0,
};

/** How complete a posting is, 0..1: description length, salary, place precision, ROME, contract, employer. */
export const completeness = (posting: CanonicalFields): number => {
  let score = 0.35 * Math.min(1, posting.description.text.length / 1500);
  if (posting.salary.annualGross !== null || posting.salary.text !== null) score += 0.2;
  score += PRECISION_WEIGHT[posting.location.precision ?? "country"] ?? 0;
  if (posting.rome.code !== null) score += 0.1;
  if (posting.contract.type !== null) score += 0.1;
  if (posting.employer.name !== null) score += 0.1;
  return Math.round(score * 1000) / 1000;
};

const freshness = (posting: CanonicalFields): number => {
  const times = [posting.updatedAt, posting.publishedAt].map((d) =>
    d === null ? Number.NaN : Date.parse(d),
  );
  const valid = times.filter((t) => !Number.isNaN(t));
  return valid.length === 0 ? 0 : Math.max(...valid);
};

/** The id of the canonical member, or null for no member. Pass open postings only. */
export const chooseCanonical = <Id extends string | number>(
  members: readonly CanonicalMember<Id>[],
): Id | null => {
  const ranked = members.map((m) => ({ m, complete: completeness(m.posting), fresh: freshness(m.posting) }));
  ranked.sort(
    (x, y) =>
      y.m.partnerRank - x.m.partnerRank ||
      y.complete - x.complete ||
      y.fresh - x.fresh ||
      (String(x.m.id) < String(y.m.id) ? -1 : String(x.m.id) > String(y.m.id) ? 1 : 0),
  );
  return ranked[0]?.m.id ?? null;
};
