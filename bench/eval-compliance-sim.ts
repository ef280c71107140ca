/**
 * Compliance screen against the simulator's ground truth, without the store: every day-0 snapshot
 * read through the partner's mapping (as `emploi ingest` resolves it), normalised, screened with
 * the partner's kind, and compared with truth/postings.ndjson. Prints recall per family and per
 * injected rule (flagged at all, and flagged by a rule of the family), what the misses read, and
 * the rules that hold clean postings with examples.
 *
 * Usage: npx tsx bench/eval-compliance-sim.ts [--sim DIR] [--samples N] [--cache FILE] [--now ISO]
 *   --sim      simulator output (default /tmp/compsim), e.g. generated with
 *              npx emploi simulate --jobs 40000 --partners 70 --days 0 --seed bench --start 2026-11-20 --out /tmp/compsim
 *   --samples  examples shown per rule or family (default 3)
 *   --cache    keep the normalised postings in this file and reuse them while the manifest is older
 *              (the screen may change between runs; reading and normalising rarely do)
 *   --now      the ingest clock (default: the last millisecond of day 0)
 */
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { deserialize, serialize } from "node:v8";
import type { Finding } from "../src/compliance/types.js";
import { contentHash } from "../src/ingest/content-hash.js";
import type { PartnerMapping } from "../src/ingest/mapping.js";
import { readPartnerFeed } from "../src/ingest/mapping-feed.js";
import { loadMappingFile } from "../src/ingest/mapping-validate.js";
import type { NormalizedPosting } from "../src/offer/offer.js";
import { isMalformed, normalizePosting, type PipelineContext } from "../src/pipeline/normalize.js";
import { complianceScreen } from "../src/pipeline/screen.js";
import { loadGeo } from "../src/referentials/geo-load.js";
import { loadRome } from "../src/referentials/rome-load.js";
import { mappingForFormat } from "../src/storage/partner-mapping.js";
import { DATA_DIR } from "../test/helpers/paths.js";

const { values } = parseArgs({
  options: {
    sim: { type: "string", default: "/tmp/compsim" },
    samples: { type: "string", default: "3" },
    cache: { type: "string" },
    now: { type: "string" },
  },
});
const simDir = resolve(values.sim);
const samples = Number(values.samples);

interface Snapshot {
  partner: string;
  format: string;
  ingest: string[];
}
interface Manifest {
  start: string;
  partners: Array<{ slug: string; kind: string; employersShowName: boolean }>;
  schedule: Array<{ day: number; snapshots: Snapshot[] }>;
}
interface TruthViolation {
  family: string;
  rule: string;
}
interface Item {
  partner: string;
  kind: string;
  posting: NormalizedPosting;
  jobId: string;
  violations: TruthViolation[];
}

async function* ndjson<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.trim() !== "") yield JSON.parse(line) as T;
}

/** The partner, mapping and files of a snapshot from its `emploi ingest` arguments. */
const snapshotSource = async (snapshot: Snapshot) => {
  const args = snapshot.ingest;
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sources = args
    .filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"))
    .map((f) => resolve(simDir, f));
  const partner = option("--partner") ?? snapshot.partner;
  const mappingFile = option("--mapping");
  const mapping: PartnerMapping = mappingFile
    ? { ...(await loadMappingFile(resolve(simDir, mappingFile))), slug: partner }
    : mappingForFormat(option("--format") ?? snapshot.format, partner);
  return { partner, mapping, sources };
};

