/**
 * What differs between SQLite and PostgreSQL. Everything else in the store is portable Kysely
 * (upserts included: Kysely's `onConflict` speaks both). Text search is not here: it runs in the
 * in-memory engine (src/search), built from the database the same way on both.
 */
import { type Kysely, sql } from "kysely";

export interface StoreDialect {
  readonly name: "sqlite" | "postgres";
  /**
   * Reserve `count` consecutive ids of an auto-increment table inside a write transaction; returns
   * the first. Rows are then inserted with their ids known in advance (a posting is placed in its
   * offer before its row is written, so that the row is written once).
   */
  reserveIds(trx: Kysely<unknown>, table: string, count: number): Promise<number>;
}

export const sqliteDialect: StoreDialect = {
  name: "sqlite",
  async reserveIds(trx, table, count) {
    // sqlite_sequence holds the largest id an AUTOINCREMENT table ever used; writing it takes the
    // write lock at once, so two writers cannot reserve the same ids.
    const updated = await sql<{ seq: number }>`
      UPDATE sqlite_sequence SET seq = seq + ${count} WHERE name = ${table} RETURNING seq`.execute(trx);
    const seq = updated.rows[0]?.seq;
    if (seq !== undefined) return seq - count + 1;
    await sql`INSERT INTO sqlite_sequence (name, seq) VALUES (${table}, ${count})`.execute(trx);
    return 1;
  },
};
