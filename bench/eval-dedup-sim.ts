/**
 * Deduplication quality against the simulator's ground truth, without the store: the day-0
 * snapshots read with the partners' mappings, normalised and screened as ingest does
 * (eval-dedup-sim-load.ts), fingerprinted and placed one after the other with the same candidate
 * index, comparison and placement rule as src/storage/clustering.ts. Reports pairwise precision,
 * recall and F1, recall per variant, per number of copies and per partner format, hard negatives
 * merged per relation kind, why true pairs were missed, and examples.
 *
 * Usage: npx tsx bench/eval-dedup-sim.ts [--sim DIR] [--all] [--violating] [--model]
 *          [--cache FILE] [--samples N] [--now ISO]
 *   --sim        simulator output (default var/dedup-sim; the 40,000-job, 70-partner market of seed
 *                "bench" is generated there when missing)
 *   --all        deduplicate every readable posting, not only those the compliance screen publishes
 *   --violating  count postings with an injected violation too (the national bench leaves them out)
 *   --model      learn a boilerplate model from the postings first and pass it to fingerprint()
 *   --cache      keep the normalised postings in this file and reuse them (the dedup code may
 *                change between runs; the reading and normalisation rarely do)
 *   --samples    examples shown per category (default 4)
 *   --now        the ingest clock (default: the end of day 0)
 *   --candidates candidate postings looked at per posting (default 30, as src/storage/clustering.ts)
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { runCli } from "../src/cli/run-cli.js";
import { loadConfig } from "../src/config.js";
import { type BoilerplateModel, buildBoilerplateModel } from "../src/dedup/boilerplate.js";
import { CandidateIndex } from "../src/dedup/candidate-index.js";
import { type ClusterMatch, placePosting } from "../src/dedup/cluster.js";
import { type Comparison, compare, DEFAULT_THRESHOLDS } from "../src/dedup/decide.js";
import { type Fingerprint, fingerprint } from "../src/dedup/fingerprint.js";
import { textEvidence } from "../src/dedup/thresholds.js";
import { DATA_DIR } from "../test/helpers/paths.js";
import { loadSimulation, type SimPosting } from "./eval-dedup-sim-load.js";

const { values } = parseArgs({
  options: {
    sim: { type: "string", default: "var/dedup-sim" },
    all: { type: "boolean", default: false },
    violating: { type: "boolean", default: false },
    model: { type: "boolean", default: false },
    cache: { type: "string" },
    samples: { type: "string", default: "4" },
    now: { type: "string" },
    candidates: { type: "string", default: "30" },
  },
});
const samples = Number(values.samples);
const simDir = resolve(values.sim);

if (!existsSync(resolve(simDir, "manifest.json"))) {
  console.error(`No simulation in ${simDir}: generating 40,000 jobs and 70 partners…`);
  const market = ["--jobs", "40000", "--partners", "70", "--days", "1", "--seed", "bench"];
  const code = await runCli(
    ["simulate", ...market, "--start", "2026-11-20", "--out", simDir],
    loadConfig(),
    process.stderr,
    process.stderr,
  );
  if (code !== 0) process.exit(code);
}

const t0 = performance.now();
const data = await loadSimulation(simDir, {
  dataDir: DATA_DIR,
  now: values.now ? new Date(values.now) : undefined,
  cache: values.cache ? resolve(values.cache) : undefined,
  onProgress: (line) => process.stderr.write(`\r${line.padEnd(60)}`),
});
process.stderr.write("\n");
const loadSeconds = (performance.now() - t0) / 1000;
const items = data.postings.filter((p) => values.all || p.published);

// Fingerprints (with a learned boilerplate model when asked).
let t = performance.now();
let model: BoilerplateModel | undefined;
if (values.model) model = buildBoilerplateModel(items.map((p) => p.posting));
const modelSeconds = (performance.now() - t) / 1000;
t = performance.now();
const fps: Fingerprint[] = items.map((p) =>
  fingerprint(p.posting, model === undefined ? {} : { boilerplate: model }),
);
const fingerprintSeconds = (performance.now() - t) / 1000;

// Placement, as src/storage/clustering.ts does it: candidates, every member of their clusters,
// placePosting. `compared` keeps, per posting, the clusters it was compared with.
t = performance.now();
const index = new CandidateIndex<number>({ maxPerKey: 500 });
const clusterOf = new Int32Array(items.length);
const members = new Map<number, number[]>();
const compared: Array<Set<number>> = [];
const placeReason: string[] = [];
let candidatesSeen = 0;
let comparisons = 0;
let unsettled = 0;
for (let i = 0; i < items.length; i++) {
  const fp = fps[i] as Fingerprint;
  const clusters = new Set<number>();
  for (const c of index.candidates(fp, Number(values.candidates))) clusters.add(clusterOf[c] as number);
  const matches: ClusterMatch<number, number>[] = [];
  candidatesSeen += clusters.size;
  for (const cluster of clusters)
    for (const m of members.get(cluster) ?? [])
      matches.push({ postingId: m, clusterId: cluster, comparison: compare(fp, fps[m] as Fingerprint) });
  comparisons += matches.length;
  const placement = placePosting(matches);
  // Placeless members merged on their text alone that another site makes ambiguous: each leaves
  // for a cluster of its own (numbered after the postings), as clustering.ts does.
  for (const m of placement.unsettled) {
    const list = members.get(clusterOf[m.postingId] as number);
    list?.splice(list.indexOf(m.postingId), 1);
    const own = items.length + unsettled++;
    clusterOf[m.postingId] = own;
    members.set(own, [m.postingId]);
    placeReason[m.postingId] = "unsettled: placeless copy of a job at several sites";
  }
  const cluster = placement.action === "join" ? placement.clusterId : i;
  clusterOf[i] = cluster;
  const list = members.get(cluster);
  if (list) list.push(i);
  else members.set(cluster, [i]);
  index.add(i, fp);
  compared.push(clusters);
  placeReason.push(placement.action === "join" ? "join" : placement.reason);
}
const clusterSeconds = (performance.now() - t) / 1000;

// Pairwise evaluation over the postings counted (clean ones unless --violating).
const counted = (i: number) => values.violating || !(items[i] as SimPosting).violating;
const byJob = new Map<string, number[]>();
for (let i = 0; i < items.length; i++) {
  if (!counted(i)) continue;
  const job = (items[i] as SimPosting).jobId;
  const list = byJob.get(job);
  if (list) list.push(i);
  else byJob.set(job, [i]);
}
const pairs = (n: number) => (n * (n - 1)) / 2;
let truePairs = 0;
let mergedPairs = 0;
let correct = 0;
for (const list of byJob.values()) truePairs += pairs(list.length);
const falseMerges: Array<[number, number]> = [];
for (const list of members.values()) {
  const kept = list.filter(counted);
  mergedPairs += pairs(kept.length);
  for (let x = 0; x < kept.length; x++)
    for (let y = x + 1; y < kept.length; y++) {
      const a = kept[x] as number;
      const b = kept[y] as number;
      if (items[a]?.jobId === items[b]?.jobId) correct++;
      else falseMerges.push([a, b]);
    }
}
const precision = mergedPairs === 0 ? 1 : correct / mergedPairs;
const recall = truePairs === 0 ? 1 : correct / truePairs;
const f1 = (2 * precision * recall) / (precision + recall);

const fmt = (x: number) => x.toFixed(4);
const table = (header: string[], body: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of body) console.log(line(row));
};

/** Recall of true pairs grouped by labels (a pair may carry several). */
const recallBy = (labels: (a: number, b: number) => Iterable<string>) => {
  const stats = new Map<string, { pairs: number; merged: number }>();
  for (const list of byJob.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as number;
        const b = list[y] as number;
        const merged = clusterOf[a] === clusterOf[b];
        for (const label of labels(a, b)) {
          const s = stats.get(label) ?? { pairs: 0, merged: 0 };
          s.pairs++;
          if (merged) s.merged++;
          stats.set(label, s);
        }
      }
  return [...stats]
    .sort((x, y) => y[1].pairs - x[1].pairs)
    .map(([label, s]) => [label, String(s.pairs), String(s.pairs - s.merged), fmt(s.merged / s.pairs)]);
};

