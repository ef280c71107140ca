import type { Kysely } from "kysely";
import { errorMessage } from "../errors.js";
import type { PartnerFeedItem } from "../ingest/mapping-feed.js";
import type { Store } from "./connect.js";
import type { Database, PartnerRow } from "./database.js";
import { PostingWriter, type WriteItem, type WriterOptions } from "./posting-writer.js";
import { finishRun, type RecordError, type RunCounts, type RunStatus, startRun } from "./run-store.js";

/** One item of a feed: a mapped record (or one the reader found unchanged), or a record that could not be mapped. */
export type FeedItem = PartnerFeedItem;

export interface SnapshotOptions extends WriterOptions {
  readonly now?: () => Date;
  readonly batchSize?: number;
  /** A snapshot smaller than this share of the open postings closes nothing. */
  readonly minRatio?: number;
  readonly onProgress?: (counts: Readonly<RunCounts>) => void;
  /** What started the run (recorded with it). */
  readonly trigger?: "cli" | "schedule";
}

export interface IngestReport extends RunCounts {
  run_id: number;
  partner: string;
  status: RunStatus;
  close_skipped_reason: string | null;
  message: string | null;
  record_errors: RecordError[];
}

/** The content hash of each open posting of a partner, by reference (for the feed readers). */
export const openPostingHashes = async (
  db: Kysely<Database>,
  partnerId: number,
): Promise<Map<string, string>> => {
  const rows = await db
    .selectFrom("postings")
    .select(["reference", "content_hash"])
    .where("partner_id", "=", partnerId)
    .where("status", "!=", "closed")
    .execute();
  return new Map(rows.map((r) => [r.reference, r.content_hash]));
};

/** Batches read ahead of the one being written. */
const MAX_BATCHES_IN_FLIGHT = 3;

const countOpen = async (db: Kysely<Database>, partnerId: number): Promise<number> => {
  const row = await db
    .selectFrom("postings")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("partner_id", "=", partnerId)
    .where("status", "!=", "closed")
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

/** The partner's open postings that a complete snapshot did not list. */
const missingFrom = async (db: Kysely<Database>, partnerId: number, seen: ReadonlySet<string>) => {
  const open = await db
    .selectFrom("postings")
    .select(["id", "reference", "offer_id"])
    .where("partner_id", "=", partnerId)
    .where("status", "!=", "closed")
    .execute();
  return open.filter((p) => !seen.has(p.reference));
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
  const runId = await startRun(store.db, partner.id, sources, started.toISOString(), options.trigger);
  // A pull has no one waiting for its last small batch: everything goes to the prepare stage.
  const writer = new PostingWriter(store, partner, { inlineUpTo: 0, ...options }, started);
  const seen = new Set<string>();
  // Batches short enough that a push waiting for the write lock waits little (~0.2 s).
  const batchSize = options.batchSize ?? 250;
  let batch: WriteItem[] = [];
  let failure: string | null = null;
  // Batches overlap: while one is written, the next ones are looked up and prepared (on worker
  // threads when the writer has a pool) and the feed is read on. Writes stay in feed order.
  let written: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const staged = writer.stage(batch);
    batch = [];
    staged.catch(() => undefined);
    written = written.then(async () => {
      await writer.commit(await staged);
      options.onProgress?.(writer.counts);
    });
    // Handled here and awaited below: a failed write must not crash the process as unhandled.
    written.catch(() => undefined);
    inFlight.push(written);
    while (inFlight.length > MAX_BATCHES_IN_FLIGHT) await inFlight.shift();
  };
  try {
    for await (const item of items) {
      writer.counts.received++;
      if (!item.ok) {
        writer.recordError({ reference: item.reference, position: item.position, reason: item.reason });
        continue;
      }
      const reference = "known" in item ? item.reference : item.posting.reference;
      if (seen.has(reference)) {
        writer.recordError({
          reference,
          position: item.position,
          reason: "référence en double dans le flux",
        });
        continue;
      }
      seen.add(reference);
      // Unchanged, as the reader found it: nothing to write (a complete snapshot confirms it).
      if ("known" in item) {
        writer.counts.unchanged++;
        if (writer.counts.unchanged % 2000 === 0) options.onProgress?.(writer.counts);
        continue;
      }
      batch.push(item);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (error) {
    failure = errorMessage(error);
    // What was read before a feed error is kept (after a failed write, nothing more is written).
    await flush().catch(() => undefined);
  }
  try {
    await written;
  } catch (error) {
    failure ??= errorMessage(error);
  }
  await Promise.allSettled(inFlight);

  let closeSkippedReason: string | null = null;
  const minRatio = options.minRatio ?? 0.8;
  if (failure) {
    closeSkippedReason = `flux incomplet : ${failure}`;
  } else if (seen.size < minRatio * openBefore) {
    closeSkippedReason =
      `instantané suspect : ${seen.size} annonces reçues pour ${openBefore} ouvertes ` +
      `(moins de ${Math.round(minRatio * 100)} %), aucune fermeture`;
  } else {
    await writer.close(await missingFrom(store.db, partner.id, seen));
    // Every open posting was in this complete snapshot: confirmed, without rewriting their rows.
    await store.db
      .updateTable("partners")
      .set({ confirmed_at: started.toISOString() })
      .where("id", "=", partner.id)
      .execute();
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
