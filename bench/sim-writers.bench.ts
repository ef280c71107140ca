/**
 * Simulator writer throughput per format family (postings/s, MB/s) on synthetic postings with
 * 2.5 kB descriptions. Usage: npx tsx bench/sim-writers.bench.ts [count]   (default 30,000)
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SimFormat } from "../src/simulate/types.js";
import { writerFor } from "../src/simulate/writers/registry.js";
import { buildSimPartner, manySimPostings } from "../src/simulate/writers/sample-postings.js";

const count = Number(process.argv[2] ?? 30_000);
const FORMATS: SimFormat[] = [
  "hellowork",
  "apec",
  "clever-connect",
  "indeed-xml",
  "decathlon",
  "json-api",
  "jsonld",
  "csv",
  "leboncoin",
];
const rows: string[][] = [];
for (const format of FORMATS) {
  const folder = await mkdtemp(join(tmpdir(), "emploi-writers-"));
  const partner = buildSimPartner(format, format === "jsonld" ? { kind: "employer" } : {});
  const started = process.hrtime.bigint();
  const paths = await writerFor(format)(partner, manySimPostings(count, 2500), folder);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let bytes = 0;
  for (const path of paths) bytes += (await stat(path)).size;
  rows.push([
    format,
    String(Math.round(count / seconds)),
    (bytes / 1e6 / seconds).toFixed(1),
    (bytes / 1e6).toFixed(0),
  ]);
  await rm(folder, { recursive: true, force: true });
}
const header = ["format", "postings/s", "MB/s", "MB"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
