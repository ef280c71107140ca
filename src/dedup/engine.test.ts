import { describe, expect, it } from "vitest";
import type { NormalizedPosting } from "../offer/offer.js";
import { DedupEngine } from "./engine.js";
import { fingerprint } from "./fingerprint.js";
import { PRESENTATION, SALES_AD, SYSADMIN_AD, salesPosting } from "./test-ads.js";

const base = salesPosting();
const cities = [
  { commune: "38185", postalCode: "38000", city: "Grenoble", departement: "38", lat: 45.1885, lon: 5.7245 },
  { commune: "73065", postalCode: "73000", city: "Chambéry", departement: "73", lat: 45.5646, lon: 5.9178 },
];

describe("DedupEngine", () => {
  const setup = () => {
    const engine = new DedupEngine<string>();
    const add = (id: string, p: NormalizedPosting) => engine.upsert(id, fingerprint(p));
    return { engine, add };
  };

  it("gathers cross-posts into one offer and keeps multi-location jobs apart", () => {
    const { engine, add } = setup();
    add("site", base);
    add("board", { ...base, partner: "board", title: "VENDEUR RANDONNÉE (H/F)" });
    add("aggregator", {
      ...base,
      partner: "agg",
      description: { html: "", text: `${PRESENTATION}\n${SALES_AD.slice(0, 900)}` },
      location: { ...base.location, commune: null, city: null },
    });
    for (const [i, c] of cities.entries()) {
      add(`city${i}`, { ...base, reference: `c${i}`, location: { ...base.location, ...c } });
    }
    add("other", { ...base, description: { html: "", text: SYSADMIN_AD } });
    expect(engine.members(engine.clusterOf("site") ?? "").sort()).toEqual(["aggregator", "board", "site"]);
    expect(engine.members(engine.clusterOf("city0") ?? "")).toEqual(["city0"]);
    expect(engine.members(engine.clusterOf("city1") ?? "")).toEqual(["city1"]);
    expect(engine.members(engine.clusterOf("other") ?? "")).toEqual(["other"]);
  });

  it("keeps the offer when one source closes, and lets an edited posting leave", () => {
    const { engine, add } = setup();
    add("site", base);
    add("board", { ...base, partner: "board" });
    add("agg", { ...base, partner: "agg" });
    const offer = engine.clusterOf("site");
    engine.remove("site");
    expect(engine.members(offer ?? "").sort()).toEqual(["agg", "board"]);
    const edited = add("board", { ...base, partner: "board", location: { ...base.location, ...cities[0] } });
    expect(edited.action).toBe("new");
    expect(engine.clusterOf("board")).not.toBe(offer);
    expect(engine.members(offer ?? "")).toEqual(["agg"]);
  });

  describe("a job published for several sites and a copy without any place", () => {
    const nowhere = {
      ...base.location,
      commune: null,
      postalCode: null,
      city: null,
      departement: null,
      lat: null,
      lon: null,
    };
    const postings: Record<string, NormalizedPosting> = {
      placeless: { ...base, partner: "remote-board", reference: "r1", location: nowhere },
      lyon: { ...base, partner: "board", reference: "b1" },
      grenoble: { ...base, partner: "board", reference: "b2", location: { ...base.location, ...cities[0] } },
      grenoble2: { ...base, partner: "agg", reference: "a2", location: { ...base.location, ...cities[0] } },
    };
    const offers = (engine: DedupEngine<string>) =>
      engine
        .allClusters()
        .map(([, members]) => members.sort().join("+"))
        .sort();

    it.each([
      ["the placeless copy first", ["placeless", "lyon", "grenoble", "grenoble2"]],
      ["the placeless copy between the sites", ["lyon", "placeless", "grenoble", "grenoble2"]],
      ["the placeless copy last", ["lyon", "grenoble", "grenoble2", "placeless"]],
      ["a site's copy last", ["grenoble", "placeless", "lyon", "grenoble2"]],
    ])("keeps it apart from every site, %s", (_, order) => {
      const { engine, add } = setup();
      for (const id of order) add(id, postings[id] as NormalizedPosting);
      expect(offers(engine)).toEqual(["grenoble+grenoble2", "lyon", "placeless"]);
    });

    it("lets it join the job when one site only is known", () => {
      const { engine, add } = setup();
      add("placeless", postings.placeless as NormalizedPosting);
      add("lyon", postings.lyon as NormalizedPosting);
      expect(offers(engine)).toEqual(["lyon+placeless"]);
    });
  });
});
