import { type AliasedRawBuilder, type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "./database.js";

/** One row of the text index: an offer's analysed title and body terms. */
export interface TextIndexRow {
  num: number;
  title: string;
  body: string;
}

/**
 * What differs between SQLite and PostgreSQL. Everything else in the store is portable Kysely.
 */
export interface StoreDialect {
  readonly name: "sqlite" | "postgres";
  /** Create the text index (called by the migrations). */
  createTextIndex(db: Kysely<unknown>): Promise<void>;
  /** Insert or replace the indexed terms of offers. */
  indexOffers(db: Kysely<Database>, rows: readonly TextIndexRow[]): Promise<void>;
  /** Remove offers from the text index. */
  unindexOffers(db: Kysely<Database>, nums: readonly number[]): Promise<void>;
  /** Offers whose text holds every term, with a relevance rank (lower is better), as `m(num, rank)`. */
  matchOffers(terms: readonly string[]): AliasedRawBuilder<{ num: number; rank: number }, "m">;
  /** Great-circle distance in km from the point (lat, lon) to the offer's coordinates. */
  distanceKm(lat: number, lon: number): RawBuilder<number>;
}

const quoteTerm = (term: string): string => `"${term.replace(/"/g, '""')}"`;

export const sqliteDialect: StoreDialect = {
  name: "sqlite",

  async createTextIndex(db) {
    await sql`CREATE VIRTUAL TABLE IF NOT EXISTS offers_text USING fts5(
      title, body, content='', contentless_delete=1, detail=column,
      tokenize='unicode61 remove_diacritics 0')`.execute(db);
  },

  async indexOffers(db, rows) {
    if (rows.length === 0) return;
    await this.unindexOffers(
      db,
      rows.map((r) => r.num),
    );
    for (let i = 0; i < rows.length; i += 300) {
      const chunk = rows.slice(i, i + 300);
      const values = sql.join(chunk.map((r) => sql`(${r.num}, ${r.title}, ${r.body})`));
      await sql`INSERT INTO offers_text (rowid, title, body) VALUES ${values}`.execute(db);
    }
  },

  async unindexOffers(db, nums) {
    for (let i = 0; i < nums.length; i += 500) {
      const chunk = nums.slice(i, i + 500);
      await sql`DELETE FROM offers_text WHERE rowid IN (${sql.join(chunk)})`.execute(db);
    }
  },

  matchOffers(terms) {
    const expression = terms.map(quoteTerm).join(" ");
    return sql<{ num: number; rank: number }>`(SELECT rowid AS num, bm25(offers_text, 4.0, 1.0) AS rank
      FROM offers_text WHERE offers_text MATCH ${expression})`.as("m");
  },

  distanceKm(lat, lon) {
    return sql<number>`(6371.0 * acos(min(1.0, max(-1.0,
      sin(radians(offers.lat)) * sin(radians(${lat})) +
      cos(radians(offers.lat)) * cos(radians(${lat})) * cos(radians(offers.lon) - radians(${lon}))))))`;
  },
};
