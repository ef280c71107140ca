/** The scheduler's state per partner (`partner_pulls`) and what it reads of the partners. */
import type { Kysely, Selectable } from "kysely";
import type { Database, PartnerPullsTable, PartnerRow } from "../storage/database.js";
import type { PullCandidate } from "./schedule.js";

export type PullState = Selectable<PartnerPullsTable>;

/** Every partner with a feed URL, with its pull state (null columns when never pulled). */
export const loadCandidates = async (db: Kysely<Database>): Promise<Array<PartnerRow & PullCandidate>> => {
  const rows = await db
    .selectFrom("partners as p")
    .leftJoin("partner_pulls as s", "s.partner_id", "p.id")
    .selectAll("p")
    .select(["s.last_attempt_at", "s.next_attempt_at", "s.consecutive_failures"])
    .where("p.feed_url", "is not", null)
    .execute();
  return rows;
};

export const loadPullState = (db: Kysely<Database>, partnerId: number): Promise<PullState | undefined> =>
  db.selectFrom("partner_pulls").selectAll().where("partner_id", "=", partnerId).executeTakeFirst();

/** Create or replace a partner's pull state. */
export const savePullState = async (db: Kysely<Database>, state: PullState): Promise<void> => {
  const { partner_id: _, ...rest } = state;
  await db
    .insertInto("partner_pulls")
    .values(state)
    .onConflict((oc) => oc.column("partner_id").doUpdateSet(rest))
    .execute();
};

/**
 * A 304 confirms every open posting of the partner: the feed still lists them. Without this,
 * a feed that does not change for weeks would let its postings expire as unconfirmed.
 */
export const confirmOpenPostings = async (db: Kysely<Database>, partnerId: number, at: string) => {
  await db.updateTable("partners").set({ confirmed_at: at }).where("id", "=", partnerId).execute();
};
