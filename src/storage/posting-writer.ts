import type { Kysely } from "kysely";
import { fingerprint } from "../dedup/fingerprint.js";
import { contentHash } from "../ingest/content-hash.js";
import type { RawPosting } from "../ingest/raw-posting.js";
import type { NormalizedPosting, PostingStatus } from "../offer/offer.js";
import type { ComplianceView, FindingView } from "../offer/offer-view.js";
import { isMalformed, normalizePosting, type PipelineContext } from "../pipeline/normalize.js";
import { applyPlacements, refreshOffers, type ToPlace } from "./clustering.js";
import { emptyTally, parisDay, recordScreenings, tallyScreening } from "./compliance-store.js";
import type { Store } from "./connect.js";
import type { Database, PartnerRow } from "./database.js";
import { type DedupState, encodeKeys } from "./dedup-state.js";
import { emptyCounts, type RecordError } from "./run-store.js";

/** The compliance stage: a verdict and findings for a normalised posting of a partner. */
export type ScreenStage = (posting: NormalizedPosting, partner: PartnerRow, now: Date) => ComplianceView;

/** What the writer needs besides the store. */
export interface WriterOptions {
  readonly referentials: Pick<PipelineContext, "geo" | "rome">;
  readonly screen: ScreenStage;
  /** How the partner writes dates when they are not self-describing (from its mapping). */
  readonly dateFormat?: string;
  /** The partner's format has no publication date: postings are dated on first reception. */
  readonly undated?: boolean;
  /**
   * Record each unchanged posting as seen now (pushes). A complete snapshot confirms all the
   * partner's open postings at once instead (`partners.confirmed_at`).
   */
  readonly confirmUnchanged?: boolean;
}

/** A mapped record to write, with where it came from (for error reports). */
export interface WriteItem {
  posting: RawPosting;
  position: string;
}

/** What happened to one posting: the receipt a partner gets. */
export interface Receipt {
  reference: string;
  status: "accepted" | "review" | "rejected" | "duplicate" | "unchanged" | "invalid" | "expired";
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
  first_seen_at: string;
}

const statusOf = (verdict: ComplianceView["verdict"]): PostingStatus =>
  verdict === "accept" ? "published" : verdict === "review" ? "review" : "rejected";

const receiptStatus = (status: PostingStatus): Receipt["status"] =>
  status === "published" ? "accepted" : status === "closed" ? "unchanged" : status;

const MAX_RECORDED_ERRORS = 100;

type Changed = {
  raw: RawPosting;
  hash: string;
  posting: NormalizedPosting;
  before?: Existing;
  receipt: Receipt;
};

const touch = async (db: Kysely<Database>, ids: readonly number[], at: string) => {
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .updateTable("postings")
      .set({ last_seen_at: at })
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
  }
};

