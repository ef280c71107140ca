/**
 * Update benchmark: a partner's feed pulled over HTTP by the scheduler (gzip, ETag), first in
 * full, then again with 5 % of its postings changed (the goal: under 10 s for 50,000 postings),
 * then unchanged (304); and one expiry sweep over the stock.
 * Usage: npx tsx bench/update.bench.ts [count]   (default 50,000)
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { gzipSync } from "node:zlib";
import { createCliContext } from "../src/cli/app.js";
import { loadConfig } from "../src/config.js";
import { expirePostings } from "../src/scheduler/expire.js";
import { pullPartner } from "../src/scheduler/pull-partner.js";
import { upsertPartner } from "../src/storage/partner-store.js";
import { syntheticFeed } from "./synthetic.js";

const count = Number(process.argv[2] ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), "emploi-update-bench-"));
const config = loadConfig({
  ...process.env,
  DATABASE_URL: `sqlite:${join(dir, "bench.sqlite")}`,
  LOG_LEVEL: "silent",
});
const ctx = createCliContext(config, new PassThrough(), new PassThrough());
const referentials = await ctx.referentials();

/** The feed, gzipped once before any timing, with its ETag. */
const feed = (changedShare: number) => {
  const xml = [...syntheticFeed(referentials.geo, referentials.rome, { count, changedShare })].join("");
  return {
    body: gzipSync(xml),
    etag: `"${createHash("sha1").update(xml).digest("hex").slice(0, 16)}"`,
    mb: xml.length / 1e6,
  };
};
let served = feed(0);
const server = createServer((request, response) => {
  if (request.headers["if-none-match"] === served.etag) {
    response.writeHead(304, { etag: served.etag });
    response.end();
    return;
  }
  response.writeHead(200, {
    etag: served.etag,
    "content-encoding": "gzip",
    "content-type": "application/xml",
  });
  response.end(served.body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;

const store = await ctx.store();
const partner = await upsertPartner(
  store.db,
  { slug: "bench", label: "Bench", format: "indeed-xml", feedUrl: url, cadenceMinutes: 15 },
  new Date().toISOString(),
);
const deps = { store, referentials, screen: ctx.screen, timeoutMs: 3_600_000 };

const rows: string[][] = [];
const rss = () => String(Math.round(process.memoryUsage().rss / 1e6));
const pull = async (label: string) => {
  const started = performance.now();
  const result = await pullPartner(deps, partner, { trigger: "cli" });
  const seconds = (performance.now() - started) / 1000;
  const r = result.report;
  const counts = r ? `${r.new}/${r.updated}/${r.unchanged}/${r.closed}` : "—";
  const rate = r ? String(Math.round(r.received / seconds)) : "—";
  rows.push([label, result.status, String(r?.received ?? 0), counts, seconds.toFixed(2), rate, rss()]);
};

await pull(`first load (${served.mb.toFixed(0)} MB)`);
served = feed(0.05);
await pull("5 % changed");
await pull("not modified (304)");
const sweepStart = performance.now();
const expired = await expirePostings(store, new Date(), { maxUnconfirmedDays: 42 });
const sweep = (performance.now() - sweepStart) / 1000;
rows.push([
  "expiry sweep",
  "—",
  String(expired.expired + expired.unconfirmed),
  "—",
  sweep.toFixed(2),
  "—",
  rss(),
]);

await ctx.close();
server.close();
rmSync(dir, { recursive: true, force: true });

const header = ["pull", "status", "postings", "new/upd/same/closed", "seconds", "postings/s", "RSS MB"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
