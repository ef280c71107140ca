import type { Kysely, Migration } from "kysely";

/**
 * When a partner's complete, trusted snapshot (or a 304 on it) last confirmed all its open
 * postings: confirming them one by one would rewrite every row of every feed at every pull.
 */
export const partnerConfirmation = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("partners").addColumn("confirmed_at", "text").execute();
    await db.schema
      .createIndex("postings_open_seen")
      .on("postings")
      .columns(["status", "last_seen_at"])
      .execute();
  },
});
