import type { Kysely } from "kysely";
import { contentHash } from "../ingest/content-hash.js";
import type { RawPosting } from "../ingest/raw-posting.js";
import type { NormalizedPosting, PostingStatus } from "../offer/offer.js";
import type { ComplianceView, FindingView } from "../offer/offer-view.js";
import { isMalformed, normalizePosting, type PipelineContext } from "../pipeline/normalize.js";
import type { Store } from "./connect.js";
import type { Database, PartnerRow } from "./database.js";
import { type OfferDraft, offerIdFor, publishOffers, removeOffers } from "./offer-store.js";
import { emptyCounts, type RecordError } from "./run-store.js";

/** The compliance stage: a verdict and findings for a normalised posting of a partner. */
export type ScreenStage = (posting: NormalizedPosting, partner: PartnerRow, now: Date) => ComplianceView;

/** What the writer needs besides the store. */
export interface WriterOptions {
  readonly referentials: Pick<PipelineContext, "geo" | "rome">;
  readonly screen: ScreenStage;
  /** How the partner writes dates when they are not self-describing (from its mapping). */
  readonly dateFormat?: string;
}

/** A mapped record to write, with where it came from (for error reports). */
export interface WriteItem {
  posting: RawPosting;
  position: string;
}

/** What happened to one posting: the receipt a partner gets. */
export interface Receipt {
  reference: string;
  status: "accepted" | "review" | "rejected" | "duplicate" | "unchanged" | "invalid";
  /** Whether the posting was created or updated by this write (null when unchanged or invalid). */
  change: "created" | "updated" | null;
  offer_id: string | null;
  findings?: FindingView[];
  reason?: string;
}

interface Existing {
  id: number;
  content_hash: string;
  status: string;
  offer_id: string | null;
}

const statusOf = (verdict: ComplianceView["verdict"]): PostingStatus =>
  verdict === "accept" ? "published" : verdict === "review" ? "review" : "rejected";

const receiptStatus = (status: PostingStatus): Receipt["status"] =>
  status === "published" ? "accepted" : status === "closed" ? "unchanged" : status;

const MAX_RECORDED_ERRORS = 100;

const lookup = async (db: Kysely<Database>, partnerId: number, refs: readonly string[]) => {
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

/**
 * Writes one partner's postings, batch by batch: unchanged postings (same content hash) are only
 * touched; new and changed ones are normalised, screened and stored with their offers, in one
 * transaction per batch. Counts everything it does.
 */
export class PostingWriter {
  readonly counts = emptyCounts();
  readonly recordErrors: RecordError[] = [];
  private readonly context: PipelineContext;

  constructor(
    private readonly store: Store,
    private readonly partner: PartnerRow,
    private readonly options: WriterOptions,
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

  /** Write a batch (references unique within it); returns one receipt per item, in order. */
  write(batch: readonly WriteItem[]): Promise<Receipt[]> {
    return this.store.exclusive(async () => {
      const receipts = await this.writeBatch(batch);
      this.store.events.emit("changes");
      return receipts;
    });
  }

  private async writeBatch(batch: readonly WriteItem[]): Promise<Receipt[]> {
    const at = this.now.toISOString();
    const existing = await lookup(
      this.store.db,
      this.partner.id,
      batch.map((b) => b.posting.reference),
    );
    const receipts: Receipt[] = [];
    const unchanged: number[] = [];
    const changed: Array<{
      raw: RawPosting;
      hash: string;
      posting: NormalizedPosting;
      before?: Existing;
      receipt: Receipt;
    }> = [];
    for (const item of batch) {
      const reference = item.posting.reference;
      const hash = contentHash(item.posting);
      const before = existing.get(reference);
      if (before && before.content_hash === hash && before.status !== "closed") {
        unchanged.push(before.id);
        receipts.push({ reference, status: "unchanged", change: null, offer_id: before.offer_id });
        continue;
      }
      const posting = normalizePosting(item.posting, hash, this.context);
      if (isMalformed(posting)) {
        this.recordError({ reference, position: item.position, reason: posting.reason });
        receipts.push({ reference, status: "invalid", change: null, offer_id: null, reason: posting.reason });
        continue;
      }
      const receipt: Receipt = {
        reference,
        status: "accepted",
        change: before ? "updated" : "created",
        offer_id: null,
      };
      receipts.push(receipt);
      changed.push({ raw: item.posting, hash, posting, before, receipt });
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
        const compliance = this.options.screen(item.posting, this.partner, this.now);
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
        item.receipt.status = receiptStatus(status);
        if (compliance.findings.length > 0) item.receipt.findings = compliance.findings;
        if (status === "published") {
          item.receipt.offer_id = offerId;
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
    return receipts;
  }

  /** Close postings by id (absent from a snapshot, deleted by the partner, expired). */
  async close(postings: readonly PostingToClose[]): Promise<void> {
    await closePostings(this.store, postings, this.now);
    this.counts.closed += postings.length;
  }
}

export interface PostingToClose {
  id: number;
  offer_id: string | null;
}

/** Close postings and withdraw their offers (tombstones in the change log), in one transaction. */
export const closePostings = (
  store: Store,
  postings: readonly PostingToClose[],
  now: Date,
): Promise<void> => {
  if (postings.length === 0) return Promise.resolve();
  const at = now.toISOString();
  return store.exclusive(async () => {
    await store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < postings.length; i += 500) {
        const ids = postings.slice(i, i + 500).map((p) => p.id);
        await trx
          .updateTable("postings")
          .set({ status: "closed", closed_at: at, updated_at: at, offer_id: null })
          .where("id", "in", ids)
          .execute();
      }
      const offers = postings.flatMap((p) => (p.offer_id ? [p.offer_id] : []));
      await removeOffers(trx, store.dialect, offers, at);
    });
    store.events.emit("changes");
  });
};
