import type { Kysely } from "kysely";
import { contentHash } from "../ingest/content-hash.js";
import type { RawPosting } from "../ingest/raw-posting.js";
import type { NormalizedPosting, PostingStatus } from "../offer/offer.js";
import type { FindingView } from "../offer/offer-view.js";
import {
  inlinePrepare,
  type Prepared,
  type PrepareItem,
  type PreparePartner,
  type PrepareStage,
  type Referentials,
  type ScreenStage,
  type SearchTerms,
} from "../pipeline/prepare.js";
import { applyPlacements, type PlacementRecord, refreshOffers, type ToPlace } from "./clustering.js";
import { emptyTally, parisDay, recordScreenings, tallyScreening } from "./compliance-store.js";
import type { Store } from "./connect.js";
import type { Database, NewPosting, PartnerRow } from "./database.js";
import { beginClusterWrite, type DedupState, leaveClusters } from "./dedup-state.js";
import { emptyCounts, type RecordError } from "./run-store.js";

export type { ScreenStage } from "../pipeline/prepare.js";

/** What the writer needs besides the store. */
export interface WriterOptions {
  /** For postings prepared on this thread; a loader is called only when one is. */
  readonly referentials: Referentials | (() => Promise<Referentials>);
  /** The compliance stage, when postings are prepared on this thread. */
  readonly screen: ScreenStage;
  /** Where postings are prepared (normalised, screened, fingerprinted): this thread by default. */
  readonly prepare?: PrepareStage;
  /**
   * Batches of at most this many postings to prepare are prepared on this thread even when
   * `prepare` is given (20 by default): a push is not queued behind a pull's batches. Pulls set 0.
   */
  readonly inlineUpTo?: number;
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
  /** Its content hash, when the reader computed it. */
  hash?: string;
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
  reference: string;
  content_hash: string;
  status: string;
  offer_id: string | null;
  first_seen_at: string;
}

const receiptStatus = (status: PostingStatus): Receipt["status"] =>
  status === "published" ? "accepted" : status === "closed" ? "unchanged" : status;

const MAX_RECORDED_ERRORS = 100;
/** Batches this small are prepared on the calling thread. */
const INLINE_UP_TO = 20;

/** A batch read, looked up and prepared, ready to be stored. */
export interface StagedBatch {
  readonly items: readonly WriteItem[];
  /** Per item: its content hash, and whether it is unchanged (with the existing row). */
  readonly hashes: readonly string[];
  readonly unchanged: ReadonlyMap<string, Existing>;
  /** The prepared new or changed postings, by reference. */
  readonly prepared: ReadonlyMap<string, Prepared>;
}

type Ready = Extract<Prepared, { ok: true }>;

interface Changed {
  raw: RawPosting;
  prepared: Ready;
  before: Existing | undefined;
  receipt: Receipt;
}

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
 * Writes one partner's postings, batch by batch, in two steps that can overlap: `stage` looks a
 * batch up (unchanged postings, same content hash, are left alone) and prepares the new and
 * changed ones (normalise, screen, fingerprint: on worker threads when a pool is given);
 * `commit` stores them with their offers in one transaction, one writer at a time. Counts
 * everything it does.
 */
export class PostingWriter {
  readonly counts = emptyCounts();
  readonly recordErrors: RecordError[] = [];
  private readonly partnerInfo: PreparePartner;
  private readonly preparer: PrepareStage;
  private readonly inline: PrepareStage;

  constructor(
    private readonly store: Store,
    private readonly partner: PartnerRow,
    private readonly options: WriterOptions,
    private readonly now: Date,
  ) {
    this.partnerInfo = {
      slug: partner.slug,
      kind: partner.kind,
      employersShowName: partner.employers_show_name === 1,
      ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
      ...(options.undated ? { undated: true } : {}),
    };
    this.inline = inlinePrepare(options.referentials, options.screen);
    this.preparer = options.prepare ?? this.inline;
  }

  recordError(error: RecordError): void {
    this.counts.errors++;
    if (this.recordErrors.length < MAX_RECORDED_ERRORS) this.recordErrors.push(error);
  }

