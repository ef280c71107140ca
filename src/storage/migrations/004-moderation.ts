import type { Kysely, Migration } from "kysely";
import type { StoreDialect } from "../sqlite-dialect.js";

/** Moderators' decisions (kept for the authorities) and daily compliance counters per partner. */
export const moderation = (dialect: StoreDialect): Migration => ({
  async up(db: Kysely<unknown>) {
    const id = dialect.name === "postgres" ? "bigserial" : "integer";
    await db.schema
      .createTable("moderation_decisions")
      .addColumn("id", id, (c) =>
        dialect.name === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn("posting_id", "integer", (c) => c.notNull().references("postings.id").onDelete("cascade"))
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("decision", "text", (c) => c.notNull())
      .addColumn("operator", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("findings", "text", (c) => c.notNull())
      .addColumn("decided_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("moderation_decisions_posting")
      .on("moderation_decisions")
      .column("posting_id")
      .execute();

    await db.schema
      .createTable("compliance_daily")
      .addColumn("partner_id", "integer", (c) => c.notNull().references("partners.id").onDelete("cascade"))
      .addColumn("day", "text", (c) => c.notNull())
      .addColumn("screened", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("accepted", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("review", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("rejected", "integer", (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint("compliance_daily_pk", ["partner_id", "day"])
      .execute();
    await db.schema
      .createTable("compliance_rule_daily")
      .addColumn("partner_id", "integer", (c) => c.notNull().references("partners.id").onDelete("cascade"))
      .addColumn("day", "text", (c) => c.notNull())
      .addColumn("rule", "text", (c) => c.notNull())
      .addColumn("count", "integer", (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint("compliance_rule_daily_pk", ["partner_id", "day", "rule"])
      .execute();
  },
});
