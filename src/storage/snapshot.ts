import type { Kysely } from "kysely";
import { errorMessage } from "../errors.js";
import { contentHash } from "../ingest/content-hash.js";
import type { RawPosting } from "../ingest/raw-posting.js";
import type { NormalizedPosting, PostingStatus } from "../offer/offer.js";
import type { ComplianceView } from "../offer/offer-view.js";
import { isMalformed, normalizePosting, type PipelineContext } from "../pipeline/normalize.js";
import type { Store } from "./connect.js";
import type { Database, PartnerRow } from "./database.js";
import { type OfferDraft, offerIdFor, publishOffers, removeOffers } from "./offer-store.js";
import {
  emptyCounts,
  finishRun,
  type RecordError,
  type RunCounts,
  type RunStatus,
  startRun,
} from "./run-store.js";

/** One item of a feed: a mapped record, or a record that could not be mapped. */
export type FeedItem =
  | { ok: true; posting: RawPosting; position: string }
  | { ok: false; reference: string | null; position: string; reason: string };

/** The compliance stage: a verdict and findings for a normalised posting. */
export type ScreenStage = (posting: NormalizedPosting) => ComplianceView;

export interface SnapshotOptions {
  readonly referentials: Pick<PipelineContext, "geo" | "rome">;
  readonly screen: ScreenStage;
  /** How the partner writes dates when they are not self-describing (from its mapping). */
  readonly dateFormat?: string;
  readonly now?: () => Date;
  readonly batchSize?: number;
  /** A snapshot smaller than this share of the open postings closes nothing. */
  readonly minRatio?: number;
  readonly onProgress?: (counts: Readonly<RunCounts>) => void;
}

export interface IngestReport extends RunCounts {
  run_id: number;
  partner: string;
  status: RunStatus;
  close_skipped_reason: string | null;
  message: string | null;
  record_errors: RecordError[];
}

const MAX_RECORDED_ERRORS = 100;

const statusOf = (verdict: ComplianceView["verdict"]): PostingStatus =>
  verdict === "accept" ? "published" : verdict === "review" ? "review" : "rejected";

interface Existing {
  id: number;
  content_hash: string;
  status: string;
  offer_id: string | null;
}

const lookup = async (db: Kysely<Database>, partnerId: number, refs: string[]) => {
  const found = new Map<string, Existing>();
  for (let i = 0; i < refs.length; i += 500) {
    const rows = await db
      .selectFrom("postings")
      .select(["id", "reference", "content_hash", "status", "offer_id"])
      .where("partner_id", "=", partnerId)
      .where("reference", "in", refs.slice(i, i + 500))
      .execute();
    for (const row of rows) found.set(row.reference, row);
  }
  return found;
};

/** Applies one partner snapshot to the store, batch by batch. */
class SnapshotWriter {
  readonly counts = emptyCounts();
  readonly recordErrors: RecordError[] = [];
  readonly seen = new Set<string>();
  private readonly context: PipelineContext;

  constructor(
    private readonly store: Store,
    private readonly partner: PartnerRow,
    private readonly options: SnapshotOptions,
    private readonly now: Date,
  ) {
    this.context = {
      ...options.referentials,
      now,
      partner: {
        slug: partner.slug,
        employersShowName: partner.employers_show_name === 1,
        dateFormat: options.dateFormat,
      },
    };
  }

  recordError(error: RecordError): void {
    this.counts.errors++;
    if (this.recordErrors.length < MAX_RECORDED_ERRORS) this.recordErrors.push(error);
  }

