import type { Kysely } from "kysely";
import { CandidateIndex } from "../dedup/candidate-index.js";
import type { Database } from "./database.js";

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

const CLUSTERED = ["published", "duplicate"];
const PAGE = 5000;

/**
 * The process's cache of the clustering: which offer each publishable posting belongs to, the
 * members of each offer, and the candidate index over their fingerprints. The database is the
 * truth: the cache is loaded from it, and refreshed from the postings other processes changed.
 */
export class DedupState {
  readonly index = new CandidateIndex<number>({ maxPerKey: 500 });
  private readonly offerOfPosting = new Map<number, string>();
  private readonly membersOfOffer = new Map<string, Set<number>>();
  private syncedAt = "";

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

  /** Apply the postings changed since the last sync (by this or another process). */
  async refresh(db: Kysely<Database>): Promise<void> {
    const since = this.syncedAt;
    let newest = since;
    // A range on updated_at, read from the covering index postings_dedup_state (no JSON columns).
    const rows = db
      .selectFrom("postings")
      .select(["id", "status", "offer_id", "fp_keys", "updated_at"])
      .where("updated_at", ">", since)
      .$if(since === "", (q) => q.where("status", "in", CLUSTERED))
      .stream(PAGE);
    for await (const row of rows) {
      if (CLUSTERED.includes(row.status) && row.offer_id && row.fp_keys) {
        this.attach(row.id, row.offer_id, decodeKeys(row.fp_keys));
      } else {
        this.detach(row.id);
      }
      if (row.updated_at > newest) newest = row.updated_at;
    }
    this.syncedAt = newest;
  }

  /** Forget everything: the next refresh reloads the whole clustering from the database. */
  reset(): void {
    for (const id of [...this.offerOfPosting.keys()]) this.detach(id);
    this.syncedAt = "";
  }

  /** Record that everything written up to `at` by this process is already in the cache. */
  markSynced(at: string): void {
    if (at > this.syncedAt) this.syncedAt = at;
  }
}