/** Read and normalise every day-0 posting the truth knows (expired and malformed ones dropped). */
const load = async (manifest: Manifest, now: Date) => {
  const truth = new Map<string, { jobId: string; violations: TruthViolation[] }>();
  for await (const p of ndjson<{ partner: string; reference: string } & Item>(
    resolve(simDir, "truth/postings.ndjson"),
  ))
    truth.set(`${p.partner}\u0000${p.reference}`, { jobId: p.jobId, violations: p.violations });
  const [geo, rome] = await Promise.all([loadGeo(DATA_DIR), loadRome(DATA_DIR)]);
  const partners = new Map(manifest.partners.map((p) => [p.slug, p]));
  const items: Item[] = [];
  const dropped = { malformed: 0, expired: 0, unknown: 0, recordErrors: 0 };
  const at = now.toISOString();
  for (const snapshot of manifest.schedule.find((d) => d.day === 0)?.snapshots ?? []) {
    const { partner, mapping, sources } = await snapshotSource(snapshot);
    const info = partners.get(partner);
    // As bench/national.bench.ts registers them: the platform's partner kinds.
    const kind = ["employer", "ats", "aggregator"].includes(info?.kind ?? "")
      ? (info?.kind as string)
      : "board";
    const context: PipelineContext = {
      geo,
      rome,
      now,
      partner: {
        slug: partner,
        employersShowName: info?.employersShowName ?? true,
        dateFormat: mapping.dateFormat,
      },
    };
    const seen = new Set<string>();
    for await (const record of readPartnerFeed(mapping, sources)) {
      if (!record.ok || "known" in record || seen.has(record.posting.reference)) {
        dropped.recordErrors++;
        continue;
      }
      seen.add(record.posting.reference);
      const normalized = normalizePosting(record.posting, contentHash(record.posting), context);
      if (isMalformed(normalized)) {
        dropped.malformed++;
        continue;
      }
      const posting =
        mapping.undated && normalized.publishedAt === null ? { ...normalized, publishedAt: at } : normalized;
      if (posting.expiresAt !== null && posting.expiresAt <= at) {
        dropped.expired++;
        continue;
      }
      const t = truth.get(`${partner}\u0000${posting.reference}`);
      if (t === undefined) dropped.unknown++;
      else items.push({ partner, kind, posting, ...t });
    }
    process.stderr.write(`\r${partner}: ${items.length} postings`.padEnd(60));
  }
  process.stderr.write("\n");
  return { items, dropped };
};

