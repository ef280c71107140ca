/**
 * In-memory search engine benchmark (src/search): bulk build of a synthetic national stock,
 * memory, query latency per kind, update cost, compaction and snapshot.
 * Usage: npx tsx --expose-gc bench/search-engine.bench.ts [stock size] [queries per kind]
 *        (default 470,000 and 300)
 * Corpus: titles are ROME appellation labels run through `analyze` (appellations Zipf-weighted),
 * bodies ~150 terms from a Zipf(1) vocabulary of ROME words + a synthetic tail, communes weighted
 * by population, contracts/salaries/remote/dates drawn with plausible shares. Seeded.
 */
import { loadGeo } from "../src/referentials/geo-load.js";
import { loadRome } from "../src/referentials/rome-load.js";
import type { IndexedOffer } from "../src/search/index-types.js";
import type { SearchQuery } from "../src/search/query.js";
import { SearchEngine } from "../src/search/search-engine.js";
import { analyze } from "../src/text/french.js";
import { DATA_DIR } from "../test/helpers/paths.js";
import { prng } from "./synthetic.js";

const stock = Number(process.argv[2] ?? 470_000);
const perKind = Number(process.argv[3] ?? 300);
const BODY_TERMS = 150;
const VOCABULARY = 60_000;
const NOW = Date.parse("2026-11-30T12:00:00.000Z");
const random = prng(2026);
const gc = (globalThis as { gc?: () => void }).gc;
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const [geo, rome] = await Promise.all([loadGeo(DATA_DIR), loadRome(DATA_DIR)]);

/** Sampler over weights: cumulative sums + binary search. */
const weighted = <T>(items: readonly T[], weight: (item: T) => number): (() => T) => {
  const cumulative = new Float64Array(items.length);
  let sum = 0;
  items.forEach((item, i) => {
    sum += weight(item);
    cumulative[i] = sum;
  });
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
};
/** Zipf(1)-like rank in [0, n): log-uniform. */
const zipfRank = (n: number) => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);

const shuffle = <T>(list: T[]): T[] => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
};
const COMMON =
  "poste mission equipe experience profil entreprise client recherche rejoindre competence formation " +
  "contrat salaire horaire travail service qualite gestion suivi accueil vente conseil securite sens " +
  "organisation rigueur autonomie relationnel diplome avantage mutuelle ticket restaurant temps plein";
const words = new Set<string>(analyze(COMMON));
for (const a of shuffle([...rome.appellations()])) for (const w of analyze(a.label)) words.add(w);
for (const m of rome.metiers()) for (const w of analyze(m.label)) words.add(w);
const vocabulary = [...words];
for (let i = 0; vocabulary.length < VOCABULARY; i++) vocabulary.push(`mot${i}`);

const appellations = shuffle(rome.appellations().filter((a) => !a.v3Only));
const titles = appellations.map((a) => ({ terms: analyze(`${a.label} H/F`), rome: a.rome }));
const title = () => titles[zipfRank(titles.length)]!;
const places = geo.communes().filter((c) => c.parent === null && c.lat !== null && (c.population ?? 0) > 0);
const commune = weighted(places, (c) => c.population ?? 0);
const contract = weighted(
  [
    ["CDI", 55],
    ["CDD", 25],
    ["MIS", 12],
    ["SAI", 3],
    ["LIB", 2],
    ["STG", 3],
  ] as const,
  ([, w]) => w,
);
const remote = weighted(
  [
    [null, 80],
    ["none", 10],
    ["hybrid", 8],
    ["full", 2],
  ] as const,
  ([, w]) => w,
);

const makeOffer = (num: number): IndexedOffer => {
  const t = title();
  const c = commune();
  const body = new Array<string>(BODY_TERMS);
  for (let i = 0; i < BODY_TERMS; i++) body[i] = vocabulary[zipfRank(vocabulary.length)]!;
  for (let i = 0; i < 3; i++) body[Math.floor(random() * BODY_TERMS)] = t.terms[i % t.terms.length]!;
  return {
    num,
    titleTerms: t.terms,
    bodyTerms: body,
    publishedAt: NOW - Math.floor(random() * 60 * 86_400_000),
    lat: c.lat,
    lon: c.lon,
    contractType: contract()[0],
    departement: c.departement,
    region: c.region,
    romeCode: t.rome,
    commune: c.code,
    salaryAnnual: random() < 0.6 ? 20_000 + Math.floor(random() * 40) * 1000 : null,
    remote: remote()[0],
  };
};

// ---- Build (addAll: bulk load then one compaction); corpus generation is timed apart
const engine = new SearchEngine();
let generationCpuMs = 0;
let generationWallMs = 0;
const CHUNK = 10_000;
function* corpus(): Generator<IndexedOffer> {
  for (let start = 1; start <= stock; start += CHUNK) {
    const wall0 = performance.now();
    const cpu0 = process.cpuUsage();
    const chunk = Array.from({ length: Math.min(CHUNK, stock - start + 1) }, (_, i) => makeOffer(start + i));
    generationCpuMs += cpuMs(cpu0);
    generationWallMs += performance.now() - wall0;
    yield* chunk;
  }
}
const buildCpu = process.cpuUsage();
const t0 = performance.now();
engine.addAll(corpus());
const buildWallMs = performance.now() - t0 - generationWallMs;
const buildCpuMs = cpuMs(buildCpu) - generationCpuMs;
gc?.();
const memory = process.memoryUsage();
const stats = engine.stats();
console.log(`stock ${stock} offers, ${stats.terms} terms, ${stats.basePostings} postings`);
console.log(
  `build (addAll): CPU ${(buildCpuMs / 1000).toFixed(1)} s = ${((buildCpuMs / stock) * 1000).toFixed(1)} µs/offer, ` +
    `wall ${(buildWallMs / 1000).toFixed(1)} s (corpus generation excluded)`,
);
console.log(
  `memory${gc ? " after gc" : ""}: typed arrays ${mb(stats.typedArrayBytes)}, heap used ${mb(memory.heapUsed)}, ` +
    `array buffers ${mb(memory.arrayBuffers)}, RSS ${mb(memory.rss)}`,
);