const lookup = async (db: Kysely<Database>, partnerId: number, refs: readonly string[]) => {
  const found = new Map<string, Existing>();
  for (let i = 0; i < refs.length; i += 500) {
    const rows = await db
      .selectFrom("postings")
      .select(["id", "reference", "content_hash", "status", "offer_id", "first_seen_at"])
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
    const changed: Changed[] = [];
    for (const item of batch) {
      const reference = item.posting.reference;
      const hash = contentHash(item.posting);
      const before = existing.get(reference);
      if (before && before.content_hash === hash && before.status !== "closed") {
        unchanged.push(before.id);
        receipts.push({ reference, status: "unchanged", change: null, offer_id: before.offer_id });
        continue;
      }
      const normalized = normalizePosting(item.posting, hash, this.context);
      const posting =
        this.options.undated && !isMalformed(normalized) && normalized.publishedAt === null
          ? { ...normalized, publishedAt: before?.first_seen_at ?? at }
          : normalized;
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
    const state = await this.store.dedup();
    await state.refresh(this.store.db);
    try {
      await this.store.db.transaction().execute(async (trx) => {
        if (this.options.confirmUnchanged) await touch(trx, unchanged, at);
        await this.writeChanged(trx, state, changed, at);
      });
    } catch (error) {
      // The cache was changed along with the rolled-back transaction: rebuild it from the database.
      state.reset();
      throw error;
    }
    state.markSynced(at);
    return receipts;
  }

  /** Store new and changed postings, place the publishable ones among the offers, refresh those offers. */
  private async writeChanged(
    trx: Kysely<Database>,
    state: DedupState,
    changed: readonly Changed[],
    at: string,
  ) {
    const toPlace: ToPlace[] = [];
    const previous = new Map<number, string | null>();
    const known = new Map<number, NormalizedPosting>();
    const touched = new Set<string>();
    const placedItems: Array<{ id: number; receipt: Receipt }> = [];
    const tally = emptyTally();
    for (const item of changed) {
      const compliance = this.options.screen(item.posting, this.partner, this.now);
      tallyScreening(tally, compliance);
      // A posting whose expiry date has passed is kept as closed, never (re)published.
      const expired = item.posting.expiresAt !== null && item.posting.expiresAt <= at;
      const status: PostingStatus = expired ? "closed" : statusOf(compliance.verdict);
      const fp = status === "published" ? fingerprint(item.posting) : null;
      const columns = {
        status,
        offer_id: fp ? (item.before?.offer_id ?? null) : null,
        content_hash: item.hash,
        title: item.posting.title,
        url: item.posting.url,
        data: JSON.stringify(item.posting),
        raw: JSON.stringify(item.raw),
        compliance: JSON.stringify(compliance),
        fingerprint: fp ? JSON.stringify(fp) : null,
        fp_keys: fp ? encodeKeys(fp.keys) : null,
        dedup: null,
        last_seen_at: at,
        updated_at: at,
        closed_at: expired ? at : null,
        expires_at: item.posting.expiresAt,
      };
      let postingId: number;
      if (item.before) {
        postingId = item.before.id;
        await trx.updateTable("postings").set(columns).where("id", "=", postingId).execute();
        this.counts.updated++;
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
      if (expired) this.counts.closed++;
      item.receipt.status = expired ? "expired" : receiptStatus(status);
      if (compliance.findings.length > 0) item.receipt.findings = compliance.findings;
      if (fp) {
        previous.set(postingId, item.before?.offer_id ?? null);
        known.set(postingId, item.posting);
        toPlace.push({
          id: postingId,
          partner: this.partner.slug,
          reference: item.posting.reference,
          fingerprint: fp,
        });
        placedItems.push({ id: postingId, receipt: item.receipt });
      } else {
        const left = state.detach(postingId) ?? item.before?.offer_id;
        if (left) touched.add(left);
      }
    }
    await recordScreenings(trx, this.partner.id, parisDay(this.now), tally);
    const placed = await applyPlacements(trx, state, { toPlace, previous, known, touched }, at);
    const statuses = placed.statuses;
    for (const { id, receipt } of placedItems) {
      receipt.offer_id = placed.placements.get(id)?.offer_id ?? null;
      if (statuses.get(id) === "duplicate") {
        receipt.status = "duplicate";
        this.counts.duplicates++;
      }
    }
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

/** Close postings; their offers keep their other sources, or are withdrawn (tombstones). */
export const closePostings = (
  store: Store,
  postings: readonly PostingToClose[],
  now: Date,
): Promise<void> => {
  if (postings.length === 0) return Promise.resolve();
  const at = now.toISOString();
  return store.exclusive(async () => {
    const state = await store.dedup();
    await state.refresh(store.db);
    try {
      await store.db.transaction().execute(async (trx) => {
        const touched = new Set<string>();
        for (let i = 0; i < postings.length; i += 500) {
          const chunk = postings.slice(i, i + 500);
          await trx
            .updateTable("postings")
            .set({ status: "closed", closed_at: at, updated_at: at, offer_id: null })
            .where(
              "id",
              "in",
              chunk.map((p) => p.id),
            )
            .execute();
          for (const p of chunk) {
            const left = state.detach(p.id) ?? p.offer_id;
            if (left) touched.add(left);
          }
        }
        await refreshOffers(trx, touched, new Map(), at);
      });
    } catch (error) {
      state.reset();
      throw error;
    }
    state.markSynced(at);
    store.events.emit("changes");
  });
};