console.log(
  `${items.length} postings deduplicated (${data.postings.length} read, ${data.postings.length - items.length} held by the screen${values.all ? " but kept (--all)" : ""}; dropped: ${JSON.stringify(data.dropped)}), ${[...byJob.keys()].length} jobs counted`,
);
console.log(
  `time: load ${loadSeconds.toFixed(1)} s (référentiels, read, normalise, screen on two threads: ${data.seconds.toFixed(1)} s when not cached)${model ? `, model ${modelSeconds.toFixed(1)} s (${model.hashes.length} sentences)` : ""}, fingerprint ${fingerprintSeconds.toFixed(1)} s (${((fingerprintSeconds * 1e6) / items.length).toFixed(0)} µs each), placement ${clusterSeconds.toFixed(1)} s (${(candidatesSeen / items.length).toFixed(1)} candidate offers and ${(comparisons / items.length).toFixed(1)} comparisons per posting, ${unsettled} placeless members unsettled)`,
);
console.log("\nOverall (pairwise, postings of one job vs postings of one offer):");
table(
  ["true pairs", "merged pairs", "correct", "precision", "recall", "F1"],
  [[String(truePairs), String(mergedPairs), String(correct), fmt(precision), fmt(recall), fmt(f1)]],
);

console.log("\nRecall per variant (pairs where either copy has it):");
table(
  ["variant", "pairs", "missed", "recall"],
  recallBy((a, b) => {
    const set = new Set([...(items[a]?.variants ?? []), ...(items[b]?.variants ?? [])]);
    return set.size === 0 ? ["(none)"] : set;
  }),
);
console.log("\nRecall per number of copies of the job:");
table(
  ["copies", "pairs", "missed", "recall"],
  recallBy((a) => [String(byJob.get(items[a]?.jobId as string)?.length)]),
);
console.log("\nRecall per partner format (pairs where either copy comes in it):");
table(
  ["format", "pairs", "missed", "recall"],
  recallBy((a, b) => new Set([items[a]?.format as string, items[b]?.format as string])),
);

