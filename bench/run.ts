/**
 * The platform's benchmarks in one command (`npm run bench`): generates the simulator's national
 * market when missing, ingests it (day 0, then the daily update), loads the search API over HTTP,
 * and prints the figures beside the goals of docs/performance.md. Each step runs in its own
 * process and prints its own detailed tables first.
 *
 * Usage: npm run bench -- [--jobs N] [--out DIR] [--seconds N] [--skip-ingest]
 *   --jobs         jobs in the simulated market (default 470,000: ~760,000 postings, 70 partners)
 *   --out          where the market and the database go (default bench/out)
 *   --seconds      duration of each search load phase (default 20)
 *   --skip-ingest  reuse the database of a previous run
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { table } from "./report.js";

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "470000" },
    out: { type: "string", default: "bench/out" },
    seconds: { type: "string", default: "20" },
    "skip-ingest": { type: "boolean", default: false },
  },
});
const out = resolve(values.out);
const sim = resolve(out, `market-${values.jobs}`);
const db = resolve(out, `national-${values.jobs}.sqlite`);
const ingestJson = resolve(out, "ingest.json");
const searchJson = resolve(out, "search.json");
mkdirSync(out, { recursive: true });

const step = (title: string, script: string, args: string[]) => {
  console.log(`\n## ${title}\n`);
  // A larger young generation: fewer scavenges in allocation-heavy ingests (about 5 % faster).
  const flags = ["--max-semi-space-size=64", "--import", "tsx"];
  const run = spawnSync(process.execPath, [...flags, script, ...args], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`${script} a échoué (code ${run.status ?? run.signal}).`);
    process.exit(1);
  }
};

console.log(
  `# emploi benchmarks — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
if (!values["skip-ingest"] || !existsSync(db)) {
  step("Ingest: day 0 of the national market, then the daily update", "bench/national.bench.ts", [
    "--sim",
    sim,
    "--db",
    db,
    "--jobs",
    values.jobs,
    "--days",
    "1",
    "--json",
    ingestJson,
  ]);
}
step("Search over HTTP (server and load generator in separate processes)", "bench/search-load.bench.ts", [
  "--db",
  db,
  "--seconds",
  values.seconds,
  "--json",
  searchJson,
]);

interface IngestFigures {
  runs: Array<{ run: string; postings: number; seconds: number; perSecond: number; peakRssMb: number }>;
  offers: number;
}
interface SearchFigures {
  rows: Array<{ label: string; perSecond: number; errors: number; p95: number; p99: number }>;
}
const ingest = existsSync(ingestJson)
  ? (JSON.parse(readFileSync(ingestJson, "utf8")) as IngestFigures)
  : null;
const search = JSON.parse(readFileSync(searchJson, "utf8")) as SearchFigures;
const day0 = ingest?.runs[0];
const day1 = ingest?.runs[1];
const saturated = search.rows[0]!;
const atRate = search.rows[1]!;
const detail = search.rows[search.rows.length - 1]!;
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

console.log("\n## Summary\n");
table(
  ["figure", "measured", "goal", ""],
  [
    ...(day0
      ? [
          [
            `full ingest (${day0.postings.toLocaleString("en")} postings)`,
            `${day0.seconds.toFixed(0)} s, ${day0.perSecond.toFixed(0)} postings/s`,
            "≤ 300 s, ≥ 2,500 postings/s",
            verdict(day0.perSecond >= 2500),
          ],
          [
            "peak memory of the ingest",
            `${day0.peakRssMb} MiB`,
            "≤ 2,048 MiB (2 GiB)",
            verdict(day0.peakRssMb <= 2048),
          ],
        ]
      : []),
    ...(day1
      ? [["daily update", `${day1.seconds.toFixed(1)} s`, "≤ 30 s", verdict(day1.seconds <= 30)]]
      : []),
    ...(ingest ? [["published offers", ingest.offers.toLocaleString("en"), "≈ 470,000", ""]] : []),
    [
      "search at the target rate, p95 / p99",
      `${atRate.p95.toFixed(1)} / ${atRate.p99.toFixed(1)} ms`,
      "≤ 50 / ≤ 100 ms",
      verdict(atRate.p95 <= 50 && atRate.p99 <= 100),
    ],
    [
      "search throughput (saturation)",
      `${saturated.perSecond.toFixed(0)} req/s, ${saturated.errors + atRate.errors} errors`,
      "≥ 300 req/s, no error",
      verdict(saturated.perSecond >= 300 && saturated.errors + atRate.errors === 0),
    ],
    ["offer detail by id, p95", `${detail.p95.toFixed(1)} ms`, "≤ 10 ms", verdict(detail.p95 <= 10)],
  ],
);
