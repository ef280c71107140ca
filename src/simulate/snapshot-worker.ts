/**
 * The second thread of `emploi simulate`: loads the référentiels while the main thread plans the
 * market, then receives the plan of its shard of partners and writes their snapshots.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createMarketContext } from "./market.js";
import { loadMarketData } from "./market-data.js";
import { buildPartners } from "./partners.js";
import { type PlanMessage, planFromMessage, writeShard } from "./shards.js";
import { writerFor } from "./writers/registry.js";

export interface WorkerSetup {
  dataDir: string;
  seed: number;
  partners: number;
  start: string;
  violationRate: number;
  out: string;
  days: number;
}

export interface ShardMessage {
  shard: number;
  partners: number[];
  plan: PlanMessage;
}

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  const message = new Promise<ShardMessage>((resolve) => port.once("message", resolve));
  const [data, input] = await Promise.all([loadMarketData(setup.dataDir), message]);
  const start = new Date(setup.start);
  const partners = buildPartners(setup.seed, setup.partners);
  const ctx = createMarketContext(setup.seed, data, partners, start, setup.violationRate);
  const written = await writeShard({
    ctx,
    plan: planFromMessage(input.plan, partners.length),
    partners: input.partners,
    shard: input.shard,
    out: setup.out,
    days: setup.days,
    start,
    writerFor,
    progress: (text) => port.postMessage({ type: "progress", text }),
  });
  port.postMessage({ type: "done", written });
}
