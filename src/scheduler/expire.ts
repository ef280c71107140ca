/**
 * Expiry: a posting leaves when its expiry date has passed, or when its partner has not
 * confirmed it (listed it in a feed, answered 304, pushed it) for too long. Closed like a posting
 * absent from a snapshot (`closePostings`): its offer keeps its other sources, or is withdrawn
 * with a `removed` change.
 */
import type { Store } from "../storage/connect.js";
import { closePostings } from "../storage/posting-writer.js";

export const DEFAULT_UNCONFIRMED_DAYS = 42;
const DAY_MS = 86_400_000;
const CHUNK = 500;

export interface ExpiryOptions {
  /** Days without confirmation after which a posting expires (6 weeks by default). */
  maxUnconfirmedDays?: number;
  /** Partners being pulled right now: their postings are about to be confirmed, leave them. */
  skipPartnerIds?: Iterable<number>;
}

export interface ExpiryReport {
  /** Closed because their expiry date has passed. */
  expired: number;
  /** Closed because their partner stopped confirming them. */
  unconfirmed: number;
}

/** Close expired and unconfirmed postings at `now` (see the module comment). */
export const expirePostings = async (
  store: Store,
  now: Date,
  options: ExpiryOptions = {},
): Promise<ExpiryReport> => {
  const at = now.toISOString();
  const days = options.maxUnconfirmedDays ?? DEFAULT_UNCONFIRMED_DAYS;
  const limit = new Date(now.getTime() - days * DAY_MS).toISOString();
  const skip = [...(options.skipPartnerIds ?? [])];
  const report: ExpiryReport = { expired: 0, unconfirmed: 0 };
  const done = new Set<number>();
  // Chunk by chunk, each selected just before it is closed: a pull may confirm some meanwhile.
  for (;;) {
    let query = store.db
      .selectFrom("postings")
      .select(["id", "offer_id", "expires_at"])
      .where("status", "!=", "closed")
      .where((eb) =>
        eb.or([
          eb("expires_at", "<=", at),
          eb.and([
            eb("last_seen_at", "<", limit),
            // Confirmed with the partner's last complete snapshot: not unconfirmed.
            eb(
              "partner_id",
              "not in",
              eb.selectFrom("partners").select("id").where("confirmed_at", ">=", limit),
            ),
          ]),
        ]),
      )
      .orderBy("id")
      .limit(CHUNK);
    if (skip.length > 0) query = query.where("partner_id", "not in", skip);
    const due = await query.execute();
    if (due.length === 0) return report;
    // Never loop on postings that a close did not take.
    if (due.some((row) => done.has(row.id))) throw new Error("expiry: postings still open after closing");
    for (const row of due) done.add(row.id);
    await closePostings(store, due, now);
    for (const row of due) {
      if (row.expires_at !== null && row.expires_at <= at) report.expired++;
      else report.unconfirmed++;
    }
  }
};
