/**
 * Everything the pipeline computes for a new or changed posting before storage decides anything:
 * normalisation, the compliance screen, the publication status, and for a publishable posting its
 * deduplication fingerprint and search terms. Pure and self-contained, so that it can run on
 * worker threads (prepare-pool.ts) as well as inline.
 */
import { type Fingerprint, fingerprint } from "../dedup/fingerprint.js";
import type { RawPosting } from "../ingest/raw-posting.js";
import type { NormalizedPosting, PostingStatus } from "../offer/offer.js";
import type { ComplianceView } from "../offer/offer-view.js";
import { analyzeToString } from "../text/french.js";
import { isMalformed, normalizePosting, type PipelineContext } from "./normalize.js";

/** The partner as the pure stages see it. */
export interface PreparePartner {
  readonly slug: string;
  readonly kind: string;
  readonly employersShowName: boolean;
  /** The partner's date format when it is not self-describing (e.g. "DD/MM/YYYY"). */
  readonly dateFormat?: string;
  /** The partner's format has no publication date: postings are dated on first reception. */
  readonly undated?: boolean;
}

/** One posting to prepare, with what storage already knows of it. */
export interface PrepareItem {
  readonly raw: RawPosting;
  readonly hash: string;
  /** When the posting was first received (an undated partner's postings are dated by it). */
  readonly firstSeenAt: string | null;
}

/** The analysed terms the search engine indexes for an offer. */
export interface SearchTerms {
  readonly title: string;
  readonly body: string;
}

export type Prepared =
  | { readonly ok: false; readonly reference: string; readonly reason: string }
  | {
      readonly ok: true;
      readonly reference: string;
      readonly hash: string;
      readonly posting: NormalizedPosting;
      readonly compliance: ComplianceView;
      /** published (accepted), review, rejected, or closed when its expiry date has passed. */
      readonly status: PostingStatus;
      readonly expired: boolean;
      /** For a publishable posting: what deduplication compares, and what search indexes. */
      readonly fingerprint: Fingerprint | null;
      readonly terms: SearchTerms | null;
      /** The posting and its raw record as JSON, when serialised off the writing thread. */
      readonly encoded?: { readonly data: string; readonly raw: string };
    };

/** The compliance stage, as the pipeline calls it. */
export type ScreenStage = (
  posting: NormalizedPosting,
  partner: { kind: string },
  now: Date,
) => ComplianceView;

export interface PrepareContext extends Pick<PipelineContext, "geo" | "rome"> {
  readonly now: Date;
  readonly partner: PreparePartner;
  readonly screen: ScreenStage;
}

const statusOf = (verdict: ComplianceView["verdict"]): PostingStatus =>
  verdict === "accept" ? "published" : verdict === "review" ? "review" : "rejected";

/** The analysed terms of a posting as an offer: title with its ROME labels, text with the shown employer. */
export const searchTerms = (p: NormalizedPosting): SearchTerms => ({
  title: analyzeToString([p.title, p.rome.appellationLabel ?? "", p.rome.label ?? ""].join(" ")),
  body: analyzeToString(`${p.description.text} ${p.employer.showName ? (p.employer.name ?? "") : ""}`),
});

/** Normalise, screen and (when publishable) fingerprint one posting. */
export const preparePosting = (item: PrepareItem, ctx: PrepareContext): Prepared => {
  const at = ctx.now.toISOString();
  const normalized = normalizePosting(item.raw, item.hash, {
    geo: ctx.geo,
    rome: ctx.rome,
    now: ctx.now,
    partner: ctx.partner,
  });
  if (isMalformed(normalized)) {
    return { ok: false, reference: item.raw.reference, reason: normalized.reason };
  }
  const posting =
    ctx.partner.undated && normalized.publishedAt === null
      ? { ...normalized, publishedAt: item.firstSeenAt ?? at }
      : normalized;
  const compliance = ctx.screen(posting, ctx.partner, ctx.now);
  // A posting whose expiry date has passed is kept as closed, never (re)published.
  const expired = posting.expiresAt !== null && posting.expiresAt <= at;
  const status: PostingStatus = expired ? "closed" : statusOf(compliance.verdict);
  const publishable = status === "published";
  return {
    ok: true,
    reference: posting.reference,
    hash: item.hash,
    posting,
    compliance,
    status,
    expired,
    fingerprint: publishable ? fingerprint(posting) : null,
    terms: publishable ? searchTerms(posting) : null,
  };
};

/** The stage that prepares a batch: inline, or on worker threads (threads/prepare-pool.ts). */
export interface PrepareStage {
  prepare(items: readonly PrepareItem[], partner: PreparePartner, now: Date): Promise<Prepared[]>;
}

/** The référentiels the pure stages read. */
export type Referentials = Pick<PipelineContext, "geo" | "rome">;

/**
 * Prepare on the calling thread, with the given référentiels and compliance stage. The
 * référentiels may be given as a loader, called on the first batch: a process whose postings are
 * all prepared on worker threads then never holds a copy of its own (~170 MB).
 */
export const inlinePrepare = (
  referentials: Referentials | (() => Promise<Referentials>),
  screen: ScreenStage,
): PrepareStage => {
  let loaded: Promise<Referentials> | undefined;
  const load = () => {
    loaded ??= typeof referentials === "function" ? referentials() : Promise.resolve(referentials);
    return loaded;
  };
  return {
    prepare: async (items, partner, now) => {
      const ctx = { ...(await load()), now, partner, screen };
      return items.map((item) => preparePosting(item, ctx));
    },
  };
};
