import { beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import { buildJob, type SimJob } from "./job.js";
import { createMarketContext, type MarketContext } from "./market.js";
import { loadMarketData } from "./market-data.js";
import { buildPartners } from "./partners.js";
import { DEFAULT_VIOLATION_RATE } from "./presets.js";
import { seedFromText } from "./rng.js";

let ctx: MarketContext;

beforeAll(async () => {
  // The market of bench/eval-dedup-sim.ts: seed "bench", 70 partners.
  const seed = seedFromText("bench");
  const data = await loadMarketData(DATA_DIR);
  ctx = createMarketContext(
    seed,
    data,
    buildPartners(seed, 70),
    new Date("2026-11-20T00:00:00Z"),
    DEFAULT_VIOLATION_RATE,
  );
}, 120_000);

/** Moved relatives (another site of the anchor's vacancy, or the same job elsewhere) by anchor. */
const movedRelatives = (from: number, to: number): Map<number, SimJob[]> => {
  const byAnchor = new Map<number, SimJob[]>();
  for (let index = from; index < to; index++) {
    const job = buildJob(ctx, index);
    if (job.relation === null || job.relation.kind === "agency-template") continue;
    byAnchor.set(job.relation.anchor, [...(byAnchor.get(job.relation.anchor) ?? []), job]);
  }
  return byAnchor;
};

describe("relatives of one anchor", () => {
  it("put two sites of one multi-location job in two communes (J0008415 / J0008417 shared Besançon)", () => {
    const [a, b] = [buildJob(ctx, 8415), buildJob(ctx, 8417)];
    expect(a.relation).toEqual({ kind: "multi-location", anchor: b.relation?.anchor });
    expect(b.relation?.kind).toBe("multi-location");
    expect(a.commune.code).not.toBe(b.commune.code);
  });

  it("never share a commune with each other or with their anchor", () => {
    const shared: string[] = [];
    for (const [anchor, relatives] of movedRelatives(0, 12_000)) {
      const communes = relatives.map((j) => j.commune.code);
      communes.push(buildJob(ctx, anchor).commune.code);
      if (new Set(communes).size < communes.length) shared.push(relatives.map((j) => j.id).join("/"));
    }
    expect(shared).toEqual([]);
  });

  it("mark every site of a multi-location job, the anchor included, and no other job", () => {
    const marked = new Set<number>();
    for (const [anchor, relatives] of movedRelatives(0, 12_000)) {
      const sites = relatives.filter((j) => j.relation?.kind === "multi-location");
      if (sites.length === 0) continue;
      marked.add(anchor);
      for (const site of sites) marked.add(site.index);
    }
    expect(marked.size).toBeGreaterThan(100);
    const unmarked: string[] = [];
    let extra = 0;
    for (let index = 0; index < 11_990; index++) {
      const job = buildJob(ctx, index);
      if (marked.has(index) && !job.sites) unmarked.push(job.id);
      // A site that found no commune became a job of its own: its anchor stays marked.
      if (job.sites && !marked.has(index)) extra++;
    }
    expect(unmarked).toEqual([]);
    expect(extra).toBeLessThan(marked.size / 50);
  });
});
