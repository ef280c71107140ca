import type { Kysely } from "kysely";
import type { OfferView } from "../offer/offer-view.js";
import type { Database } from "./database.js";

/** One entry of the change stream. A removal is a tombstone: the id, never the content. */
export type ChangeEntry =
  | { cursor: string; kind: "created" | "updated"; id: string; at: string; offer: OfferView }
  | { cursor: string; kind: "removed"; id: string; at: string };

/** The sequence number of the latest change (0 when there is none). */
export const latestSeq = async (db: Kysely<Database>): Promise<number> => {
  const row = await db
    .selectFrom("changes")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
};

/**
 * Changes after `after`, in order. A created/updated entry carries the offer's current view (a
 * consumer replaying the stream ends with the current state); an entry whose offer has since been
 * removed becomes a tombstone.
 */
export const readChanges = async (
  db: Kysely<Database>,
  after: number,
  limit: number,
): Promise<ChangeEntry[]> => {
  const rows = await db
    .selectFrom("changes")
    .leftJoin("offers", "offers.id", "changes.offer_id")
    .select(["changes.seq", "changes.kind", "changes.offer_id", "changes.at", "offers.status", "offers.data"])
    .where("changes.seq", ">", after)
    .orderBy("changes.seq")
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const base = { cursor: String(r.seq), id: r.offer_id, at: r.at };
    if (r.kind === "removed" || r.status !== "published" || !r.data)
      return { ...base, kind: "removed" as const };
    return { ...base, kind: r.kind as "created" | "updated", offer: JSON.parse(r.data) as OfferView };
  });
};