  /** Write a batch (references unique within it); returns one receipt per item, in order. */
  async write(batch: readonly WriteItem[]): Promise<Receipt[]> {
    return this.commit(await this.stage(batch));
  }

  /** Look a batch up and prepare its new and changed postings; writes nothing. */
  async stage(items: readonly WriteItem[]): Promise<StagedBatch> {
    const hashes = items.map((item) => item.hash ?? contentHash(item.posting));
    // On the reading connection: a batch is looked up while the previous one is being written.
    const existing = await lookup(
      this.store.reader,
      this.partner.id,
      items.map((b) => b.posting.reference),
    );
    const unchanged = new Map<string, Existing>();
    const toPrepare: PrepareItem[] = [];
    items.forEach((item, i) => {
      const before = existing.get(item.posting.reference);
      if (before && before.content_hash === hashes[i] && before.status !== "closed") {
        unchanged.set(before.reference, before);
      } else {
        toPrepare.push({ raw: item.posting, hash: hashes[i]!, firstSeenAt: before?.first_seen_at ?? null });
      }
    });
    // A few postings (a push) are prepared here at once rather than queued behind a pull's
    // batches on the worker threads: they are waited for.
    const preparer =
      toPrepare.length <= (this.options.inlineUpTo ?? INLINE_UP_TO) ? this.inline : this.preparer;
    const results = await preparer.prepare(toPrepare, this.partnerInfo, this.now);
    const prepared = new Map(results.map((r) => [r.reference, r]));
    return { items, hashes, unchanged, prepared };
  }

  /** Store a staged batch (in the order batches were staged); returns one receipt per item. */
  commit(staged: StagedBatch): Promise<Receipt[]> {
    return this.store.exclusive(async () => {
      const receipts = await this.commitBatch(staged);
      this.store.events.emit("changes");
      return receipts;
    });
  }

  private async commitBatch(staged: StagedBatch): Promise<Receipt[]> {
    const at = this.now.toISOString();
    // Looked up again under the lock: another writer may have stored these references since.
    const current = await lookup(this.store.db, this.partner.id, [...staged.prepared.keys()]);
    const receipts: Receipt[] = [];
    const unchanged: number[] = [];
    const changed: Changed[] = [];
    staged.items.forEach((item, i) => {
      const reference = item.posting.reference;
      const same = staged.unchanged.get(reference);
      const before = same ?? current.get(reference);
      if (before && before.content_hash === staged.hashes[i] && before.status !== "closed") {
        unchanged.push(before.id);
        receipts.push({ reference, status: "unchanged", change: null, offer_id: before.offer_id });
        return;
      }
      const prepared = staged.prepared.get(reference);
      if (!prepared?.ok) {
        const reason = prepared?.ok === false ? prepared.reason : "annonce non préparée";
        this.recordError({ reference, position: item.position, reason });
        receipts.push({ reference, status: "invalid", change: null, offer_id: null, reason });
        return;
      }
      const receipt: Receipt = {
        reference,
        status: "accepted",
        change: before ? "updated" : "created",
        offer_id: null,
      };
      receipts.push(receipt);
      changed.push({ raw: item.posting, prepared, before, receipt });
    });
    this.counts.unchanged += unchanged.length;
    const state = await this.store.dedup();
    let seq = 0;
    try {
      await this.store.db.transaction().execute(async (trx) => {
        if (this.options.confirmUnchanged) await touch(trx, unchanged, at);
        if (changed.length === 0) return;
        seq = await beginClusterWrite(trx, this.store.dialect, state);
        await this.writeChanged(trx, state, changed, at, seq);
      });
    } catch (error) {
      // The cache was changed along with the rolled-back transaction: rebuild it from the database.
      state.reset();
      throw error;
    }
    state.markSynced(seq);
    return receipts;
  }

