import type { Kysely } from "kysely";
import { CandidateIndex } from "../dedup/candidate-index.js";
import { FINGERPRINT_VERSION, type Fingerprint } from "../dedup/fingerprint.js";
import { decodeFingerprint, encodeFingerprint } from "../dedup/fingerprint-codec.js";
import type { Database } from "./database.js";
import type { StoreDialect } from "./sqlite-dialect.js";

/** Candidate-lookup keys as stored in `postings.fp_keys` (little-endian uint32). */
export const encodeKeys = (keys: readonly number[]): Uint8Array => {
  const bytes = new Uint8Array(keys.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < keys.length; i++) view.setUint32(i * 4, keys[i]! >>> 0, true);
  return bytes;
};

export const decodeKeys = (bytes: Uint8Array): number[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys: number[] = new Array(bytes.byteLength >> 2);
  for (let i = 0; i < keys.length; i++) keys[i] = view.getUint32(i * 4, true) | 0;
  return keys;
};

const PAGE = 5000;

/** A stored fingerprint: binary (fingerprint-codec.ts), or JSON text in rows from before it. */
export const readFingerprint = (value: Uint8Array | string, keys: Uint8Array): Fingerprint | null => {
  if (typeof value !== "string") return decodeFingerprint(value, decodeKeys(keys));
  const parsed = JSON.parse(value) as Fingerprint;
  return parsed.v === FINGERPRINT_VERSION ? parsed : null;
};

/**
 * The process's cache of the clustering: which offer each publishable posting belongs to, the
 * members of each offer, and the candidate index over their fingerprints. The database is the
 * truth (table posting_clusters): the cache is loaded from it, and follows the changes of every
 * process by their change number, given in commit order under the write lock.
 */
export class DedupState {
  readonly index = new CandidateIndex<number>({ maxPerKey: 500 });
  private readonly offerOfPosting = new Map<number, string>();
  private readonly membersOfOffer = new Map<string, Set<number>>();
  private syncedSeq = 0;

  offerOf(postingId: number): string | undefined {
    return this.offerOfPosting.get(postingId);
  }

  members(offerId: string): ReadonlySet<number> {
    return this.membersOfOffer.get(offerId) ?? new Set();
  }

  isLive(offerId: string): boolean {
    return (this.membersOfOffer.get(offerId)?.size ?? 0) > 0;
  }

  /** Put a posting in an offer, under its candidate keys. */
  attach(postingId: number, offerId: string, keys: readonly number[]): void {
    this.detach(postingId);
    this.offerOfPosting.set(postingId, offerId);
    let members = this.membersOfOffer.get(offerId);
    if (!members) {
      members = new Set();
      this.membersOfOffer.set(offerId, members);
    }
    members.add(postingId);
    this.index.add(postingId, { keys });
  }

  /** Take a posting out of its offer and of the index; returns the offer it left. */
  detach(postingId: number): string | undefined {
    const offerId = this.offerOfPosting.get(postingId);
    this.index.remove(postingId);
    if (offerId === undefined) return undefined;
    this.offerOfPosting.delete(postingId);
    const members = this.membersOfOffer.get(offerId);
    members?.delete(postingId);
    if (members?.size === 0) this.membersOfOffer.delete(offerId);
    return offerId;
  }

  /** Apply the clustering changes committed since the last sync (by this or another process). */
  async refresh(db: Kysely<Database>): Promise<void> {
    const since = this.syncedSeq;
    const rows = db
      .selectFrom("posting_clusters")
      .select(["posting_id", "offer_id", "keys", "seq"])
      .where("seq", ">", since)
      .$if(since === 0, (q) => q.where("offer_id", "is not", null))
      .orderBy("seq")
      .stream(PAGE);
    for await (const row of rows) {
      if (row.offer_id) this.attach(row.posting_id, row.offer_id, decodeKeys(row.keys));
      else this.detach(row.posting_id);
      if (row.seq > this.syncedSeq) this.syncedSeq = row.seq;
    }
  }

  /** Forget everything: the next refresh reloads the whole clustering from the database. */
  reset(): void {
    for (const id of [...this.offerOfPosting.keys()]) this.detach(id);
    this.syncedSeq = 0;
  }

  /** Record that this process's own write of change number `seq` is already in the cache. */
  markSynced(seq: number): void {
    if (seq > this.syncedSeq) this.syncedSeq = seq;
  }
}

/**
 * Start a write to the clustering inside a transaction: a new change number (which takes the
 * write lock at once), then the cache brought up to date with everything committed before.
 */
export const beginClusterWrite = async (
  trx: Kysely<Database>,
  dialect: StoreDialect,
  state: DedupState,
): Promise<number> => {
  const seq = await dialect.reserveIds(trx as Kysely<unknown>, "posting_clusters", 1);
  await state.refresh(trx);
  return seq;
};

/** Record postings that left their offers (closed, no longer publishable). */
export const leaveClusters = async (trx: Kysely<Database>, ids: readonly number[], seq: number) => {
  for (let i = 0; i < ids.length; i += 500) {
    await trx
      .updateTable("posting_clusters")
      .set({ offer_id: null, seq })
      .where("posting_id", "in", ids.slice(i, i + 500))
      .where("offer_id", "is not", null)
      .execute();
  }
};

/** Record postings placed in offers, with their keys and fingerprints. */
export const joinClusters = async (
  trx: Kysely<Database>,
  rows: ReadonlyArray<{ postingId: number; offerId: string; fingerprint: Fingerprint }>,
  seq: number,
) => {
  for (let i = 0; i < rows.length; i += 100) {
    const values = rows.slice(i, i + 100).map((r) => ({
      posting_id: r.postingId,
      offer_id: r.offerId,
      seq,
      keys: encodeKeys(r.fingerprint.keys),
      fingerprint: encodeFingerprint(r.fingerprint),
    }));
    await trx
      .insertInto("posting_clusters")
      .values(values)
      .onConflict((oc) =>
        oc.column("posting_id").doUpdateSet((eb) => ({
          offer_id: eb.ref("excluded.offer_id"),
          seq: eb.ref("excluded.seq"),
          keys: eb.ref("excluded.keys"),
          fingerprint: eb.ref("excluded.fingerprint"),
        })),
      )
      .execute();
  }
};
