/**
 * Ingest benchmark: postings/s through read → map → normalise → store, on a synthetic feed.
 * Usage: npx tsx bench/ingest.bench.ts [count]   (default 20,000)
 * Prints one table: first load, unchanged re-ingest, 5 % changed.
 */
import { createWriteStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { createCliContext } from "../src/cli/app.js";
import { runIngest } from "../src/cli/ingest.command.js";
import { loadConfig } from "../src/config.js";
import { syntheticFeed } from "./synthetic.js";

const count = Number(process.argv[2] ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), "emploi-bench-"));
const config = loadConfig({
  ...process.env,
  DATABASE_URL: `sqlite:${join(dir, "bench.sqlite")}`,
  LOG_LEVEL: "silent",
});
const ctx = createCliContext(config, new PassThrough(), new PassThrough());
const { geo, rome } = await ctx.referentials();

const writeFeed = async (name: string, changedShare: number): Promise<string> => {
  const path = join(dir, name);
  const out = createWriteStream(path);
  for (const chunk of syntheticFeed(geo, rome, { count, changedShare })) {
    if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return path;
};

const rows: string[][] = [];
const measure = async (label: string, path: string) => {
  const started = performance.now();
  const report = await runIngest(ctx, { partner: "bench", format: "indeed-xml", sources: [path] });
  const seconds = (performance.now() - started) / 1000;
  const rss = Math.round(process.memoryUsage().rss / 1e6);
  rows.push([
    label,
    String(report.received),
    `${report.new}/${report.updated}/${report.unchanged}`,
    seconds.toFixed(1),
    String(Math.round(report.received / seconds)),
    String(rss),
  ]);
};

const base = await writeFeed("base.xml", 0);
const changed = await writeFeed("changed.xml", 0.05);
await measure("first load", base);
await measure("unchanged", base);
await measure("5 % changed", changed);
await ctx.close();

const header = ["run", "postings", "new/upd/same", "seconds", "postings/s", "RSS MB"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