const manifestPath = resolve(simDir, "manifest.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
const now = values.now ? new Date(values.now) : new Date(Date.parse(manifest.start) + 86_400_000 - 1);
const t0 = performance.now();
let data: Awaited<ReturnType<typeof load>>;
const cacheKey = `${simDir}|${now.toISOString()}`;
const cache = values.cache ? resolve(values.cache) : null;
if (cache && existsSync(cache) && statSync(cache).mtimeMs > statSync(manifestPath).mtimeMs) {
  const cached = deserialize(readFileSync(cache)) as { key: string; data: typeof data };
  data = cached.key === cacheKey ? cached.data : await load(manifest, now);
} else data = await load(manifest, now);
if (cache) writeFileSync(cache, serialize({ key: cacheKey, data }));
const loadSeconds = (performance.now() - t0) / 1000;

// Excerpts of the injected violations, by job.
const excerpts = new Map<string, string>();
for await (const v of ndjson<{ jobId: string; excerpt: string }>(resolve(simDir, "truth/violations.ndjson")))
  excerpts.set(v.jobId, v.excerpt);

// Screen and compare.
const t1 = performance.now();
const family = new Map<string, { total: number; flagged: number; byFamily: number; missed: string[] }>();
const rule = new Map<string, { total: number; flagged: number; byFamily: number }>();
const falseHolds = new Map<string, { postings: number; examples: string[]; partners: Map<string, number> }>();
const counts = { violating: 0, caught: 0, clean: 0, held: 0 };
const familyOf = new Map<string, string>();
const { RULES } = await import("../src/compliance/rules.js");
for (const r of RULES) familyOf.set(r.id, r.family);
const held = (f: Pick<Finding, "severity">) => f.severity !== "info";
const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n)}…` : s);

for (const item of data.items) {
  const result = complianceScreen(item.posting, { kind: item.kind }, now);
  const flagged = result.verdict !== "accept";
  const findings = result.findings.filter(held);
  const described = () =>
    `${item.partner}: «${short(item.posting.title, 60)}» [${findings.map((f) => `${f.rule}: ${short(f.excerpt, 60)}`).join("; ")}]`;
  if (item.violations.length > 0) {
    counts.violating++;
    if (flagged) counts.caught++;
    for (const v of item.violations) {
      const byFamily = findings.some((f) => familyOf.get(f.rule) === v.family);
      const fs = family.get(v.family) ?? { total: 0, flagged: 0, byFamily: 0, missed: [] };
      fs.total++;
      if (flagged) fs.flagged++;
      if (byFamily) fs.byFamily++;
      else if (fs.missed.length < 200)
        fs.missed.push(
          `${v.rule} ← ${item.partner}: «${short(excerpts.get(item.jobId) || item.posting.title, 90)}»`,
        );
      family.set(v.family, fs);
      const rs = rule.get(v.rule) ?? { total: 0, flagged: 0, byFamily: 0 };
      rs.total++;
      if (flagged) rs.flagged++;
      if (byFamily) rs.byFamily++;
      rule.set(v.rule, rs);
    }
  } else {
    counts.clean++;
    if (!flagged) continue;
    counts.held++;
    for (const id of new Set(findings.map((f) => f.rule))) {
      const s = falseHolds.get(id) ?? { postings: 0, examples: [], partners: new Map<string, number>() };
      s.postings++;
      s.partners.set(item.partner, (s.partners.get(item.partner) ?? 0) + 1);
      if (s.examples.length < 200) s.examples.push(described());
      falseHolds.set(id, s);
    }
  }
}
const screenSeconds = (performance.now() - t1) / 1000;

const ratio = (a: number, b: number) => (b === 0 ? "-" : (a / b).toFixed(3));
const table = (header: string[], body: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of body) console.log(line(row));
};
/** `n` examples spread over the list (not only the first partner's). */
const spread = (list: string[], n: number) =>
  list.length <= n
    ? list
    : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)] as string);

console.log(
  `${data.items.length} day-0 postings screened (dropped: ${JSON.stringify(data.dropped)}); load ${loadSeconds.toFixed(1)} s, screen ${screenSeconds.toFixed(1)} s`,
);
console.log("\nOverall:");
table(
  ["violating", "flagged", "recall", "clean", "held or rejected", "false hold rate"],
  [
    [
      String(counts.violating),
      String(counts.caught),
      ratio(counts.caught, counts.violating),
      String(counts.clean),
      String(counts.held),
      `${((100 * counts.held) / Math.max(1, counts.clean)).toFixed(2)} %`,
    ],
  ],
);
console.log("\nRecall per family (flagged: any rule; by family: a rule of the violation's family):");
table(
  ["family", "violations", "flagged", "recall", "by family", "recall (family)"],
  [...family]
    .sort()
    .map(([f, s]) => [
      f,
      String(s.total),
      String(s.flagged),
      ratio(s.flagged, s.total),
      String(s.byFamily),
      ratio(s.byFamily, s.total),
    ]),
);
console.log("\nRecall per injected rule:");
table(
  ["rule", "violations", "flagged", "recall", "by family", "recall (family)"],
  [...rule]
    .sort()
    .map(([r, s]) => [
      r,
      String(s.total),
      String(s.flagged),
      ratio(s.flagged, s.total),
      String(s.byFamily),
      ratio(s.byFamily, s.total),
    ]),
);
console.log("\nMissed by the family's rules (examples):");
for (const [f, s] of [...family].sort()) {
  if (s.missed.length === 0) continue;
  console.log(`  ${f} (${s.total - s.byFamily}):`);
  const distinct = [...new Set(s.missed)];
  for (const line of spread(distinct, samples * 2)) console.log(`    ${line}`);
}
console.log("\nRules holding clean postings (a posting counts once per rule):");
table(
  ["rule", "clean postings held", "share of clean", "main partners"],
  [...falseHolds]
    .sort((a, b) => b[1].postings - a[1].postings)
    .map(([r, s]) => [
      r,
      String(s.postings),
      `${((100 * s.postings) / Math.max(1, counts.clean)).toFixed(2)} %`,
      [...s.partners]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([p, n]) => `${p} ${n}`)
        .join(", "),
    ]),
);
for (const [r, s] of [...falseHolds].sort((a, b) => b[1].postings - a[1].postings)) {
  console.log(`  ${r}:`);
  for (const line of spread(s.examples, samples)) console.log(`    ${line}`);
}
