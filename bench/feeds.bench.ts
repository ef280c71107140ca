/**
 * Feed reading + mapping benchmark: throughput (postings/s, MB/s) and peak heap on synthetic
 * Hellowork-like XML and Decathlon-like JSON feeds, and a 200 MB XML feed in bounded memory.
 * Usage: npx tsx bench/feeds.bench.ts [--big]
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPartnerFeed } from "../src/ingest/mapping-feed.js";
import type { PartnerMapping } from "../src/ingest/mapping-types.js";
import { decathlon } from "../src/ingest/partners/decathlon.js";
import { hellowork } from "../src/ingest/partners/hellowork.js";

const TEXT = "<p>Au sein de l'équipe, vous préparez les commandes &amp; contrôlez la qualité.</p>".repeat(18);

const xmlJob = (i: number): string =>
  `<job><job_id><![CDATA[${i}]]></job_id><guid><![CDATA[G-${i}]]></guid><title><![CDATA[Préparateur de commandes ${i} H/F]]></title>` +
  `<url><![CDATA[https://emploi.example.org/o/${i}]]></url><description><![CDATA[${TEXT}]]></description>` +
  `<profile><![CDATA[Rigueur et esprit d'équipe.]]></profile><city><![CDATA[Lyon]]></city>` +
  `<geoloc><![CDATA[45.75,4.85]]></geoloc><region><![CDATA[Auvergne-Rhône-Alpes]]></region><department><![CDATA[Rhône]]></department>` +
  `<postal_code><![CDATA[69007]]></postal_code><country><![CDATA[FR]]></country><publication_date><![CDATA[2025-03-01 10:00:00]]></publication_date>` +
  `<contract><![CDATA[CDI]]></contract><job_time><![CDATA[Full time]]></job_time><remote><![CDATA[Partiel]]></remote>` +
  `<qualification><![CDATA[RJ/Qualif/Employe_Operateur]]></qualification><company_title><![CDATA[Logistique ${i % 500}]]></company_title>` +
  `<siret><![CDATA[12345678900017]]></siret><salary><![CDATA[2 000 € par mois]]></salary></job>\n`;

const jsonAd = (i: number): string =>
  JSON.stringify({
    reference: `R${i}`,
    published_at: "2025-11-24T10:18:17+00:00",
    contract_type: "CDI",
    contract_duration: { min: 12, max: 24 },
    contract_work_period: "Temps plein",
    title: `Vendeur sport ${i} (H/F)`,
    description: TEXT,
    profile: "<p>Passionné de sport.</p>",
    salary: { min: 1900, max: 2100, kind: "Mensuel", currency: "EUR" },
    apply_url: `https://emploi.example.org/a/${i}`,
    address: {
      parts: {
        street: "2 rue X",
        zip: "69007",
        city: "Lyon",
        county: "Rhône",
        state: "ARA",
        country: "France",
      },
      position: { lat: 45.75, lon: 4.85 },
    },
    brand: { name: "Sport" },
  });

const writeFeed = async (
  path: string,
  head: string,
  count: number,
  record: (i: number) => string,
  sep: string,
  tail: string,
) => {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(head);
  for (let i = 0; i < count; i++) await write(i === 0 ? record(i) : sep + record(i));
  await write(tail);
  out.end();
  await once(out, "finish");
};

const measure = async (mapping: PartnerMapping, path: string) => {
  const started = performance.now();
  let postings = 0;
  let peakHeap = 0;
  for await (const item of readPartnerFeed(mapping, [path])) {
    if (item.ok) postings++;
    if (postings % 5000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - started) / 1000;
  const megabytes = (await stat(path)).size / 1e6;
  return {
    postings,
    perSecond: Math.round(postings / seconds),
    mbPerSecond: Math.round(megabytes / seconds),
    megabytes,
    peakHeapMb: Math.round(peakHeap / 1e6),
  };
};

const dir = await mkdtemp(join(tmpdir(), "emploi-feeds-"));
const rows: string[][] = [];
const run = async (label: string, mapping: PartnerMapping, path: string) => {
  const r = await measure(mapping, path);
  rows.push([label, String(r.postings), String(r.perSecond), String(r.mbPerSecond), String(r.peakHeapMb)]);
};
const xml = join(dir, "feed.xml");
await writeFeed(xml, "<root>\n", 50_000, xmlJob, "", "</root>\n");
await run("XML, 50k Hellowork-like", hellowork, xml);
const json = join(dir, "feed.json");
await writeFeed(json, '{"count": 50000, "ads": [\n', 50_000, jsonAd, ",\n", "]}\n");
await run("JSON, 50k Decathlon-like", decathlon, json);
if (process.argv.includes("--big")) {
  const big = join(dir, "big.xml");
  await writeFeed(big, "<root>\n", Math.ceil(200e6 / xmlJob(0).length), xmlJob, "", "</root>\n");
  await run("XML, 200 MB", hellowork, big);
}
await rm(dir, { recursive: true, force: true });
const header = ["feed", "postings", "postings/s", "MB/s", "peak heap MB"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
