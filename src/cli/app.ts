import type { Config } from "../config.js";
import type { SourceParser } from "../ingest/mapping-feed.js";
import { inlinePrepare, type PrepareStage } from "../pipeline/prepare.js";
import { complianceScreen } from "../pipeline/screen.js";
import type { GeoIndex } from "../referentials/geo.js";
import { loadGeo } from "../referentials/geo-load.js";
import type { RomeIndex } from "../referentials/rome.js";
import { loadRome } from "../referentials/rome-load.js";
import { openStore, type Store } from "../storage/connect.js";
import type { ScreenStage } from "../storage/posting-writer.js";
import { createFeedPool, type FeedPool } from "../threads/feed-pool.js";
import { createPreparePool, type PreparePool } from "../threads/prepare-pool.js";

/** What commands share: the configuration, the standard streams, and lazily opened services. */
export interface CliContext {
  readonly config: Config;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  store(): Promise<Store>;
  referentials(): Promise<{ geo: GeoIndex; rome: RomeIndex }>;
  readonly screen: ScreenStage;
  /** Where ingests prepare postings: worker threads (EMPLOI_WORKERS), or inline with `screen`. */
  prepare(): Promise<PrepareStage>;
  /** Where feeds are parsed: worker threads (EMPLOI_WORKERS), or this thread. */
  parser(): SourceParser | undefined;
  /** Release what was opened. */
  close(): Promise<void>;
}

/** The services of one CLI invocation, opened on first use. */
export const createCliContext = (
  config: Config,
  stdout: NodeJS.WritableStream,
  stderr: CliContext["stderr"],
): CliContext => {
  let store: Promise<Store> | undefined;
  let referentials: Promise<{ geo: GeoIndex; rome: RomeIndex }> | undefined;
  let pool: PreparePool | undefined;
  let feeds: FeedPool | undefined;
  return {
    config,
    stdout,
    stderr,
    screen: complianceScreen,
    store: () => {
      store ??= openStore(config.databaseUrl);
      return store;
    },
    referentials: () => {
      referentials ??= Promise.all([loadGeo(config.dataDir), loadRome(config.dataDir)]).then(
        ([geo, rome]) => ({
          geo,
          rome,
        }),
      );
      return referentials;
    },
    async prepare() {
      if (config.workers === 0) return inlinePrepare(await this.referentials(), complianceScreen);
      pool ??= createPreparePool({ dataDir: config.dataDir, size: config.workers });
      return pool;
    },
    parser() {
      if (config.workers === 0) return undefined;
      feeds ??= createFeedPool({ size: Math.max(2, config.workers) });
      return feeds.parse;
    },
    async close() {
      await pool?.close();
      await feeds?.close();
      if (store) await (await store).close();
    },
  };
};
