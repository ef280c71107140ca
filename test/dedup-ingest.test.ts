import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../src/cli/ingest.command.js";
import type { OfferView } from "../src/offer/offer-view.js";
import { exportOffers, exportPostings } from "../src/storage/export.js";
import { updatePartner } from "../src/storage/partner-store.js";
import { testCliContext } from "./helpers/app.js";
import { bakeryJob, indeedFeed, type TestJob, tempFile } from "./helpers/feeds.js";

const job = bakeryJob;

const collect = async <T>(rows: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
};

describe("deduplication at ingest time", () => {
  let ctx: ReturnType<typeof testCliContext>;
  const ingest = (partner: string, jobs: TestJob[]) =>
    runIngest(ctx, { partner, format: "indeed-xml", sources: [tempFile("f.xml", indeedFeed(jobs))] });
  const offers = async () => collect(exportOffers((await ctx.store()).db));
  const postings = async () => collect(exportPostings((await ctx.store()).db));

  beforeAll(async () => {
    ctx = testCliContext();
    await ingest("boulangerie-site", [job("B1")]);
    const db = (await ctx.store()).db;
    await updatePartner(db, "boulangerie-site", { kind: "employer", rank: 0.9 }, new Date().toISOString());
    await ingest("jobboard", [job("J1", { title: "VENDEUR VENDEUSE BOULANGERIE H/F", city: "LYON 03" })]);
    await updatePartner(db, "jobboard", { kind: "board", rank: 0.5 }, new Date().toISOString());
  });
  afterAll(async () => {
    await ctx.close();
  });

  it("merges one job posted by two partners into one offer listing both sources with the evidence", async () => {
    const [offer, ...rest] = await offers();
    expect(rest).toHaveLength(0);
    expect(offer!.sources.map((s) => [s.partner, s.canonical])).toEqual([
      ["boulangerie-site", true],
      ["jobboard", false],
    ]);
    expect(offer!.sources[1]!.match).toMatchObject({
      with: { partner: "boulangerie-site", reference: "B1" },
      reason: expect.any(String),
      features: expect.any(Array),
    });
    expect(offer!.sources[1]!.match!.score).toBeGreaterThan(0.5);
    const statuses = (await postings()).map((p) => [p.reference, p.status, p.offer_id]);
    expect(statuses).toEqual([
      ["B1", "published", offer!.id],
      ["J1", "duplicate", offer!.id],
    ]);
  });

  it("never merges the same employer and title in another city", async () => {
    const report = await ingest("jobboard", [
      job("J1", { title: "VENDEUR VENDEUSE BOULANGERIE H/F", city: "LYON 03" }),
      job("J2", { city: "Grenoble", postalcode: "38000" }),
    ]);
    expect(report).toMatchObject({ new: 1, duplicates: 0 });
    const all = await offers();
    expect(all).toHaveLength(2);
    const grenoble = all.find((o) => o.location.city === "Grenoble") as OfferView;
    expect(grenoble.sources.map((s) => s.reference)).toEqual(["J2"]);
  });

  it("keeps the offer while another source remains, and lets an edited posting leave", async () => {
    // The employer's own site stops listing the job: the board's copy carries the offer.
    await ingest("boulangerie-site", [
      job("B9", {
        title: "Boulanger / Boulangère H/F",
        description:
          "<p>Fabrication du pain au levain, de la pâte à la cuisson, dans notre fournil du centre-ville. Horaires de nuit, du mardi au samedi.</p>",
      }),
    ]);
    const lyon = (await offers()).find((o) => o.sources.some((s) => s.reference === "J1"))!;
    expect(lyon.sources.map((s) => [s.reference, s.canonical])).toEqual([["J1", true]]);
    expect((await postings()).find((p) => p.reference === "B1")!.status).toBe("closed");
    // The board rewrites its posting into another job: it stays alone in its offer.
    const edited = await ingest("jobboard", [
      job("J1", {
        title: "Chauffeur-livreur H/F",
        description:
          "<p>Livraison de colis en camionnette dans la métropole lyonnaise, tournées de 80 points, permis B exigé depuis trois ans.</p>",
      }),
      job("J2", { city: "Grenoble", postalcode: "38000" }),
    ]);
    expect(edited).toMatchObject({ updated: 1, duplicates: 0 });
  });
});
