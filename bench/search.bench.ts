/**
 * Search latency benchmark on a synthetic stock: a mix of queries through the HTTP layer
 * (in-process `inject`, so it measures the server's own work, not the network).
 * Usage: npx tsx bench/search.bench.ts [stock size] [requests per kind]   (default 20,000 and 200)
 */
import { createWriteStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { createCliContext } from "../src/cli/app.js";
import { runIngest } from "../src/cli/ingest.command.js";
import { loadConfig } from "../src/config.js";
import { buildServer } from "../src/http/server.js";
import { prng, syntheticFeed } from "./synthetic.js";

const stock = Number(process.argv[2] ?? 20_000);
const perKind = Number(process.argv[3] ?? 200);
const dir = mkdtempSync(join(tmpdir(), "emploi-bench-"));
const config = loadConfig({
  ...process.env,
  DATABASE_URL: `sqlite:${join(dir, "search.sqlite")}`,
  LOG_LEVEL: "silent",
});
const ctx = createCliContext(config, new PassThrough(), new PassThrough());
const { geo, rome } = await ctx.referentials();

const feed = join(dir, "feed.xml");
const out = createWriteStream(feed);
for (const chunk of syntheticFeed(geo, rome, { count: stock })) {
  if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
}
await new Promise<void>((r) => out.end(() => r()));
await runIngest(ctx, { partner: "bench", format: "indeed-xml", sources: [feed] });
const app = await buildServer({
  store: await ctx.store(),
  referentials: { geo, rome },
  screen: ctx.screen,
  now: () => new Date(),
  adminToken: null,
  logLevel: "silent",
});

const random = prng(1);
const words = [
  "vendeur",
  "infirmier",
  "développeur",
  "chauffeur",
  "comptable",
  "cuisinier",
  "technicien",
  "assistante",
];
const cities = ["75056", "69123", "13055", "31555", "33063", "59350", "44109", "67482"];
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const KINDS: Record<string, () => string> = {
  keyword: () => `q=${encodeURIComponent(pick(words))}`,
  "keyword + place + radius": () => `q=${encodeURIComponent(pick(words))}&commune=${pick(cities)}&radius=30`,
  "filters only": () => `departement=${pick(["69", "75", "13", "33"])}&contract=CDI`,
  "keyword + facets": () => `q=${encodeURIComponent(pick(words))}&facets=true`,
  "deep page": () => `q=${encodeURIComponent(pick(words))}&page=${5 + Math.floor(random() * 20)}&per_page=20`,
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const rows: string[][] = [];
for (const [kind, make] of Object.entries(KINDS)) {
  const times: number[] = [];
  for (let i = 0; i < perKind; i++) {
    const started = performance.now();
    const response = await app.inject({ method: "GET", url: `/api/v1/offers?${make()}` });
    times.push(performance.now() - started);
    if (response.statusCode !== 200) throw new Error(`${kind}: HTTP ${response.statusCode} ${response.body}`);
  }
  times.sort((a, b) => a - b);
  rows.push([kind, ...[0.5, 0.95, 0.99].map((p) => percentile(times, p).toFixed(1))]);
}
const detail: number[] = [];
const ids = (await (await ctx.store()).db.selectFrom("offers").select("id").limit(perKind).execute()).map(
  (r) => r.id,
);
for (const id of ids) {
  const started = performance.now();
  await app.inject({ method: "GET", url: `/api/v1/offers/${id}` });
  detail.push(performance.now() - started);
}
detail.sort((a, b) => a - b);
rows.push(["detail by id", ...[0.5, 0.95, 0.99].map((p) => percentile(detail, p).toFixed(1))]);
await app.close();
await ctx.close();

console.log(`stock: ${stock} offers; ${perKind} requests per kind; latency in ms (in-process)`);
const header = ["query", "p50", "p95", "p99"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
