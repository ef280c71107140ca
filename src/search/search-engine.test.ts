import { describe, expect, it } from "vitest";
import type { IndexedOffer } from "./index-types.js";
import type { SearchQuery } from "./query.js";
import { SearchEngine } from "./search-engine.js";

const DAY = 86_400_000;
const T0 = Date.parse("2025-03-01T00:00:00.000Z");

const offer = (num: number, overrides: Partial<IndexedOffer> = {}): IndexedOffer => ({
  num,
  titleTerms: [],
  bodyTerms: ["poste"],
  publishedAt: T0 + num * DAY,
  lat: 45.76,
  lon: 4.84,
  contractType: "CDI",
  departement: "69",
  region: "84",
  romeCode: "D1106",
  commune: "69123",
  salaryAnnual: null,
  remote: null,
  ...overrides,
});

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  terms: [],
  sort: "date",
  offset: 0,
  limit: 20,
  facets: false,
  ...overrides,
});

const engineOf = (docs: IndexedOffer[]): SearchEngine => {
  const engine = new SearchEngine();
  engine.addAll(docs);
  return engine;
};

const nums = (engine: SearchEngine, q: Partial<SearchQuery>) =>
  engine.search(query(q)).hits.map((h) => h.num);

describe("SearchEngine: text", () => {
  const engine = engineOf([
    offer(1, { titleTerms: ["vendeur"], bodyTerms: ["pain", "boulanger"] }),
    offer(2, { titleTerms: ["boulanger"], bodyTerms: ["vendeur", "pain"] }),
    offer(3, { titleTerms: ["cuisinier"], bodyTerms: ["vendeur"] }),
    offer(4, { titleTerms: ["comptable"], bodyTerms: ["bilan"] }),
  ]);

  it("requires every term, in the title or the body", () => {
    expect(nums(engine, { terms: ["vendeur", "pain"], sort: "relevance" }).sort()).toEqual([1, 2]);
    expect(nums(engine, { terms: ["vendeur", "bilan"] })).toEqual([]);
    expect(engine.search(query({ terms: ["vendeur"] })).total).toBe(3);
  });

  it("matches the analysed terms it is given, nothing else", () => {
    expect(nums(engine, { terms: ["vendeuse"] })).toEqual([]);
    expect(nums(engine, { terms: ["inconnu"] })).toEqual([]);
  });

  it("ranks a title match above a body-only match (title weighted 4×)", () => {
    // 1 has "vendeur" in its title; 2 and 3 only in the body, and 3 is shorter (BM25 length norm).
    expect(nums(engine, { terms: ["vendeur"], sort: "relevance" })).toEqual([1, 3, 2]);
    expect(nums(engine, { terms: ["boulanger"], sort: "relevance" })).toEqual([2, 1]);
  });

  it("sorts by date (newest first) when asked, or when there are no terms", () => {
    expect(nums(engine, { terms: ["vendeur"], sort: "date" })).toEqual([3, 2, 1]);
    expect(nums(engine, { sort: "relevance" })).toEqual([4, 3, 2, 1]);
  });

  it("puts offers without a publication date last, and leaves them out of a date filter", () => {
    const e = engineOf([
      offer(1),
      offer(2, { publishedAt: Number.NaN }),
      offer(3),
      offer(4, { publishedAt: Number.NaN }),
    ]);
    expect(nums(e, {})).toEqual([3, 1, 4, 2]);
    expect(nums(e, { publishedSince: new Date(T0).toISOString() })).toEqual([3, 1]);
  });

  it("counts a repeated term more, up to BM25 saturation", () => {
    const e = engineOf([
      offer(1, { bodyTerms: ["soudeur", "x", "x", "x"] }),
      offer(2, { bodyTerms: ["soudeur", "soudeur", "soudeur", "x"] }),
      offer(3, { bodyTerms: ["autre"] }),
      offer(4, { bodyTerms: ["autre"] }),
    ]);
    expect(nums(e, { terms: ["soudeur"], sort: "relevance" })).toEqual([2, 1]);
  });
});

