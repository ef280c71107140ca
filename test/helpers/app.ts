import { PassThrough } from "node:stream";
import { type CliContext, createCliContext } from "../../src/cli/app.js";
import { type Config, loadConfig } from "../../src/config.js";
import type { GeoIndex } from "../../src/referentials/geo.js";
import { loadGeo } from "../../src/referentials/geo-load.js";
import type { RomeIndex } from "../../src/referentials/rome.js";
import { loadRome } from "../../src/referentials/rome-load.js";
import { DATA_DIR, FIXTURES_DIR } from "./paths.js";

let referentials: Promise<{ geo: GeoIndex; rome: RomeIndex }> | undefined;

/** The référentiels, loaded once per test file. */
export const testReferentials = () => {
  referentials ??= Promise.all([loadGeo(DATA_DIR), loadRome(DATA_DIR)]).then(([geo, rome]) => ({
    geo,
    rome,
  }));
  return referentials;
};

/** A configuration on an in-memory database (or the given URL). */
export const testConfig = (databaseUrl = "sqlite::memory:"): Config =>
  loadConfig({
    DATABASE_URL: databaseUrl,
    EMPLOI_DATA_DIR: DATA_DIR,
    EMPLOI_FIXTURES_DIR: FIXTURES_DIR,
    LOG_LEVEL: "silent",
  });

/** A CLI context whose outputs are captured, sharing the test référentiels. */
export const testCliContext = (
  databaseUrl?: string,
): CliContext & { out: () => string; err: () => string } => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => {
    out += c;
  });
  stderr.on("data", (c) => {
    err += c;
  });
  const ctx = createCliContext(testConfig(databaseUrl), stdout, stderr);
  return { ...ctx, referentials: testReferentials, out: () => out, err: () => err };
};

/** The HTTP app on the test context's store (not listening: use `inject`). */
export const testServer = async (
  ctx: CliContext,
  options: { adminToken?: string | null; now?: () => Date } = {},
) => {
  const { buildServer } = await import("../../src/http/server.js");
  return buildServer({
    store: await ctx.store(),
    referentials: await testReferentials(),
    screen: ctx.screen,
    now: options.now ?? (() => new Date()),
    adminToken: options.adminToken ?? null,
    logLevel: "silent",
  });
};
