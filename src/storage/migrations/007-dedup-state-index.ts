import type { Kysely, Migration } from "kysely";

/**
 * The clustering cache reads (id, status, offer_id, keys) of many postings: a covering index lets
 * it do so without reading the postings' large JSON columns.
 */
export const dedupStateIndex = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex("postings_updated").ifExists().execute();
    await db.schema
      .createIndex("postings_dedup_state")
      .on("postings")
      .columns(["updated_at", "id", "status", "offer_id", "fp_keys"])
      .execute();
  },
});
