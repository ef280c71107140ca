import type { Kysely, Migration } from "kysely";
import type { StoreDialect } from "../sqlite-dialect.js";

const serial = (dialect: StoreDialect) => (dialect.name === "postgres" ? "bigserial" : "integer");

/** An auto-incremented primary key: AUTOINCREMENT on SQLite keeps ids monotonic, never reused. */
const primaryKey =
  (dialect: StoreDialect) =>
  <T extends { primaryKey(): T; autoIncrement(): T }>(column: T): T =>
    dialect.name === "postgres" ? column.primaryKey() : column.primaryKey().autoIncrement();

/** Partners, ingestion runs, postings, offers and the change log. */
export const initialSchema = (dialect: StoreDialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("partners")
      .addColumn("id", serial(dialect), primaryKey(dialect))
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("format", "text")
      .addColumn("mapping", "text")
      .addColumn("feed_url", "text")
      .addColumn("cadence_minutes", "integer")
      .addColumn("rank", "real", (c) => c.notNull().defaultTo(0.5))
      .addColumn("employers_show_name", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("ingestion_runs")
      .addColumn("id", serial(dialect), primaryKey(dialect))
      .addColumn("partner_id", "integer", (c) => c.notNull().references("partners.id").onDelete("cascade"))
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text")
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("sources", "text", (c) => c.notNull())
      .addColumn("received", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("new", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("updated", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("unchanged", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("rejected", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("review", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("duplicates", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("closed", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("errors", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("close_skipped_reason", "text")
      .addColumn("message", "text")
      .addColumn("record_errors", "text", (c) => c.notNull().defaultTo("[]"))
      .execute();
    await db.schema
      .createIndex("ingestion_runs_partner")
      .on("ingestion_runs")
      .columns(["partner_id", "id"])
      .execute();

    await db.schema
      .createTable("postings")
      .addColumn("id", serial(dialect), primaryKey(dialect))
      .addColumn("partner_id", "integer", (c) => c.notNull().references("partners.id").onDelete("cascade"))
      .addColumn("reference", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("offer_id", "text")
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("url", "text")
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("raw", "text", (c) => c.notNull())
      .addColumn("compliance", "text", (c) => c.notNull())
      .addColumn("first_seen_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("closed_at", "text")
      .addColumn("expires_at", "text")
      .addUniqueConstraint("postings_partner_reference", ["partner_id", "reference"])
      .execute();
    await db.schema.createIndex("postings_offer").on("postings").column("offer_id").execute();
    await db.schema.createIndex("postings_status").on("postings").columns(["partner_id", "status"]).execute();

    await db.schema
      .createTable("offers")
      .addColumn("num", serial(dialect), primaryKey(dialect))
      .addColumn("id", "text", (c) => c.notNull().unique())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("canonical_posting_id", "integer", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("employer_name", "text")
      .addColumn("commune", "text")
      .addColumn("postal_code", "text")
      .addColumn("city", "text")
      .addColumn("departement", "text")
      .addColumn("region", "text")
      .addColumn("lat", "real")
      .addColumn("lon", "real")
      .addColumn("contract_type", "text")
      .addColumn("rome_code", "text")
      .addColumn("salary_hourly", "real")
      .addColumn("salary_annual", "real")
      .addColumn("remote", "text")
      .addColumn("published_at", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("removed_at", "text")
      .addColumn("data", "text", (c) => c.notNull())
      .execute();
    for (const column of ["departement", "region", "contract_type", "rome_code", "published_at", "lat"]) {
      await db.schema.createIndex(`offers_${column}`).on("offers").columns(["status", column]).execute();
    }

    await db.schema
      .createTable("changes")
      .addColumn("seq", serial(dialect), primaryKey(dialect))
      .addColumn("offer_id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("changes_offer").on("changes").column("offer_id").execute();
  },
});
