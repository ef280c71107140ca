import { describe, expect, it } from "vitest";
import type { IndexedOffer } from "./index-types.js";
import { SearchEngine } from "./search-engine.js";

const offer = (num: number, title: string[]): IndexedOffer => ({
  num,
  titleTerms: title,
  bodyTerms: ["poste", "equipe"],
  publishedAt: Date.UTC(2025, 0, num),
  lat: 48.85,
  lon: 2.35,
  contractType: "CDI",
  departement: "75",
  region: "11",
  romeCode: "M1607",
  commune: "75056",
  salaryAnnual: num * 1000,
  remote: num % 2 === 0 ? "hybrid" : null,
});

const q = { terms: ["secretaire"], sort: "relevance", offset: 0, limit: 10, facets: true } as const;

describe("SearchEngine snapshots", () => {
  it("answers the same after a round trip, also from an unaligned copy, and accepts updates", () => {
    const engine = new SearchEngine();
    engine.addAll([offer(1, ["secretaire"]), offer(2, ["secretaire", "medical"]), offer(3, ["comptable"])]);
    engine.remove(3);
    const image = engine.toBuffer();
    const unaligned = new Uint8Array(image.byteLength + 1).subarray(1);
    unaligned.set(image);
    for (const loaded of [SearchEngine.fromBuffer(image), SearchEngine.fromBuffer(unaligned)]) {
      expect(loaded.size).toBe(2);
      expect(loaded.search(q)).toEqual(engine.search(q));
      loaded.add(offer(4, ["secretaire"]));
      loaded.remove(2);
      expect(loaded.search(q).hits.map((h) => h.num)).toEqual([4, 1]);
    }
    // The image is independent of later changes to the loaded copies (2 held "medical").
    const again = SearchEngine.fromBuffer(image);
    expect(again.search({ ...q, terms: ["medical"] }).total).toBe(1);
    expect(again.search(q)).toEqual(engine.search(q));
  });

  it("refuses what is not a snapshot", () => {
    expect(() => SearchEngine.fromBuffer(new Uint8Array(64))).toThrow(/not a search index snapshot/);
    const image = new SearchEngine().toBuffer();
    expect(() => SearchEngine.fromBuffer(image.subarray(0, image.byteLength - 8))).toThrow();
  });
});
