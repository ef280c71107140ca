import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../src/cli/ingest.command.js";
import { FINGERPRINT_VERSION } from "../src/dedup/fingerprint.js";
import { readFingerprint } from "../src/storage/dedup-state.js";
import { upgradeComputedData } from "../src/storage/upgrade.js";
import { testCliContext } from "./helpers/app.js";
import { indeedFeed, type TestJob, tempFile } from "./helpers/feeds.js";

const job = (reference: string, title: string): TestJob => ({
  reference,
  title,
  description:
    "<p>Vous accueillez la clientèle du magasin, la conseillez et assurez l'encaissement ; vous participez à la mise en rayon et à l'entretien du point de vente.</p>",
  company: "Boulangerie du Parc",
  city: "Lyon",
  postalcode: "69003",
  salary: "1 900 € brut par mois",
  date: "2026-11-20",
});

describe("data computed by an older version of the code", () => {
  let ctx: ReturnType<typeof testCliContext>;

  beforeAll(async () => {
    ctx = testCliContext();
    const feed = tempFile(
      "f.xml",
      indeedFeed([job("A", "Vendeur en boulangerie H/F"), job("B", "Chef de rayon H/F")]),
    );
    await runIngest(ctx, { partner: "board", format: "indeed-xml", sources: [feed] });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it("is up to date in a new database: nothing to recompute", async () => {
    expect(await upgradeComputedData((await ctx.store()).db)).toEqual([]);
  });

  it("recomputes fingerprints and search terms once their versions are stale", async () => {
    const db = (await ctx.store()).db;
    // What an older version left: JSON fingerprints of version 1, terms of another analyser.
    await db
      .updateTable("posting_clusters")
      .set({ fingerprint: JSON.stringify({ v: 1 }) })
      .execute();
    await db.updateTable("offers").set({ title_terms: "perime", body_terms: "perime" }).execute();
    await db.updateTable("meta").set({ value: "1" }).execute();

    expect(await upgradeComputedData(db)).toEqual(["fingerprint_version", "analyser_version"]);

    const clusters = await db.selectFrom("posting_clusters").select(["fingerprint", "keys"]).execute();
    expect(clusters).toHaveLength(2);
    for (const c of clusters) expect(readFingerprint(c.fingerprint, c.keys)?.v).toBe(FINGERPRINT_VERSION);
    const offers = await db.selectFrom("offers").select(["title", "title_terms"]).orderBy("title").execute();
    expect(offers.map((o) => o.title_terms)).toEqual([
      expect.stringContaining("rayon"),
      expect.stringContaining("vendeur"),
    ]);
    expect(await upgradeComputedData(db)).toEqual([]);
  });
});
