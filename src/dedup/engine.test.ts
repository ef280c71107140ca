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
});
