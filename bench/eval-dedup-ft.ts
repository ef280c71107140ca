/**
 * Deduplication quality on the France Travail offers (../shared/data/offres):
 *   A. against the 159 weak reference groups (same normalised title + employer + commune);
 *   B. against planted cross-posted variants and hard negatives built from the same offers.
 * Run: npx tsx bench/eval-dedup-ft.ts [data-dir] [--no-model] [--samples=N] [--dump=PREFIX]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { BoilerplateLearner, type BoilerplateModel } from "../src/dedup/boilerplate.js";
import { compare } from "../src/dedup/decide.js";
import { DedupEngine } from "../src/dedup/engine.js";
import { type Fingerprint, fingerprint } from "../src/dedup/fingerprint.js";
import { ftOfferToPosting, seededRandom } from "../src/dedup/fixtures.js";
import { fnv1a } from "../src/dedup/hash.js";
import { crossPost, elsewhere, reusedTemplate } from "../src/dedup/variants.js";
import type { Location, NormalizedPosting } from "../src/offer/offer.js";
import { fold } from "../src/text/fold.js";
import { DATA_DIR } from "../test/helpers/paths.js";

const args = process.argv.slice(2);
const dataDir = args.find((a) => !a.startsWith("--")) ?? DATA_DIR;
const useModel = !args.includes("--no-model");
const samples = Number(args.find((a) => a.startsWith("--samples="))?.split("=")[1] ?? 8);
// --dump=PREFIX writes each set's merged pairs to PREFIX-A.txt and PREFIX-B.txt (to diff two versions).
const dump = args.find((a) => a.startsWith("--dump="))?.split("=")[1];

type Labelled = { id: string; posting: NormalizedPosting; truth: string };

const pairs = (groups: Iterable<string[]>): Set<string> => {
  const out = new Set<string>();
  for (const g of groups) {
    const sorted = [...g].sort();
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) out.add(`${sorted[i]} ${sorted[j]}`);
  }
  return out;
};

const groupBy = (items: Labelled[], key: (l: Labelled) => string): string[][] => {
  const map = new Map<string, string[]>();
  for (const l of items) map.set(key(l), [...(map.get(key(l)) ?? []), l.id]);
  return [...map.values()];
};

const score = (predicted: Set<string>, truth: Set<string>) => {
  let tp = 0;
  for (const p of predicted) if (truth.has(p)) tp++;
  const precision = predicted.size === 0 ? 1 : tp / predicted.size;
  const recall = truth.size === 0 ? 1 : tp / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp: predicted.size - tp, fn: truth.size - tp, precision, recall, f1 };
};

const run = (items: Labelled[], model: BoilerplateModel | undefined) => {
  const engine = new DedupEngine<string>();
  const fps = new Map<string, Fingerprint>();
  const times: number[] = [];
  const outcomes = { join: 0, new: 0, possible: 0 };
  const ordered = [...items].sort((a, b) =>
    (a.posting.publishedAt ?? "").localeCompare(b.posting.publishedAt ?? ""),
  );
  for (const { id, posting } of ordered) {
    const t0 = performance.now();
    const fp = fingerprint(posting, model === undefined ? {} : { boilerplate: model });
    const placement = engine.upsert(id, fp);
    times.push(performance.now() - t0);
    fps.set(id, fp);
    outcomes[placement.action]++;
    if (placement.possible.length > 0) outcomes.possible++;
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3);
  return { engine, fps, outcomes, latency: `placement p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms` };
};

const show = (
  byId: Map<string, Labelled>,
  fps: Map<string, Fingerprint>,
  pair: string,
  clusters?: (id: string) => string,
): string => {
  const [a, b] = pair.split(" ") as [string, string];
  const line = (id: string) => {
    const p = (byId.get(id) as Labelled).posting;
    return `    ${id} [${p.partner}] ${p.title} | ${p.employer.name ?? "-"} | ${p.location.label ?? "-"} | ${p.contract.type ?? "-"} | ${p.publishedAt?.slice(0, 10)} | ${p.description.text.length} ch`;
  };
  const c = compare(fps.get(a) as Fingerprint, fps.get(b) as Fingerprint);
  return `${line(a)}\n${line(b)}\n    -> ${c.decision}: ${c.reason}${clusters === undefined ? "" : ` [offers ${clusters(a)} / ${clusters(b)}]`}`;
};

const report = (
  name: string,
  items: Labelled[],
  truthGroups: string[][],
  model: BoilerplateModel | undefined,
) => {
  const { engine, fps, outcomes, latency } = run(items, model);
  const predicted = pairs(engine.allClusters().map(([, m]) => m));
  if (dump) writeFileSync(`${dump}-${name.charAt(0)}.txt`, `${[...predicted].sort().join("\n")}\n`);
  const truth = pairs(truthGroups);
  const s = score(predicted, truth);
  console.log(
    `\n== ${name}: ${items.length} postings, ${truth.size} reference pairs, ${predicted.size} merged pairs`,
  );
  console.log(
    `   precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
  );
  console.log(
    `   placements: ${outcomes.join} joined, ${outcomes.new} new offers, ${outcomes.possible} with possible duplicates; ${latency}`,
  );
  const byId = new Map(items.map((l) => [l.id, l]));
  const fp = [...predicted].filter((p) => !truth.has(p));
  const fn = [...truth].filter((p) => !predicted.has(p));
  const named = (pair: string) => pair.split(" ").every((id) => byId.get(id)?.posting.employer.name != null);
  const sn = score(new Set([...predicted].filter(named)), new Set([...truth].filter(named)));
  console.log(
    `   pairs where both employers are named: precision ${sn.precision.toFixed(4)}  recall ${sn.recall.toFixed(4)}  F1 ${sn.f1.toFixed(4)}`,
  );
  const text = (pair: string) => {
    const [x, y] = pair.split(" ") as [string, string];
    return compare(fps.get(x) as Fingerprint, fps.get(y) as Fingerprint).scores.text;
  };
  const unnamed = fp.filter((p) => !named(p)).length;
  console.log(
    `   of the ${fp.length} merged pairs outside the reference: ${fp.filter((p) => text(p).identical).length} have identical texts, ${unnamed} involve an unnamed employer (the reference cannot group them)`,
  );
  console.log(
    `   of the ${fn.length} reference pairs not merged: ${fn.filter((p) => text(p).overlap < 0.5).length} have texts sharing less than half their word pairs`,
  );
  console.log(`   merged but not in the reference (${fp.length}), sample:`);
  for (const p of fp.slice(0, samples)) console.log(show(byId, fps, p));
  console.log(`   in the reference but not merged (${fn.length}), sample:`);
  const members = (id: string) => engine.members(engine.clusterOf(id) ?? id).join(" ");
  for (const p of fn.slice(0, samples)) console.log(show(byId, fps, p, members));
  return { engine, fps };
};

const learn = (postings: NormalizedPosting[]): BoilerplateModel | undefined => {
  if (!useModel) return undefined;
  const learner = new BoilerplateLearner();
  for (const p of postings) learner.observe(p);
  return learner.build();
};

// A. France Travail offers against the weak reference groups.
const offers = JSON.parse(
  gunzipSync(readFileSync(resolve(dataDir, "offres/ft_offres_anonymised_all.json.gz"))).toString("utf8"),
) as Array<Record<string, unknown>>;
const reference = JSON.parse(
  readFileSync(resolve(dataDir, "offres/ft_offres_duplicate_groups.json"), "utf8"),
) as { groups: string[][] };
const ft: Labelled[] = offers.map((o) => ({
  id: String(o.id),
  posting: ftOfferToPosting(o),
  truth: String(o.id),
}));
const ftModel = learn(ft.map((l) => l.posting));
console.log(`boilerplate model: ${ftModel === undefined ? "none" : `${ftModel.hashes.length} sentences`}`);
report("A. France Travail offers vs weak reference groups", ft, reference.groups, ftModel);

// B. Planted variants built from originals that are surely different vacancies: no two share
// a normalised title and département, or half of their text (exact shingle overlap among
// candidates, independent of the decision under test). 1-3 cross-posts each, hard negatives for
// a third.
const rnd = seededRandom(42);
// Word pairs of the folded text and a plain title key, independent of the dedup code under test.
const shingleSet = (p: NormalizedPosting): Set<number> => {
  const words = fold(p.description.text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
  const out = new Set<number>();
  for (let i = 1; i < words.length; i++) out.add(fnv1a(`${words[i - 1]} ${words[i]}`));
  return out;
};
const plainTitle = (title: string) =>
  fold(title)
    .replace(/\b[hf]\s*\/\s*[hf]\b/g, " ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1)
    .sort()
    .join(" ");
const overlapOf = (x: Set<number>, y: Set<number>) => {
  let common = 0;
  for (const h of x) if (y.has(h)) common++;
  return common / Math.max(1, Math.min(x.size, y.size));
};
// The originals do not depend on the code under test: candidates come from an inverted index of
// a fixed sample of shingles (one in eight), not from fingerprint keys.
const taken = new Set<string>();
const chosen: Array<Set<number>> = [];
const bySample = new Map<number, number[]>();
const sampled = (shingles: Set<number>) => [...shingles].filter((h) => h % 8 === 0);
const originals = ft.filter((l) => {
  const key = `${plainTitle(l.posting.title)}|${l.posting.location.departement}`;
  if (taken.has(key) || l.posting.description.text.length < 200) return false;
  const shingles = shingleSet(l.posting);
  const near = new Set(sampled(shingles).flatMap((h) => bySample.get(h) ?? []));
  if ([...near].some((i) => overlapOf(chosen[i] as Set<number>, shingles) >= 0.5)) return false;
  taken.add(key);
  for (const h of sampled(shingles)) bySample.set(h, [...(bySample.get(h) ?? []), chosen.length]);
  chosen.push(shingles);
  return true;
});
const locations = [
  ...new Map(
    ft
      .filter((l) => l.posting.location.commune !== null)
      .map((l) => [l.posting.location.commune, l.posting.location]),
  ).values(),
];
const partners = ["HELLOWORK", "INDEED", "METEOJOB", "APEC", "JOOBLE"];
const synthetic: Labelled[] = [];
const placesUsed = new Set(
  ft.map(
    (l) => `${plainTitle(l.posting.title)}|${l.posting.employer.name}|${l.posting.location.departement}`,
  ),
);
let negatives = 0;
for (const o of originals) {
  synthetic.push(o);
  const copies = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < copies; i++) {
    synthetic.push({
      id: `${o.id}~v${i}`,
      posting: crossPost(o.posting, rnd, partners[i % partners.length] as string, `${o.id}~v${i}`),
      truth: o.id,
    });
  }
  if (rnd() < 0.34) {
    negatives++;
    const kind = rnd();
    if (kind < 0.5 && o.posting.location.commune !== null) {
      // Two other départements where no posting of the same title and employer is.
      const title = plainTitle(o.posting.title);
      const used = (l: Location) => placesUsed.has(`${title}|${o.posting.employer.name}|${l.departement}`);
      for (let k = 0; k < 2; k++) {
        const free = locations.filter((l) => !used(l));
        const location = free[Math.floor(rnd() * free.length)] as Location;
        placesUsed.add(`${title}|${o.posting.employer.name}|${location.departement}`);
        const id = `${o.id}~city${k}`;
        synthetic.push({ id, posting: elsewhere(o.posting, location, id), truth: id });
      }
    } else {
      const id = `${o.id}~tpl`;
      synthetic.push({ id, posting: reusedTemplate(o.posting, id), truth: id });
    }
  }
}
const syntheticModel = learn(synthetic.map((l) => l.posting));
const b = report(
  `B. ${originals.length} originals + cross-posted variants + ${negatives} hard-negative sets`,
  synthetic,
  groupBy(synthetic, (l) => l.truth),
  syntheticModel,
);
const negativeMerges = synthetic.filter(
  (l) =>
    (l.id.includes("~city") || l.id.includes("~tpl")) &&
    b.engine.members(b.engine.clusterOf(l.id) ?? l.id).length > 1,
);
console.log(`   hard negatives merged with anything: ${negativeMerges.length}`);
for (const l of negativeMerges.slice(0, samples))
  console.log(`    ${l.id} in ${b.engine.members(b.engine.clusterOf(l.id) ?? l.id).join(", ")}`);