// ---- Queries
const KEYWORDS = [
  "vendeur",
  "infirmier",
  "développeur web",
  "chauffeur poids lourd",
  "comptable",
  "aide-soignante",
  "cuisinier",
  "agent d'entretien",
  "commercial",
  "magasinier cariste",
  "assistante de direction",
  "technicien de maintenance",
].map((k) => analyze(k));
const CITIES = ["75056", "69123", "13055", "31555", "33063", "59350", "44109", "67482", "35238", "34172"];
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const base: SearchQuery = { terms: [], sort: "date", offset: 0, limit: 20, facets: false };
const near = (code: string) => {
  const c = geo.commune(code)!;
  return { lat: c.lat!, lon: c.lon!, radiusKm: 30 };
};
const KINDS: Record<string, () => SearchQuery> = {
  keyword: () => ({ ...base, terms: pick(KEYWORDS), sort: "relevance" }),
  "keyword + commune 30 km": () => ({
    ...base,
    terms: pick(KEYWORDS),
    sort: "relevance",
    near: near(pick(CITIES)),
  }),
  "keyword + 30 km, by distance": () => ({
    ...base,
    terms: pick(KEYWORDS),
    sort: "distance",
    near: near(pick(CITIES)),
  }),
  "filters only (dept + contract)": () => ({
    ...base,
    departements: [pick(["69", "75", "13", "33", "59", "23"])],
    contractTypes: ["CDI"],
  }),
  "keyword + facets": () => ({ ...base, terms: pick(KEYWORDS), sort: "relevance", facets: true }),
  "deep page (100 of 20)": () => ({ ...base, terms: pick(KEYWORDS), sort: "relevance", offset: 1980 }),
  "deepest page (10,000)": () => ({ ...base, offset: 9980, departements: [pick(["69", "75", "13"])] }),
  "filters only + facets, whole stock": () => ({ ...base, facets: true }),
  "broad keyword (common word)": () => ({ ...base, terms: ["equipe"], sort: "relevance", facets: true }),
};

const percentile = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const rows: string[][] = [];
for (const [kind, make] of Object.entries(KINDS)) {
  for (let i = 0; i < 20; i++) engine.search(make()); // warm-up
  const wall = new Float64Array(perKind);
  const cpu = new Float64Array(perKind);
  let matched = 0;
  for (let i = 0; i < perKind; i++) {
    const q = make();
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    matched += engine.search(q).total;
    cpu[i] = cpuMs(cpu0);
    wall[i] = performance.now() - started;
  }
  wall.sort();
  cpu.sort();
  const stats = (times: Float64Array) =>
    [0.5, 0.95, 0.99].map((p) => percentile(times, p).toFixed(1)).join(" / ");
  rows.push([kind, Math.round(matched / perKind).toLocaleString("en"), stats(cpu), stats(wall)]);
}
const header = ["query", "avg total", "CPU p50 / p95 / p99", "wall p50 / p95 / p99"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(
  `\n${perKind} queries per kind, ms, engine only (one thread; wall includes time the OS gave to others)`,
);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));

// ---- Updates: replace existing offers (remove + add), add new ones, remove; then compaction and snapshot
const timed = (run: () => void) => {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  run();
  return { cpu: cpuMs(cpu0), wall: performance.now() - wall0 };
};
const show = (t: { cpu: number; wall: number }, per = 1, unit = "ms") =>
  `${((t.cpu / per) * (unit === "µs" ? 1000 : 1)).toFixed(1)} ${unit} CPU (wall ${((t.wall / per) * (unit === "µs" ? 1000 : 1)).toFixed(1)})`;
const UPDATES = 20_000;
const replacements = Array.from({ length: UPDATES }, () => makeOffer(1 + Math.floor(random() * stock)));
const fresh = Array.from({ length: UPDATES }, (_, i) => makeOffer(stock + 1 + i));
const replace = timed(() => {
  for (const doc of replacements) engine.add(doc);
});
const add = timed(() => {
  for (const doc of fresh) engine.add(doc);
});
const remove = timed(() => {
  for (let i = 0; i < UPDATES; i++) engine.remove(1 + Math.floor(random() * stock));
});
const churned = engine.stats();
const kw = KINDS.keyword!;
const afterChurn = timed(() => {
  for (let i = 0; i < perKind; i++) engine.search(kw());
});
const compaction = timed(() => engine.compact());
console.log(
  `\nupdates (${UPDATES} each): replace ${show(replace, UPDATES, "µs")}, add new ${show(add, UPDATES, "µs")}, remove ${show(remove, UPDATES, "µs")}`,
);
console.log(
  `after them: ${churned.deadSlots} dead slots, ${churned.deltaPostings} delta postings, keyword mean ` +
    `${show(afterChurn, perKind)}; compaction ${show(compaction)}`,
);

let image: Uint8Array = new Uint8Array(0);
const write = timed(() => {
  image = engine.toBuffer();
});
let loaded = engine;
const read = timed(() => {
  loaded = SearchEngine.fromBuffer(image);
});
const probe = { ...base, terms: KEYWORDS[0]!, sort: "relevance" as const, facets: true };
const same = JSON.stringify(loaded.search(probe)) === JSON.stringify(engine.search(probe));
console.log(
  `snapshot: ${mb(image.byteLength)}, toBuffer ${show(write)}, fromBuffer ${show(read)}, same answers: ${same}`,
);
