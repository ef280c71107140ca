/**
 * What differs between SQLite and PostgreSQL. Everything else in the store is portable Kysely
 * (upserts included: Kysely's `onConflict` speaks both). Text search is not here: it runs in the
 * in-memory engine (src/search), built from the database the same way on both.
 */
export interface StoreDialect {
  readonly name: "sqlite" | "postgres";
}

export const sqliteDialect: StoreDialect = { name: "sqlite" };