// Hard negatives: postings of related jobs (a job and its anchor, or two jobs of one anchor).
const relationOf = (a: string, b: string): string | null => {
  const ra = data.relations.get(a);
  const rb = data.relations.get(b);
  if (ra?.of === b) return ra.kind;
  if (rb?.of === a) return rb.kind;
  if (ra && rb && ra.of === rb.of) return `${ra.kind} / ${rb.kind} (same anchor)`;
  return null;
};
const negatives = new Map<string, { pairs: number; merged: number; examples: Array<[number, number]> }>();
const jobsOfAnchor = new Map<string, string[]>();
for (const [job, r] of data.relations) {
  if (!byJob.has(job)) continue;
  jobsOfAnchor.set(r.of, [...(jobsOfAnchor.get(r.of) ?? []), job]);
}
for (const [anchor, related] of jobsOfAnchor) {
  const group = [anchor, ...related].filter((j) => byJob.has(j));
  for (let x = 0; x < group.length; x++)
    for (let y = x + 1; y < group.length; y++) {
      const kind = relationOf(group[x] as string, group[y] as string);
      if (kind === null) continue;
      const s = negatives.get(kind) ?? { pairs: 0, merged: 0, examples: [] };
      for (const a of byJob.get(group[x] as string) ?? [])
        for (const b of byJob.get(group[y] as string) ?? []) {
          s.pairs++;
          if (clusterOf[a] === clusterOf[b]) {
            s.merged++;
            s.examples.push([a, b]);
          }
        }
      negatives.set(kind, s);
    }
}
console.log("\nHard negatives (posting pairs of related jobs):");
table(
  ["relation", "pairs", "merged"],
  [...negatives].map(([kind, s]) => [kind, String(s.pairs), String(s.merged)]),
);

