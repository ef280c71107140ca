import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIngest } from "../src/cli/ingest.command.js";
import { exportOffers, exportPostings } from "../src/storage/export.js";
import { testCliContext } from "./helpers/app.js";
import { indeedFeed, jobs, tempFile } from "./helpers/feeds.js";

const collect = async <T>(rows: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
};

describe("snapshot ingestion", () => {
  let ctx: ReturnType<typeof testCliContext>;
  const ingest = (content: string) =>
    runIngest(ctx, { partner: "acme", format: "indeed-xml", sources: [tempFile("feed.xml", content)] });

  beforeEach(() => {
    ctx = testCliContext();
  });
  afterEach(async () => {
    await ctx.close();
  });

  it("creates new postings, then finds them unchanged", async () => {
    const first = await ingest(indeedFeed(jobs(5)));
    expect(first).toMatchObject({
      received: 5,
      new: 5,
      updated: 0,
      unchanged: 0,
      closed: 0,
      status: "succeeded",
    });
    const second = await ingest(indeedFeed(jobs(5)));
    expect(second).toMatchObject({ received: 5, new: 0, updated: 0, unchanged: 5, closed: 0 });
    const offers = await collect(exportOffers((await ctx.store()).db));
    expect(offers).toHaveLength(5);
    expect(offers[0]!.sources).toEqual([
      { partner: "acme", reference: "R1", url: "https://example.org/offres/R1", canonical: true },
    ]);
  });

  it("updates changed postings and closes those missing from a complete snapshot", async () => {
    await ingest(indeedFeed(jobs(10)));
    const next = jobs(9, (i) => (i === 2 ? { title: "Vendeur / Vendeuse polyvalent(e)" } : {}));
    const report = await ingest(indeedFeed(next));
    expect(report).toMatchObject({ received: 9, new: 0, updated: 1, unchanged: 8, closed: 1 });
    const db = (await ctx.store()).db;
    const postings = await collect(exportPostings(db));
    expect(postings.find((p) => p.reference === "R10")?.status).toBe("closed");
    expect(postings.find((p) => p.reference === "R2")?.title).toBe("Vendeur / Vendeuse polyvalent(e)");
    const offers = await collect(exportOffers(db));
    expect(offers.map((o) => o.sources[0]!.reference)).not.toContain("R10");
    const changes = await db.selectFrom("changes").select(["kind"]).orderBy("seq").execute();
    expect(changes.filter((c) => c.kind === "created")).toHaveLength(10);
    expect(changes.filter((c) => c.kind === "updated")).toHaveLength(1);
    expect(changes.at(-1)?.kind).toBe("removed");
  });

  it("closes nothing when the snapshot holds fewer than 80 % of the open postings", async () => {
    await ingest(indeedFeed(jobs(10)));
    const report = await ingest(indeedFeed(jobs(7)));
    expect(report.closed).toBe(0);
    expect(report.close_skipped_reason).toMatch(/instantané suspect : 7 annonces reçues pour 10 ouvertes/);
    expect(await collect(exportOffers((await ctx.store()).db))).toHaveLength(10);
  });

  it("keeps the records before a truncation, fails the run and closes nothing", async () => {
    await ingest(indeedFeed(jobs(4)));
    const full = indeedFeed(jobs(6, (i) => (i === 1 ? { title: "Boulanger H/F" } : {})));
    const truncated = full.slice(0, full.indexOf("<referencenumber>R6"));
    const report = await ingest(truncated);
    expect(report.status).toBe("failed");
    expect(report.message).toBeTruthy();
    expect(report).toMatchObject({ new: 1, updated: 1, closed: 0 });
    expect(report.close_skipped_reason).toMatch(/flux incomplet/);
    expect(await collect(exportOffers((await ctx.store()).db))).toHaveLength(5);
  });

  it("changes nothing when the feed cannot be read at all", async () => {
    await ingest(indeedFeed(jobs(3)));
    const report = await ingest("ceci n'est pas du XML");
    expect(report.status).toBe("failed");
    expect(report).toMatchObject({ new: 0, updated: 0, closed: 0 });
    expect(await collect(exportOffers((await ctx.store()).db))).toHaveLength(3);
  });

  it("reports a malformed record and a duplicate reference, and keeps the rest", async () => {
    const feed = indeedFeed([...jobs(3), { reference: "R4", title: "" }, { reference: "R1" }]);
    const report = await ingest(feed);
    expect(report).toMatchObject({ received: 5, new: 3, errors: 2, status: "partial" });
    const reasons = report.record_errors.map((e) => [e.reference, e.reason]).sort();
    expect(reasons).toEqual([
      ["R1", "référence en double dans le flux"],
      ["R4", "intitulé manquant"],
    ]);
  });

  it("normalises what partners write: contract, salary, place, dates", async () => {
    await ingest(indeedFeed(jobs(1)));
    const [posting] = await collect(exportPostings((await ctx.store()).db));
    const [offer] = await collect(exportOffers((await ctx.store()).db));
    expect(posting!.contract.type).toBe("CDI");
    expect(offer!.location).toMatchObject({
      commune: "69383",
      postal_code: "69003",
      departement: "69",
      region: "84",
    });
    expect(offer!.salary).toMatchObject({ min: 2000, period: "month", currency: "EUR" });
    expect(offer!.salary.annual_gross).toBe(24000);
    expect(offer!.published_at).toMatch(/^2026-11-(19|20)T/);
    expect(offer!.employer.name).toBe("Boulangerie Martin");
  });
});