  /** Classify a batch (new, changed, unchanged), normalise what changed, and write it in one transaction. */
  async write(batch: Array<Extract<FeedItem, { ok: true }>>): Promise<void> {
    const at = this.now.toISOString();
    const existing = await lookup(
      this.store.db,
      this.partner.id,
      batch.map((b) => b.posting.reference),
    );
    const unchanged: number[] = [];
    const changed: Array<{ raw: RawPosting; hash: string; posting: NormalizedPosting; before?: Existing }> =
      [];
    for (const item of batch) {
      const hash = contentHash(item.posting);
      const before = existing.get(item.posting.reference);
      if (before && before.content_hash === hash && before.status !== "closed") {
        unchanged.push(before.id);
        continue;
      }
      const posting = normalizePosting(item.posting, hash, this.context);
      if (isMalformed(posting)) {
        this.recordError({
          reference: item.posting.reference,
          position: item.position,
          reason: posting.reason,
        });
        continue;
      }
      changed.push({ raw: item.posting, hash, posting, before });
    }
    this.counts.unchanged += unchanged.length;
    await this.store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < unchanged.length; i += 500) {
        await trx
          .updateTable("postings")
          .set({ last_seen_at: at })
          .where("id", "in", unchanged.slice(i, i + 500))
          .execute();
      }
      const drafts: OfferDraft[] = [];
      const withdrawn: string[] = [];
      for (const item of changed) {
        const compliance = this.options.screen(item.posting);
        const status = statusOf(compliance.verdict);
        const offerId = offerIdFor(this.partner.slug, item.posting.reference);
        const columns = {
          status,
          offer_id: status === "published" ? offerId : null,
          content_hash: item.hash,
          title: item.posting.title,
          url: item.posting.url,
          data: JSON.stringify(item.posting),
          raw: JSON.stringify(item.raw),
          compliance: JSON.stringify(compliance),
          last_seen_at: at,
          updated_at: at,
          closed_at: null,
          expires_at: item.posting.expiresAt,
        };
        let postingId: number;
        if (item.before) {
          postingId = item.before.id;
          await trx.updateTable("postings").set(columns).where("id", "=", postingId).execute();
          this.counts.updated++;
          if (item.before.offer_id && status !== "published") withdrawn.push(item.before.offer_id);
        } else {
          const row = await trx
            .insertInto("postings")
            .values({
              ...columns,
              partner_id: this.partner.id,
              reference: item.posting.reference,
              first_seen_at: at,
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          postingId = row.id;
          this.counts.new++;
        }
        if (status === "rejected") this.counts.rejected++;
        if (status === "review") this.counts.review++;
        if (status === "published") {
          const source = {
            partner: this.partner.slug,
            reference: item.posting.reference,
            url: item.posting.url,
          };
          drafts.push({ id: offerId, postingId, posting: item.posting, sources: [source] });
        }
      }
      await publishOffers(trx, this.store.dialect, drafts, at);
      await removeOffers(trx, this.store.dialect, withdrawn, at);
    });
  }

  /** Close the partner's open postings that this complete snapshot did not list. */
  async closeMissing(): Promise<void> {
    const at = this.now.toISOString();
    const open = await this.store.db
      .selectFrom("postings")
      .select(["id", "reference", "offer_id"])
      .where("partner_id", "=", this.partner.id)
      .where("status", "!=", "closed")
      .execute();
    const missing = open.filter((p) => !this.seen.has(p.reference));
    if (missing.length === 0) return;
    await this.store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < missing.length; i += 500) {
        const chunk = missing.slice(i, i + 500);
        await trx
          .updateTable("postings")
          .set({ status: "closed", closed_at: at, updated_at: at, offer_id: null })
          .where(
            "id",
            "in",
            chunk.map((p) => p.id),
          )
          .execute();
      }
      const offers = missing.flatMap((p) => (p.offer_id ? [p.offer_id] : []));
      await removeOffers(trx, this.store.dialect, offers, at);
    });
    this.counts.closed = missing.length;
  }
}

const countOpen = async (db: Kysely<Database>, partnerId: number): Promise<number> => {
  const row = await db
    .selectFrom("postings")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("partner_id", "=", partnerId)
    .where("status", "!=", "closed")
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

/**
 * Ingest one snapshot of a partner's feed: new postings are created, changed ones updated (by
 * content hash), unchanged ones touched, and — only when the snapshot was read completely and
 * holds at least `minRatio` of the open postings — missing ones closed. Records read before a
 * fatal feed error are kept; the run is then `failed` and closes nothing.
 */
export const ingestSnapshot = async (
  store: Store,
  partner: PartnerRow,
  items: AsyncIterable<FeedItem>,
  sources: readonly string[],
  options: SnapshotOptions,
): Promise<IngestReport> => {
  const clock = options.now ?? (() => new Date());
  const started = clock();
  const openBefore = await countOpen(store.db, partner.id);
  const runId = await startRun(store.db, partner.id, sources, started.toISOString());
  const writer = new SnapshotWriter(store, partner, options, started);
  const batchSize = options.batchSize ?? 500;
  let batch: Array<Extract<FeedItem, { ok: true }>> = [];
  let failure: string | null = null;
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await writer.write(current);
    options.onProgress?.(writer.counts);
  };
  try {
    for await (const item of items) {
      writer.counts.received++;
      if (!item.ok) {
        writer.recordError({ reference: item.reference, position: item.position, reason: item.reason });
        continue;
      }
      const reference = item.posting.reference;
      if (writer.seen.has(reference)) {
        writer.recordError({
          reference,
          position: item.position,
          reason: "référence en double dans le flux",
        });
        continue;
      }
      writer.seen.add(reference);
      batch.push(item);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (error) {
    failure = errorMessage(error);
    await flush();
  }

  let closeSkippedReason: string | null = null;
  const minRatio = options.minRatio ?? 0.8;
  if (failure) {
    closeSkippedReason = `flux incomplet : ${failure}`;
  } else if (writer.seen.size < minRatio * openBefore) {
    closeSkippedReason =
      `instantané suspect : ${writer.seen.size} annonces reçues pour ${openBefore} ouvertes ` +
      `(moins de ${Math.round(minRatio * 100)} %), aucune fermeture`;
  } else {
    await writer.closeMissing();
  }
  const status: RunStatus = failure ? "failed" : writer.counts.errors > 0 ? "partial" : "succeeded";
  const outcome = {
    status,
    counts: writer.counts,
    closeSkippedReason,
    message: failure,
    recordErrors: writer.recordErrors,
  };
  await finishRun(store.db, runId, outcome, clock().toISOString());
  return {
    run_id: runId,
    partner: partner.slug,
    status,
    ...writer.counts,
    close_skipped_reason: closeSkippedReason,
    message: failure,
    record_errors: writer.recordErrors,
  };
};