describe("SearchEngine: filters", () => {
  const engine = engineOf([
    offer(1, {
      contractType: "CDD",
      departement: "75",
      region: "11",
      commune: "75056",
      lat: 48.8566,
      lon: 2.3522,
    }),
    offer(2, { romeCode: "K2204", remote: "full", salaryAnnual: 30_000 }),
    offer(3, { salaryAnnual: 24_000, remote: "hybrid", lat: null, lon: null }),
    offer(4, { commune: "69266", lat: 45.7719, lon: 4.8902, contractType: null }),
    offer(5, { departement: "38", region: "84", commune: "38185", lat: 45.1885, lon: 5.7245 }),
  ]);

  it.each<[Partial<SearchQuery>, number[]]>([
    [{ communes: ["69266", "75056"] }, [4, 1]],
    [{ departements: ["75", "38"] }, [5, 1]],
    [{ regions: ["11"] }, [1]],
    [{ contractTypes: ["CDD"] }, [1]],
    [{ contractTypes: ["XXX"] }, []],
    [{ romeCodes: ["K2204"] }, [2]],
    [{ remote: ["full", "hybrid"] }, [3, 2]],
    [{ minAnnualSalary: 25_000 }, [2]],
    [{ minAnnualSalary: 0 }, [3, 2]],
    [{ publishedSince: new Date(T0 + 4 * DAY).toISOString() }, [5, 4]],
    [{ departements: ["69"], contractTypes: ["CDI"] }, [3, 2]],
  ])("filters %j", (filters, expected) => {
    expect(nums(engine, filters)).toEqual(expected);
  });

  it("keeps offers within the radius, measured on the great circle, and skips those without coordinates", () => {
    // Lyon centre; Villeurbanne (4) is ~4 km away, Grenoble (5) ~95 km, Paris ~390 km, 3 has no point.
    const near = { lat: 45.7578, lon: 4.832, radiusKm: 10 };
    expect(nums(engine, { near }).sort()).toEqual([2, 4]);
    expect(nums(engine, { near: { ...near, radiusKm: 100 } }).sort()).toEqual([2, 4, 5]);
    const [hit] = engine.search(query({ near, communes: ["69266"] })).hits;
    expect(hit?.distanceKm).toBeGreaterThan(3);
    expect(hit?.distanceKm).toBeLessThan(6);
  });

  it("sorts by distance, then by date", () => {
    const near = { lat: 45.7578, lon: 4.832, radiusKm: 500 };
    const hits = engine.search(query({ near, sort: "distance" })).hits;
    expect(hits.map((h) => h.num)).toEqual([2, 4, 5, 1]);
    const distances = hits.map((h) => h.distanceKm ?? -1);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    // Without a point, "distance" falls back to date, as the SQL version does.
    expect(nums(engine, { sort: "distance" })).toEqual([5, 4, 3, 2, 1]);
  });
});

describe("SearchEngine: facets", () => {
  const engine = engineOf([
    offer(1, { contractType: "CDI", departement: "69", romeCode: "D1106", bodyTerms: ["vente"] }),
    offer(2, { contractType: "CDD", departement: "69", romeCode: "D1106", bodyTerms: ["vente"] }),
    offer(3, { contractType: "CDI", departement: "75", romeCode: "K2204", bodyTerms: ["vente"] }),
    offer(4, { contractType: "CDI", departement: "75", romeCode: "D1106", bodyTerms: ["menage"] }),
    offer(5, { contractType: null, departement: "69", romeCode: null, bodyTerms: ["vente"] }),
  ]);

  it("counts each facet without its own filter (disjunctive), with the other filters and the text", () => {
    const result = engine.search(
      query({ terms: ["vente"], contractTypes: ["CDI"], departements: ["69"], facets: true }),
    );
    expect(result.total).toBe(1);
    expect(result.facets).toEqual({
      // département 69 and "vente": 1 (CDI), 2 (CDD); 5 has no contract.
      contract: [
        { value: "CDD", count: 1 },
        { value: "CDI", count: 1 },
      ],
      // CDI and "vente": 1 (69), 3 (75).
      departement: [
        { value: "69", count: 1 },
        { value: "75", count: 1 },
      ],
      // CDI, 69 and "vente": 1.
      rome: [{ value: "D1106", count: 1 }],
    });
  });

  it("orders values by count, the whole stock when there is no filter", () => {
    const { facets } = engine.search(query({ facets: true }));
    expect(facets?.contract).toEqual([
      { value: "CDI", count: 3 },
      { value: "CDD", count: 1 },
    ]);
    expect(facets?.rome[0]).toEqual({ value: "D1106", count: 3 });
  });

  it("keeps at most 50 values", () => {
    const many = engineOf(Array.from({ length: 60 }, (_, i) => offer(i + 1, { departement: `D${i}` })));
    expect(many.search(query({ facets: true })).facets?.departement).toHaveLength(50);
  });
});

