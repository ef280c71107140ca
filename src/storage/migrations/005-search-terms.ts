import { type Kysely, type Migration, sql } from "kysely";
import type { StoreDialect } from "../sqlite-dialect.js";

/**
 * Search moves to an in-memory engine built from the database: offers keep their analysed terms
 * (so a process builds its index without analysing every description again), and the SQLite text
 * index goes.
 */
export const searchTerms = (dialect: StoreDialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("offers")
      .addColumn("title_terms", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await db.schema
      .alterTable("offers")
      .addColumn("body_terms", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    if (dialect.name === "sqlite") await sql`DROP TABLE IF EXISTS offers_text`.execute(db);
  },
});
