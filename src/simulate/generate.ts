/**
 * `emploi simulate`: draws the market, plans every copy, writes the lifecycle truth, then each
 * partner's snapshots day by day through its format's writer (two shards of partners, on two
 * threads when asked), the postings truth and the manifest. Layout: docs/simulator.md.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { AppError, errorMessage } from "../errors.js";
import { buildManifest, type SimManifest, type SnapshotEntry, writeManifest } from "./manifest.js";
import { createMarketContext } from "./market.js";
import { loadMarketData, type MarketData } from "./market-data.js";
import { NdjsonFile } from "./ndjson-file.js";
import { buildPartners } from "./partners.js";
import { planMarket } from "./plan.js";
import { seedFromText } from "./rng.js";
import { assignShards, planMessage, type ShardSnapshot, writeShard } from "./shards.js";
import { writeEvents } from "./snapshots.js";
import type { SimFormat, SnapshotWriter } from "./types.js";
import { joinTruthParts, type SnapshotWorker, startSnapshotWorker } from "./worker-client.js";

export interface SimulateOptions {
  dataDir: string;
  out: string;
  seed: string;
  jobs: number;
  partners: number;
  days: number;
  /** Day 0 (UTC midnight). */
  start: Date;
  violationRate: number;
  writerFor: (format: SimFormat) => SnapshotWriter;
  /** 2 to write half the snapshots on a second thread (with the registry's writers); 1 by default. */
  threads?: number;
  /** Référentiels already loaded (tests share them between runs). */
  data?: MarketData;
  progress?: (text: string) => void;
}

/** Empties an output folder the simulator owns; refuses a non-empty folder without a manifest. */
const prepareOut = (out: string): void => {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, "manifest.json"))) {
      throw new AppError(
        "INVALID_PARAMETER",
        `Le dossier ${out} n'est pas vide et ne contient pas de simulation : choisissez un autre --out.`,
      );
    }
    for (const name of ["partners", "truth", "manifest.json"])
      rmSync(join(out, name), { recursive: true, force: true });
  }
  mkdirSync(join(out, "partners"), { recursive: true });
  mkdirSync(join(out, "truth"), { recursive: true });
};

/** Generate a market into `options.out`; returns the manifest written there. */
export const simulate = async (options: SimulateOptions): Promise<SimManifest> => {
  const say = options.progress ?? (() => {});
  const { out, days, start } = options;
  prepareOut(out);
  const seed = seedFromText(options.seed);
  // The worker loads its référentiels while this thread loads its own and plans the market.
  let worker: SnapshotWorker | null =
    (options.threads ?? 1) > 1
      ? startSnapshotWorker(
          {
            dataDir: options.dataDir,
            seed,
            partners: options.partners,
            start: start.toISOString(),
            violationRate: options.violationRate,
            out,
            days,
          },
          say,
        )
      : null;
  try {
    say("chargement des référentiels…");
    const data = options.data ?? (await loadMarketData(options.dataDir));
    const partners = buildPartners(seed, options.partners);
    const ctx = createMarketContext(seed, data, partners, start, options.violationRate);
    const jobs = new NdjsonFile(join(out, "truth", "jobs.ndjson"));
    const violations = new NdjsonFile(join(out, "truth", "violations.ndjson"));
    const events = new NdjsonFile(join(out, "truth", "events.ndjson"));
    let plan: ReturnType<typeof planMarket>;
    try {
      plan = planMarket(ctx, options, { jobs, violations }, (done, total) =>
        say(`tirage des offres : ${done}/${total}`),
      );
      for (let day = 0; day <= days; day++) writeEvents(ctx, plan, day, events);
    } finally {
      for (const file of [jobs, violations, events]) file.close();
    }
    const shards = assignShards(partners, plan, days);
    const shard = (index: number) => ({
      ctx,
      plan,
      partners: shards[index] ?? [],
      shard: index,
      out,
      days,
      start,
      writerFor: options.writerFor,
      progress: say,
    });
    let written: ShardSnapshot[];
    const second = worker;
    if (second) {
      const remote = second
        .run({ shard: 1, partners: shards[1] ?? [], plan: planMessage(plan, shards[1] ?? []) })
        .catch(async (error: unknown) => {
          // A worker that cannot start (no tsx, no compiled file…) is not fatal: this thread takes over.
          say(`second fil indisponible (${errorMessage(error)}) : écriture sur un seul fil`);
          return null;
        });
      const [local, other] = await Promise.all([writeShard(shard(0)), remote]);
      written = [...local, ...(other ?? (await writeShard(shard(1))))];
    } else {
      written = [...(await writeShard(shard(0))), ...(await writeShard(shard(1)))];
    }
    await second?.stop();
    worker = null;
    const postings = await joinTruthParts(out);
    const snapshots: SnapshotEntry[] = written
      .sort((a, b) => a.day - b.day || a.partner - b.partner)
      .map((w) => ({
        day: w.day,
        partner: partners[w.partner] ?? (partners[0] as (typeof partners)[number]),
        files: w.files.map((p) => relative(out, p)),
        postings: w.postings,
      }));
    const truthLines = { jobs: jobs.lines, postings, violations: violations.lines, events: events.lines };
    const manifest = buildManifest({
      options,
      seedNumber: seed,
      source: data.source,
      partners,
      plan,
      snapshots,
      truthLines,
    });
    writeManifest(out, manifest);
    return manifest;
  } finally {
    await worker?.stop();
  }
};
