import { EventEmitter } from "node:events";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, type SqliteDatabase as SqliteDatabaseLike, SqliteDialect } from "kysely";
import { AppError } from "../errors.js";
import type { Database } from "./database.js";
import { DedupState } from "./dedup-state.js";
import { migrateToLatest } from "./migrate.js";
import { type StoreDialect, sqliteDialect } from "./sqlite-dialect.js";
import { upgradeComputedData } from "./upgrade.js";

/** An open database: the Kysely instance, the dialect-specific parts, and how to close it. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  readonly url: string;
  /**
   * Run `fn` while no other writer of this process runs: writes read-then-write (lookups, then
   * a transaction), and SQLite has one writer anyway.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Emits "changes" after a write appended to the change log (wakes live streams at once). */
  readonly events: EventEmitter;
  /**
   * A second connection for reads that must not wait for this process's write transactions
   * (lookups of the next batch, HTTP reads); it sees committed data only. The same as `db` for
   * an in-memory database.
   */
  readonly reader: Kysely<Database>;
  /** The clustering cache of this process, loaded on first use and refreshed from the database. */
  dedup(): Promise<DedupState>;
  close(): Promise<void>;
}

/** A promise-chain mutex. */
const createExclusive = () => {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
};

const sqlitePath = (url: string): string => {
  const path = url.slice("sqlite:".length);
  if (path === "") throw new AppError("CONFIG_INVALID", "DATABASE_URL : chemin SQLite vide.");
  return path === ":memory:" ? path : resolve(path);
};

const STATEMENT_CACHE = 500;

/**
 * better-sqlite3 with its prepared statements cached by SQL text: Kysely prepares every query
 * afresh, and preparing costs more than running the small, repeated statements of an ingest.
 */
const withStatementCache = (database: SqliteDatabase.Database): SqliteDatabaseLike => {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
};

const openSqlite = (url: string): Store => {
  const path = sqlitePath(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  // 16 kB pages for a new database (only possible before its first write): a posting row (raw and
  // normalised JSON, ~6 kB) then fits in one page instead of a chain of overflow pages, which
  // halves the cost of writing it and of reading a column stored after it.
  if (database.pragma("page_count", { simple: true }) === 0) database.pragma("page_size = 16384");
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  database.pragma("cache_size = -65536");
  database.pragma("temp_store = MEMORY");
  // Checkpoint the write-ahead log every 64 MB rather than every 1,000 pages: fewer pauses in bulk ingests.
  const pageSize = database.pragma("page_size", { simple: true }) as number;
  database.pragma(`wal_autocheckpoint = ${Math.round((64 * 1024 * 1024) / pageSize)}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  const events = new EventEmitter();
  events.setMaxListeners(0);
  let dedup: Promise<DedupState> | undefined;
  let reader: Kysely<Database> | undefined;
  const openReader = () => {
    const connection = new SqliteDatabase(path, { readonly: true });
    connection.pragma("busy_timeout = 5000");
    connection.pragma("cache_size = -32768");
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  };
  return {
    db,
    get reader() {
      // Opened on first use: the database exists and is migrated by then.
      reader ??= path === ":memory:" ? db : openReader();
      return reader;
    },
    dialect: sqliteDialect,
    url,
    exclusive: createExclusive(),
    events,
    dedup: () => {
      dedup ??= (async () => {
        const state = new DedupState();
        await state.refresh(db);
        return state;
      })();
      return dedup;
    },
    close: async () => {
      if (reader && reader !== db) await reader.destroy();
      await db.destroy();
    },
  };
};

/** Open the database named by `url`, creating and migrating it when needed. */
export const openStore = async (url: string): Promise<Store> => {
  if (!url.startsWith("sqlite:")) {
    throw new AppError(
      "CONFIG_INVALID",
      `Base de données non prise en charge pour l'instant : « ${url.split(":")[0]} » (seul sqlite: l'est).`,
    );
  }
  const store = openSqlite(url);
  try {
    await migrateToLatest(store.db, store.dialect);
    await upgradeComputedData(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
};