  /**
   * Store new and changed postings: ids reserved, publishable ones placed among the offers, then
   * each row written once with its offer and status; the offers they joined or left refreshed.
   */
  private async writeChanged(
    trx: Kysely<Database>,
    state: DedupState,
    changed: readonly Changed[],
    at: string,
    seq: number,
  ) {
    const created = changed.filter((c) => !c.before).length;
    let nextId =
      created > 0 ? await this.store.dialect.reserveIds(trx as Kysely<unknown>, "postings", created) : 0;
    const ids = changed.map((c) => c.before?.id ?? nextId++);
    const toPlace: ToPlace[] = [];
    const previous = new Map<number, string | null>();
    const known = new Map<number, { posting: NormalizedPosting; terms: SearchTerms | null }>();
    const touched = new Set<string>();
    const leaving: number[] = [];
    const tally = emptyTally();
    changed.forEach((item, i) => {
      const id = ids[i]!;
      const p = item.prepared;
      tallyScreening(tally, p.compliance);
      if (p.fingerprint) {
        previous.set(id, item.before?.offer_id ?? null);
        known.set(id, { posting: p.posting, terms: p.terms });
        toPlace.push({ id, partner: this.partner.slug, reference: p.reference, fingerprint: p.fingerprint });
      } else {
        const left = state.detach(id) ?? item.before?.offer_id;
        if (left) {
          touched.add(left);
          leaving.push(id);
        }
      }
    });
    await leaveClusters(trx, leaving, seq);
    const placed = await applyPlacements(
      trx,
      state,
      { toPlace, previous, known, touched, seq },
      at,
      (placements) => this.writeRows(trx, changed, ids, placements, at),
    );
    await recordScreenings(trx, this.partner.id, parisDay(this.now), tally);
    changed.forEach((item, i) => {
      const p = item.prepared;
      const placement = placed.placements.get(ids[i]!);
      item.receipt.status = p.expired ? "expired" : receiptStatus(p.status);
      if (p.compliance.findings.length > 0) item.receipt.findings = p.compliance.findings;
      if (placement) item.receipt.offer_id = placement.offer_id;
      if (placed.statuses.get(ids[i]!) === "duplicate") {
        item.receipt.status = "duplicate";
        this.counts.duplicates++;
      }
      if (p.status === "rejected") this.counts.rejected++;
      if (p.status === "review") this.counts.review++;
      if (p.expired) this.counts.closed++;
      if (item.before) this.counts.updated++;
      else this.counts.new++;
    });
  }

  /** Insert or update the rows of new and changed postings, each with its offer and placement. */
  private async writeRows(
    trx: Kysely<Database>,
    changed: readonly Changed[],
    ids: readonly number[],
    placements: ReadonlyMap<number, PlacementRecord>,
    at: string,
  ) {
    const inserts: NewPosting[] = [];
    for (let i = 0; i < changed.length; i++) {
      const item = changed[i]!;
      const p = item.prepared;
      const placement = placements.get(ids[i]!);
      const columns = {
        status: p.status,
        offer_id: placement?.offer_id ?? null,
        content_hash: p.hash,
        title: p.posting.title,
        url: p.posting.url,
        data: p.encoded?.data ?? JSON.stringify(p.posting),
        raw: p.encoded?.raw ?? JSON.stringify(item.raw),
        compliance: JSON.stringify(p.compliance),
        dedup: placement ? JSON.stringify(placement) : null,
        last_seen_at: at,
        updated_at: at,
        closed_at: p.expired ? at : null,
        expires_at: p.posting.expiresAt,
      };
      if (item.before) {
        await trx.updateTable("postings").set(columns).where("id", "=", ids[i]!).execute();
      } else {
        inserts.push({
          ...columns,
          id: ids[i]!,
          partner_id: this.partner.id,
          reference: p.reference,
          first_seen_at: at,
        });
      }
    }
    // A few rows per statement: SQLite allows 32,766 parameters, a posting row binds 20.
    for (let i = 0; i < inserts.length; i += 50) {
      await trx
        .insertInto("postings")
        .values(inserts.slice(i, i + 50))
        .execute();
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
    let seq = 0;
    try {
      await store.db.transaction().execute(async (trx) => {
        seq = await beginClusterWrite(trx, store.dialect, state);
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
          await leaveClusters(
            trx,
            chunk.map((p) => p.id),
            seq,
          );
        }
        await refreshOffers(trx, touched, new Map(), at);
      });
    } catch (error) {
      state.reset();
      throw error;
    }
    state.markSynced(seq);
    store.events.emit("changes");
  });
};
