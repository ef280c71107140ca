import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIngest } from "../src/cli/ingest.command.js";
import { exportPostings } from "../src/storage/export.js";
import { testCliContext } from "./helpers/app.js";
import { bakeryJob, indeedFeed, type TestJob, tempFile } from "./helpers/feeds.js";

/** The same bakery job, by a network of bakeries. */
const job = (reference: string, overrides: Partial<TestJob> = {}): TestJob =>
  bakeryJob(reference, { company: "Boulangeries du Parc", ...overrides });

/** One text published by one employer for two towns, and a copy giving no place at all. */
const copies: Record<string, [partner: string, job: TestJob]> = {
  placeless: ["remote-board", job("R1", { city: "", postalcode: "" })],
  lyon: ["lyon-board", job("L1")],
  grenoble: ["grenoble-board", job("G1", { city: "Grenoble", postalcode: "38000" })],
};

describe("a job published for several sites, with a copy giving no place", () => {
  let ctx: ReturnType<typeof testCliContext>;
  beforeEach(() => {
    ctx = testCliContext();
  });
  afterEach(async () => {
    await ctx.close();
  });

  const ingest = (name: string) => {
    const [partner, posting] = copies[name]!;
    return runIngest(ctx, {
      partner,
      format: "indeed-xml",
      sources: [tempFile("f.xml", indeedFeed([posting]))],
    });
  };
  const state = async () => {
    const db = (await ctx.store()).db;
    const rows: Array<{ reference: string; status: string; offer_id: string | null }> = [];
    for await (const p of exportPostings(db)) rows.push(p);
    const clustered = await db.selectFrom("posting_clusters").select(["posting_id", "offer_id"]).execute();
    const possible = await db.selectFrom("possible_duplicates").selectAll().execute();
    return { rows, clustered, possible };
  };

  it.each([
    ["the placeless copy first", ["placeless", "lyon", "grenoble"]],
    ["the placeless copy between the sites", ["lyon", "placeless", "grenoble"]],
    ["the placeless copy last", ["lyon", "grenoble", "placeless"]],
  ])("keeps the copy apart from both sites, %s", async (_, order) => {
    for (const name of order) await ingest(name);
    const { rows, clustered, possible } = await state();
    expect(rows.map((r) => [r.reference, r.status]).sort()).toEqual([
      ["G1", "published"],
      ["L1", "published"],
      ["R1", "published"],
    ]);
    expect(new Set(rows.map((r) => r.offer_id)).size).toBe(3);
    // The clustering table (the truth the caches are rebuilt from) agrees with the postings.
    expect(clustered.map((c) => c.offer_id).sort()).toEqual(rows.map((r) => r.offer_id).sort());
    // The copy stays a possible duplicate of both sites for operators.
    expect(possible.length).toBeGreaterThan(0);
  });

  it("merges the copy with the job while one site only is known", async () => {
    await ingest("placeless");
    await ingest("lyon");
    const { rows } = await state();
    expect(rows.map((r) => r.status).sort()).toEqual(["duplicate", "published"]);
    expect(new Set(rows.map((r) => r.offer_id)).size).toBe(1);
  });
});
