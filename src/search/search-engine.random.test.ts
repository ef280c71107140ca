import { describe, expect, it } from "vitest";
import type { IndexedOffer } from "./index-types.js";
import { naiveSearch } from "./naive-search.js";
import type { SearchQuery } from "./query.js";
import { SearchEngine } from "./search-engine.js";

/** mulberry32, seeded: the same random corpus and operations on every run. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const VOCAB = Array.from({ length: 40 }, (_, i) => `w${i}`);
const PLACES = [
  [45.76, 4.84],
  [45.77, 4.88],
  [48.86, 2.35],
  [43.3, 5.37],
] as const;

const generator = (random: () => number) => {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const zipf = () => VOCAB[Math.floor(VOCAB.length * random() ** 3)]!;
  const maybe = <T>(value: T): T | null => (random() < 0.15 ? null : value);
  const doc = (num: number): IndexedOffer => {
    const place = maybe(pick(PLACES));
    return {
      num,
      titleTerms: Array.from({ length: 1 + Math.floor(random() * 3) }, zipf),
      bodyTerms: Array.from({ length: Math.floor(random() * 12) }, zipf),
      publishedAt: Date.UTC(2025, 0, 1 + Math.floor(random() * 10)),
      lat: place ? place[0] + random() / 10 : null,
      lon: place ? place[1] + random() / 10 : null,
      contractType: maybe(pick(["CDI", "CDD", "MIS"])),
      departement: maybe(pick(["69", "75", "13", "38"])),
      region: maybe(pick(["84", "11", "93"])),
      romeCode: maybe(pick(["D1106", "K2204", "M1607", "N4101"])),
      commune: maybe(pick(["69123", "69266", "75056", "13055"])),
      salaryAnnual: maybe(20_000 + Math.floor(random() * 20) * 1000),
      remote: maybe(pick(["none", "hybrid", "full"])),
    };
  };
  const some = (values: string[]) => (random() < 0.3 ? values.filter(() => random() < 0.5) : undefined);
  const query = (): SearchQuery => {
    const terms = Array.from({ length: Math.floor(random() * 3) }, () =>
      random() < 0.05 ? "absent" : zipf(),
    );
    if (random() < 0.1 && terms.length > 0) terms.push(terms[0]!);
    const [lat, lon] = pick(PLACES);
    return {
      terms,
      near: random() < 0.3 ? { lat, lon, radiusKm: pick([2, 10, 30]) } : undefined,
      communes: some(["69123", "69266", "75056"]),
      departements: some(["69", "75", "13", "38"]),
      regions: some(["84", "11"]),
      contractTypes: some(["CDI", "CDD", "MIS"]),
      romeCodes: some(["D1106", "K2204", "M1607"]),
      remote: some(["none", "hybrid", "full"]),
      minAnnualSalary: random() < 0.2 ? 30_000 : undefined,
      publishedSince: random() < 0.2 ? new Date(Date.UTC(2025, 0, 5)).toISOString() : undefined,
      sort: pick(["relevance", "date", "distance"] as const),
      offset: pick([0, 0, 5, 20, 60]),
      limit: pick([1, 10, 30]),
      facets: random() < 0.5,
    };
  };
  return { doc, query, random };
};

describe("SearchEngine against a naive evaluation of the SQL semantics", () => {
  it.each([1, 2, 3])(
    "agrees through adds, updates, removals, compactions and snapshots (seed %i)",
    (seed) => {
      const g = generator(prng(seed));
      const live = new Map<number, IndexedOffer>();
      let engine = new SearchEngine({ autoCompact: false });
      const initial = Array.from({ length: 300 }, (_, i) => g.doc(i + 1));
      engine.addAll(initial);
      for (const d of initial) live.set(d.num, d);
      let next = 301;
      for (let round = 0; round < 12; round++) {
        for (let op = 0; op < 40; op++) {
          const r = g.random();
          const nums = [...live.keys()];
          if (r < 0.4 || nums.length === 0) {
            const d = g.doc(next++);
            engine.add(d);
            live.set(d.num, d);
          } else if (r < 0.7) {
            const d = g.doc(nums[Math.floor(g.random() * nums.length)]!);
            engine.add(d);
            live.set(d.num, d);
          } else {
            const num = nums[Math.floor(g.random() * nums.length)]!;
            expect(engine.remove(num)).toBe(true);
            live.delete(num);
          }
        }
        if (round % 4 === 1) engine.compact();
        if (round % 4 === 3) engine = SearchEngine.fromBuffer(engine.toBuffer(), { autoCompact: false });
        expect(engine.size).toBe(live.size);
        const docs = [...live.values()];
        for (let i = 0; i < 25; i++) {
          const q = g.query();
          expect(engine.search(q), JSON.stringify(q)).toEqual(naiveSearch(docs, q));
        }
      }
    },
  );
});