describe("SearchEngine: pages and determinism", () => {
  const docs = Array.from({ length: 300 }, (_, i) =>
    offer(i + 1, {
      publishedAt: T0 + (i % 7) * DAY, // many equal dates: ties broken by num
      titleTerms: i % 3 === 0 ? ["aide"] : ["agent"],
      bodyTerms: ["aide", ...Array.from({ length: i % 5 }, () => "soin")],
      lat: 45 + (i % 11) / 100,
      lon: 4.8,
    }),
  );

  it.each<Partial<SearchQuery>>([
    { sort: "date" },
    { terms: ["aide"], sort: "relevance" },
    { near: { lat: 45, lon: 4.8, radiusKm: 50 }, sort: "distance" },
  ])("pages of %j tile the full ranking without gaps or repeats", (q) => {
    const engine = engineOf(docs);
    const all = nums(engine, { ...q, limit: 300 });
    expect(all).toHaveLength(300);
    const paged = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((page) =>
      nums(engine, { ...q, offset: page * 40, limit: 40 }),
    );
    expect(paged).toEqual(all);
    expect(nums(engine, { ...q, offset: 290, limit: 20 })).toEqual(all.slice(290));
  });

  it("gives the same answers whatever the order the offers were added in", () => {
    const a = engineOf(docs);
    const b = engineOf([...docs].reverse());
    const c = new SearchEngine({ autoCompact: false });
    for (const doc of docs) c.add(doc);
    for (const q of [
      query({ terms: ["aide", "soin"], sort: "relevance", facets: true }),
      query({ limit: 50 }),
    ]) {
      expect(b.search(q)).toEqual(a.search(q));
      expect(c.search(q)).toEqual(a.search(q));
    }
  });
});

describe("SearchEngine: updates", () => {
  it("never returns a removed offer, and forgets its terms", () => {
    const engine = engineOf([offer(1, { titleTerms: ["plombier"] }), offer(2, { titleTerms: ["plombier"] })]);
    expect(engine.remove(1)).toBe(true);
    expect(engine.remove(1)).toBe(false);
    expect(engine.size).toBe(1);
    expect(nums(engine, { terms: ["plombier"] })).toEqual([2]);
    expect(nums(engine, {})).toEqual([2]);
    engine.remove(2);
    expect(engine.search(query({ terms: ["plombier"], facets: true }))).toMatchObject({ total: 0, hits: [] });
  });

  it("finds an updated offer by its new terms and fields, not its old ones", () => {
    const engine = engineOf([offer(1, { titleTerms: ["plombier"] }), offer(2, { titleTerms: ["macon"] })]);
    engine.add(offer(1, { titleTerms: ["electricien"], departement: "13" }));
    expect(engine.size).toBe(2);
    expect(nums(engine, { terms: ["plombier"] })).toEqual([]);
    expect(nums(engine, { terms: ["electricien"] })).toEqual([1]);
    expect(nums(engine, { departements: ["69"] })).toEqual([2]);
    expect(nums(engine, { departements: ["13"] })).toEqual([1]);
  });

  it("keeps BM25 statistics exact: removing a document changes the idf like never having added it", () => {
    const base = Array.from({ length: 20 }, (_, i) =>
      offer(i + 1, { bodyTerms: i < 6 ? ["chef", "cuisine", "x"] : ["cuisine", "y"] }),
    );
    const churned = new SearchEngine({ autoCompact: false });
    for (const doc of base) churned.add(doc);
    churned.add(offer(99, { bodyTerms: ["chef", "chef", "extra", "words", "here"] }));
    churned.remove(99);
    const fresh = engineOf(base);
    const q = query({ terms: ["chef", "cuisine"], sort: "relevance" });
    expect(churned.search(q)).toEqual(fresh.search(q));
    churned.compact();
    expect(churned.search(q)).toEqual(fresh.search(q));
  });

  it("keeps the last version of an offer given twice to addAll, and stays usable after a bad one", () => {
    const engine = new SearchEngine();
    engine.addAll([offer(1, { titleTerms: ["plombier"] }), offer(2), offer(1, { titleTerms: ["couvreur"] })]);
    expect(engine.size).toBe(2);
    expect(nums(engine, { terms: ["plombier"] })).toEqual([]);
    expect(nums(engine, { terms: ["couvreur"] })).toEqual([1]);
    expect(() => engine.addAll([offer(3, { titleTerms: ["couvreur"] }), offer(-4)])).toThrow(RangeError);
    expect(nums(engine, { terms: ["couvreur"] })).toEqual([3, 1]);
  });

  it("rejects a num that is not a 32-bit unsigned integer", () => {
    expect(() => new SearchEngine().add(offer(-1))).toThrow(RangeError);
    expect(() => new SearchEngine().add(offer(1.5))).toThrow(RangeError);
  });
});
