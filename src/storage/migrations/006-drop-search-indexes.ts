import type { Kysely, Migration } from "kysely";

/** Search runs in memory: the SQL indexes made for filtering offers only slow their writes down. */
export const dropSearchIndexes = (): Migration => ({
  async up(db: Kysely<unknown>) {
    for (const column of ["departement", "region", "contract_type", "rome_code", "published_at", "lat"]) {
      await db.schema.dropIndex(`offers_${column}`).ifExists().execute();
    }
  },
});
