import type { Kysely, Migration } from "kysely";

/**
 * Versions of what the database holds computed by the code (fingerprints, analysed search
 * terms): when the code's version differs, storage/upgrade.ts recomputes them at start-up.
 */
export const meta = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("meta")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
  },
});
