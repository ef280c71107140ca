/**
 * National-scale ingest benchmark on the simulator's market: every partner's day-0 snapshot through
 * the whole pipeline (read, normalise, enrich, screen, deduplicate, store), then the daily updates;
 * throughput, CPU, peak memory; then deduplication and compliance quality against the ground truth.
 *
 * Usage: npx tsx bench/national.bench.ts [--sim DIR] [--db FILE] [--days N] [--jobs N] [--concurrency N] [--json FILE]
 *   --sim   simulator output (generated with `--jobs` jobs and 70 partners when missing)
 *   --db    SQLite file to create (default bench/out/national.sqlite; deleted first)
 *   --days  update days ingested after day 0 (default 1)
 *   --concurrency  partners ingested at once, as the scheduler pulls them (default 2)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { parseArgs } from "node:util";
import { createCliContext } from "../src/cli/app.js";
import { runIngest } from "../src/cli/ingest.command.js";
import { runCli } from "../src/cli/run-cli.js";
import { loadConfig } from "../src/config.js";
import { upsertPartner } from "../src/storage/partner-store.js";
import { evaluateQuality } from "./national-quality.js";
import { table } from "./report.js";

const { values } = parseArgs({
  options: {
    sim: { type: "string", default: "var/simulation" },
    db: { type: "string", default: "bench/out/national.sqlite" },
    days: { type: "string", default: "1" },
    jobs: { type: "string", default: "470000" },
    json: { type: "string" },
    concurrency: { type: "string", default: "2" },
  },
});
const concurrency = Math.max(1, Number(values.concurrency));
const simDir = resolve(values.sim);
const dbFile = resolve(values.db);
const updateDays = Number(values.days);

if (!existsSync(resolve(simDir, "manifest.json"))) {
  console.error(`No simulation in ${simDir}: generating ${values.jobs} jobs…`);
  const code = await runCli(
    [
      "simulate",
      "--jobs",
      values.jobs,
      "--partners",
      "70",
      "--days",
      String(updateDays),
      "--seed",
      "bench",
      "--start",
      "2026-11-20",
      "--out",
      simDir,
    ],
    loadConfig(),
    process.stderr,
    process.stderr,
  );
  if (code !== 0) process.exit(code);
}

interface Snapshot {
  partner: string;
  postings: number;
  ingest: string[];
}
interface Manifest {
  partners: Array<{
    slug: string;
    label: string;
    kind: string;
    format: string;
    rank: number;
    employersShowName: boolean;
  }>;
  schedule: Array<{ day: number; snapshots: Snapshot[] }>;
}
const manifest = JSON.parse(readFileSync(resolve(simDir, "manifest.json"), "utf8")) as Manifest;

rmSync(dbFile, { force: true });
rmSync(`${dbFile}-wal`, { force: true });
rmSync(`${dbFile}-shm`, { force: true });
mkdirSync(dirname(dbFile), { recursive: true });
const config = loadConfig({ ...process.env, DATABASE_URL: `sqlite:${dbFile}`, LOG_LEVEL: "silent" });
const ctx = createCliContext(config, new PassThrough(), new PassThrough());
const store = await ctx.store();
for (const p of manifest.partners) {
  await upsertPartner(
    store.db,
    {
      slug: p.slug,
      label: p.label,
      kind: p.kind === "employer" || p.kind === "ats" || p.kind === "aggregator" ? p.kind : "board",
      rank: Math.min(1, p.rank / 100),
      employersShowName: p.employersShowName,
    },
    new Date().toISOString(),
  );
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 200);

/** The ingest arguments of a snapshot, with paths made absolute. */
const argsOf = (snapshot: Snapshot) => {
  const args = snapshot.ingest;
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sources = args
    .filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"))
    .map((f) => resolve(simDir, f));
  const mapping = option("--mapping");
  return {
    partner: option("--partner")!,
    format: option("--format"),
    mapping: mapping ? resolve(simDir, mapping) : undefined,
    sources,
  };
};

const rows: string[][] = [];
const figures: Array<{
  run: string;
  postings: number;
  seconds: number;
  perSecond: number;
  peakRssMb: number;
}> = [];
for (const day of manifest.schedule.filter((d) => d.day <= updateDays)) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const totals = {
    received: 0,
    new: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    duplicates: 0,
    rejected: 0,
    review: 0,
    errors: 0,
  };
  // Partners' snapshots ingested `concurrency` at a time, as the scheduler pulls them.
  const queue = [...day.snapshots];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let snapshot = queue.shift(); snapshot; snapshot = queue.shift()) {
        const report = await runIngest(ctx, argsOf(snapshot));
        for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += report[key];
        if (report.status === "failed") console.error(`${snapshot.partner}: ${report.message}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  figures.push({
    run: `day ${day.day}`,
    postings: totals.received,
    seconds,
    perSecond: totals.received / seconds,
    peakRssMb: Math.round(peakRss / 2 ** 20),
  });
  rows.push([
    `day ${day.day}`,
    String(day.snapshots.length),
    String(totals.received),
    `${totals.new}/${totals.updated}/${totals.unchanged}/${totals.closed}`,
    `${totals.duplicates}/${totals.review}/${totals.rejected}/${totals.errors}`,
    seconds.toFixed(0),
    ((used.user + used.system) / 1e6).toFixed(0),
    String(Math.round(totals.received / seconds)),
    String(Math.round(peakRss / 2 ** 20)),
  ]);
}
clearInterval(sampler);

table(
  [
    "run",
    "snapshots",
    "postings",
    "new/upd/same/closed",
    "dup/review/rej/err",
    "wall s",
    "CPU s",
    "postings/s",
    "peak RSS MiB",
  ],
  rows,
);
const offers = await store.db
  .selectFrom("offers")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .where("status", "=", "published")
  .executeTakeFirstOrThrow();
console.log(`\npublished offers: ${offers.n}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ runs: figures, offers: offers.n }, null, 2));
console.log("");
await evaluateQuality(store.db, simDir, table);
await ctx.close();
