import type { Kysely, Migration } from "kysely";
import type { StoreDialect } from "../sqlite-dialect.js";

/** Fingerprints and merge evidence on postings, and the possible duplicates left to operators. */
export const deduplication = (dialect: StoreDialect): Migration => ({
  async up(db: Kysely<unknown>) {
    const blob = dialect.name === "postgres" ? "bytea" : "blob";
    await db.schema.alterTable("postings").addColumn("fingerprint", "text").execute();
    await db.schema.alterTable("postings").addColumn("fp_keys", blob).execute();
    await db.schema.alterTable("postings").addColumn("dedup", "text").execute();
    await db.schema.createIndex("postings_updated").on("postings").column("updated_at").execute();

    await db.schema
      .createTable("possible_duplicates")
      .addColumn("posting_id", "integer", (c) => c.notNull().references("postings.id").onDelete("cascade"))
      .addColumn("other_posting_id", "integer", (c) =>
        c.notNull().references("postings.id").onDelete("cascade"),
      )
      .addColumn("score", "real", (c) => c.notNull())
      .addColumn("evidence", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("possible_duplicates_pk", ["posting_id", "other_posting_id"])
      .execute();
    await db.schema
      .createIndex("possible_duplicates_other")
      .on("possible_duplicates")
      .column("other_posting_id")
      .execute();
  },
});