// Why true pairs were missed.
const { titleDuplicate, titleStrong } = DEFAULT_THRESHOLDS;
/** The decisive reason of a comparison that is not a duplicate. */
const blame = (c: Comparison): string => {
  const s = c.scores;
  if (c.conflicts.length > 0) return `conflict ${c.conflicts.join("+")}`;
  if (s.title < (s.titleWordsDiffer ? titleStrong : titleDuplicate))
    return `title ${s.title < titleDuplicate ? "< 0.8" : "words differ"}`;
  const text = textEvidence(s, DEFAULT_THRESHOLDS);
  return `text ${text.reliable ? "" : "short "}(employer ${s.employer}, place ${s.place})`;
};
const causes = new Map<string, Array<[number, number, Comparison]>>();
for (const list of byJob.values())
  for (let x = 0; x < list.length; x++)
    for (let y = x + 1; y < list.length; y++) {
      const a = list[x] as number;
      const b = list[y] as number;
      if (clusterOf[a] === clusterOf[b]) continue;
      const c = compare(fps[b] as Fingerprint, fps[a] as Fingerprint);
      let cause: string;
      if (c.decision !== "duplicate") cause = `${c.decision}: ${blame(c)}`;
      else if (!compared[b]?.has(clusterOf[a] as number)) cause = "duplicate, never compared (blocking)";
      else cause = `duplicate, not placed: ${placeReason[b]}`;
      const list2 = causes.get(cause) ?? [];
      list2.push([a, b, c]);
      causes.set(cause, list2);
    }
const sortedCauses = [...causes].sort((x, y) => y[1].length - x[1].length);
console.log("\nMissed true pairs by cause (the later posting compared with the earlier one):");
table(
  ["cause", "pairs"],
  sortedCauses.map(([cause, list]) => [cause, String(list.length)]),
);

const describe = (i: number): string => {
  const p = items[i] as SimPosting;
  const n = p.posting;
  const l = n.location;
  const place = [l.commune, l.postalCode, l.city, l.departement].map((x) => x ?? "-").join(" ");
  const e = n.employer;
  return `      [${p.partner}/${p.format}] ${p.jobId} «${n.title}» | ${e.name ?? "-"} ${e.siret ?? ""} | ${place} | ${n.contract.type ?? "-"} ${n.contract.workingTime ?? ""} | ${n.description.text.length} ch | ${p.variants.join(",")}`;
};
const showPair = (a: number, b: number, c: Comparison) => {
  console.log(describe(a));
  console.log(describe(b));
  console.log(
    `      -> ${c.decision} ${c.score.toFixed(2)}: ${c.reason} [${c.features.join(" ")}] titles «${fps[a]?.title}» / «${fps[b]?.title}»`,
  );
};
/** Evenly spread examples of a list. */
const spread = <T>(list: readonly T[], n: number): T[] =>
  list.length <= n
    ? [...list]
    : Array.from({ length: n }, (_, k) => list[Math.floor((k * list.length) / n)] as T);
console.log("\nExamples of missed pairs:");
for (const [cause, list] of sortedCauses.slice(0, 12)) {
  console.log(`  ${cause} (${list.length}):`);
  for (const [a, b, c] of spread(list, samples)) showPair(a, b, c);
}
console.log("\nHard negatives merged, examples:");
for (const [kind, s] of negatives) {
  if (s.merged === 0) continue;
  console.log(`  ${kind} (${s.merged}):`);
  for (const [a, b] of spread(s.examples, samples)) {
    const c = compare(fps[b] as Fingerprint, fps[a] as Fingerprint);
    showPair(a, b, c);
  }
}
console.log(`\nFalse merges (${falseMerges.length} pairs), examples:`);
for (const [a, b] of spread(falseMerges, samples * 3)) {
  const kind = relationOf(items[a]?.jobId as string, items[b]?.jobId as string);
  console.log(`  ${kind ?? "unrelated jobs"}:`);
  showPair(a, b, compare(fps[b] as Fingerprint, fps[a] as Fingerprint));
}
