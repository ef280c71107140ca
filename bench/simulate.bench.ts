/**
 * Generation time of the simulated job market against the goal: the default national
 * market (470,000 jobs, 70 partners, the day-0 snapshots) written in under 3 minutes on this
 * 2-core machine. Prints wall and CPU time, peak RSS, postings, files, MB written, postings/s.
 *
 * Usage: npx tsx bench/simulate.bench.ts [--jobs N] [--partners N] [--days N] [--threads 1|2]
 *          [--seed S] [--start YYYY-MM-DD] [--out DIR] [--keep]
 *   --days   days simulated after day 0 (default 0: one day of snapshots, as `--preset national`)
 *   --out    output folder (default: a new temporary folder, removed at the end unless --keep)
 * Runs the TypeScript sources under tsx (≈ 25 % more CPU than the compiled package).
 */
import { execSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { simulate } from "../src/simulate/generate.js";
import { TWO_THREADS_FROM } from "../src/simulate/presets.js";
import { writerFor } from "../src/simulate/writers/registry.js";

const GOAL_SECONDS = 180;

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "470000" },
    partners: { type: "string", default: "70" },
    days: { type: "string", default: "0" },
    threads: { type: "string" },
    seed: { type: "string", default: "emploi" },
    start: { type: "string", default: "2026-01-05" },
    out: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const jobs = Number(values.jobs);
const threads = Number(values.threads ?? (jobs >= TWO_THREADS_FROM ? 2 : 1));
const out = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), "emploi-sim-bench-"));
const dataDir = process.env.EMPLOI_DATA_DIR ?? resolve("../shared/data");

/** Files and bytes under a folder, split between partner feeds and the rest (truth, manifest). */
const sizes = (root: string) => {
  const total = { files: 0, bytes: 0, feedFiles: 0, feedBytes: 0, largest: 0 };
  const walk = (dir: string, feeds: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path, feeds || (dir === root && entry.name === "partners"));
        continue;
      }
      const size = statSync(path).size;
      total.files++;
      total.bytes += size;
      if (feeds) {
        total.feedFiles++;
        total.feedBytes += size;
        total.largest = Math.max(total.largest, size);
      }
    }
  };
  walk(root, false);
  return total;
};

const commit = (): string => {
  try {
    return execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
};

const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);

console.error(`Generating ${jobs} jobs, ${values.partners} partners, ${values.days} day(s) into ${out}…`);
const loadBefore = loadavg()[0] ?? 0;
const cpuBefore = process.cpuUsage();
const started = performance.now();
// When planning starts (the référentiels are loaded), and the last progress line shown.
const marks = { loaded: Number.NaN, reported: 0 };
const manifest = await simulate({
  dataDir,
  out,
  seed: values.seed,
  jobs,
  partners: Number(values.partners),
  days: Number(values.days),
  start: new Date(`${values.start}T00:00:00.000Z`),
  violationRate: 0.035,
  writerFor,
  threads,
  progress: (text) => {
    const now = performance.now();
    if (Number.isNaN(marks.loaded) && text.startsWith("tirage")) marks.loaded = now;
    if (now - marks.reported > 10_000) {
      marks.reported = now;
      console.error(`  ${((now - started) / 1000).toFixed(0)} s  ${text}`);
    }
  },
});
const wall = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakRss = process.resourceUsage().maxRSS / 1024;
const loadAfter = loadavg()[0] ?? 0;
const postings = manifest.schedule.reduce(
  (sum, d) => sum + d.snapshots.reduce((s, x) => s + x.postings, 0),
  0,
);
const written = sizes(out);
if (!values.keep && !values.out) rmSync(out, { recursive: true, force: true });

const rows: Array<[string, string]> = [
  ["date", new Date().toISOString().slice(0, 10)],
  ["commit", commit()],
  [
    "machine",
    `${cpus().length} cores, load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
  ],
  ["market", `${jobs} jobs, ${values.partners} partners, days 0–${values.days}, ${threads} thread(s)`],
  [
    "wall time",
    `${wall.toFixed(1)} s (référentiels loaded after ${((marks.loaded - started) / 1000).toFixed(1)} s)`,
  ],
  [
    "CPU time",
    `${cpuSeconds.toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)}, system ${(cpu.system / 1e6).toFixed(1)}; all threads)`,
  ],
  ["peak RSS", `${peakRss.toFixed(0)} MB`],
  ["postings", `${postings} (day 0: ${manifest.stats.postingsDay0}; jobs: ${manifest.stats.totalJobs})`],
  [
    "files",
    `${written.files} (feeds and mappings: ${written.feedFiles}; snapshots' files: ${manifest.stats.snapshotFiles})`,
  ],
  [
    "MB written",
    `${mb(written.bytes)} (feeds ${mb(written.feedBytes)}, truth and manifest ${mb(written.bytes - written.feedBytes)}; largest feed file ${mb(written.largest)})`,
  ],
  [
    "postings/s",
    `${Math.round(postings / wall)} (wall), ${Math.round(postings / cpuSeconds)} per CPU second`,
  ],
  [
    "goal",
    `${wall <= GOAL_SECONDS ? "met" : "missed"}: ${wall.toFixed(0)} s for ${GOAL_SECONDS} s (3 minutes)`,
  ],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
