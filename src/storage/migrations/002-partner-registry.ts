import type { Kysely, Migration } from "kysely";

/** Partner kind and push credential, pull state for the scheduler, and what triggered each run. */
export const partnerRegistry = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("partners")
      .addColumn("kind", "text", (c) => c.notNull().defaultTo("board"))
      .execute();
    await db.schema.alterTable("partners").addColumn("token_hash", "text").execute();
    await db.schema
      .alterTable("partners")
      .addColumn("enabled", "integer", (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .alterTable("ingestion_runs")
      .addColumn("trigger", "text", (c) => c.notNull().defaultTo("cli"))
      .execute();

    await db.schema
      .createTable("partner_pulls")
      .addColumn("partner_id", "integer", (c) => c.primaryKey().references("partners.id").onDelete("cascade"))
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("last_attempt_at", "text")
      .addColumn("last_success_at", "text")
      .addColumn("next_attempt_at", "text")
      .addColumn("consecutive_failures", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_status", "text")
      .addColumn("last_error", "text")
      .execute();
  },
});
