import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "./errors.js";

/** Configuration, parsed once from the environment by `main.ts`. */
export interface Config {
  /** `sqlite:<file>` (default `sqlite:./var/emploi.sqlite`), `sqlite::memory:` or `postgres://…`. */
  readonly databaseUrl: string;
  readonly host: string;
  readonly port: number;
  /** Folder of the open-data référentiels (ROME, INSEE, La Poste…). */
  readonly dataDir: string;
  /** Folder of the sample partner feeds used by the demo. */
  readonly fixturesDir: string;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "silent";
  /** A posting its partner has not confirmed for this many days expires (EMPLOI_UNCONFIRMED_DAYS, 42). */
  readonly unconfirmedDays: number;
  /** Bearer token of the operators' admin API (EMPLOI_ADMIN_TOKEN); null disables that API. */
  readonly adminToken: string | null;
  /**
   * Worker threads that prepare postings (normalise, screen, fingerprint) during ingests
   * (EMPLOI_WORKERS; default: one per core beyond the first, at least one; 0: on the main thread).
   */
  readonly workers: number;
}

const PROJECT_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "silent"] as const;

const parsePort = (value: string | undefined): number => {
  if (value === undefined || value === "") return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError("CONFIG_INVALID", `PORT invalide : « ${value} » (entier de 0 à 65535 attendu).`);
  }
  return port;
};

const parseDatabaseUrl = (value: string | undefined): string => {
  const url = value === undefined || value === "" ? "sqlite:./var/emploi.sqlite" : value;
  if (!/^(sqlite:|postgres:\/\/|postgresql:\/\/)/.test(url)) {
    throw new AppError(
      "CONFIG_INVALID",
      `DATABASE_URL invalide : « ${url} » (attendu sqlite:<fichier> ou postgres://…).`,
    );
  }
  return url;
};

const parseLogLevel = (value: string | undefined): Config["logLevel"] => {
  if (value === undefined || value === "") return "info";
  const level = LOG_LEVELS.find((l) => l === value);
  if (!level) throw new AppError("CONFIG_INVALID", `LOG_LEVEL invalide : « ${value} ».`);
  return level;
};

const parseUnconfirmedDays = (value: string | undefined): number => {
  if (value === undefined || value === "") return 42;
  const days = Number(value);
  if (!Number.isFinite(days) || days <= 0) {
    throw new AppError(
      "CONFIG_INVALID",
      `EMPLOI_UNCONFIRMED_DAYS invalide : « ${value} » (nombre de jours positif attendu).`,
    );
  }
  return days;
};

const parseAdminToken = (value: string | undefined): string | null => {
  if (value === undefined || value === "") return null;
  if (value.length < 16) {
    throw new AppError("CONFIG_INVALID", "EMPLOI_ADMIN_TOKEN trop court : 16 caractères au moins.");
  }
  return value;
};

const parseWorkers = (value: string | undefined): number => {
  if (value === undefined || value === "") return Math.max(1, availableParallelism() - 1);
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
    throw new AppError(
      "CONFIG_INVALID",
      `EMPLOI_WORKERS invalide : « ${value} » (entier de 0 à 64 attendu).`,
    );
  }
  return workers;
};

/** Read the configuration from environment variables; fails fast on invalid values. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  Object.freeze({
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    host: env.HOST || "127.0.0.1",
    port: parsePort(env.PORT),
    dataDir: resolve(env.EMPLOI_DATA_DIR || resolve(PROJECT_ROOT, "../shared/data")),
    fixturesDir: resolve(
      env.EMPLOI_FIXTURES_DIR || resolve(PROJECT_ROOT, "../shared/fixtures/partner-feeds"),
    ),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    unconfirmedDays: parseUnconfirmedDays(env.EMPLOI_UNCONFIRMED_DAYS),
    adminToken: parseAdminToken(env.EMPLOI_ADMIN_TOKEN),
    workers: parseWorkers(env.EMPLOI_WORKERS),
  });
