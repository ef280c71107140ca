import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../src/http/server.js";
import { complianceScreen } from "../src/pipeline/screen.js";
import type { Store } from "../src/storage/connect.js";
import { findPartner, upsertPartner } from "../src/storage/partner-store.js";
import { listRuns, startRun } from "../src/storage/run-store.js";
import { testCliContext, testReferentials } from "./helpers/app.js";

const ADMIN = "admin-token-for-tests-0123456789";

const TEXT = [
  "<p>Au sein de notre boulangerie artisanale du centre-ville, vous accueillez la clientèle, conseillez sur nos pains au levain,",
  "viennoiseries et pâtisseries maison, et assurez l'encaissement. Vous participez à la mise en place de la vitrine dès l'ouverture,",
  "au réassortiment des rayons tout au long de la journée et à l'entretien du magasin dans le respect des règles d'hygiène.</p>",
].join(" ");

/** A compliant posting; `extra` is appended to its description. */
const posting = (reference: string, extra = "", overrides: Record<string, unknown> = {}) => ({
  reference,
  title: "Vendeur / Vendeuse en boulangerie",
  description: `${TEXT}<p>${extra}</p>`,
  url: `https://boulangerie.example/${reference}`,
  employer: { name: "Boulangerie du Parc" },
  location: { city: "Lyon", postal_code: "69003" },
  contract: { type: "CDI" },
  salary: { text: "1 900 € brut par mois" },
  published_at: "2026-11-20",
  ...overrides,
});

type Receipt = { reference: string; status: string; change: string | null; offer_id: string | null };

describe("partner push API: receipts, runs and failures", () => {
  let app: FastifyInstance;
  let store: Store;
  let ctx: ReturnType<typeof testCliContext>;
  const tokens: Record<string, string> = {};
  let interruptedRun = 0;

  const push = async (slug: string, body: unknown) => {
    const response = await app.inject({
      method: "POST",
      url: `/api/v1/partners/${slug}/postings`,
      headers: { authorization: `Bearer ${tokens[slug]}`, "content-type": "application/json" },
      payload: JSON.stringify(body),
    });
    return { status: response.statusCode, body: response.json() };
  };

  const register = async (slug: string, kind: string) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/admin/partners",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
      payload: JSON.stringify({ slug, label: slug, kind }),
    });
    tokens[slug] = response.json().token;
  };

  const runsOf = async (slug: string) => {
    const partner = await findPartner(store.db, slug);
    return listRuns(store.db, partner!.id);
  };

  beforeAll(async () => {
    ctx = testCliContext();
    store = await ctx.store();
    // A push run left running by a process that died, before this server started.
    const ghost = await upsertPartner(
      store.db,
      { slug: "ghost", label: "Ghost" },
      "2026-11-01T00:00:00.000Z",
    );
    interruptedRun = await startRun(store.db, ghost.id, ["push"], "2026-11-01T00:00:00.000Z", "push");
    app = await buildServer({
      store,
      referentials: await testReferentials(),
      // A write failure on demand: a posting titled "PANNE" makes the screen throw.
      screen: (p, partner, now) => {
        if (p.title === "PANNE") throw new Error("panne simulée du contrôle");
        return complianceScreen(p, partner, now);
      },
      now: () => new Date(),
      adminToken: ADMIN,
      logLevel: "silent",
    });
    await register("site", "employer");
    await register("agregateur", "aggregator");
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it("marks push runs left running by a dead process as failed when the server starts", async () => {
    const run = await store.db
      .selectFrom("ingestion_runs")
      .selectAll()
      .where("id", "=", interruptedRun)
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: "failed", message: expect.stringMatching(/interrompu/) });
  });

  it("gives a receipt of every kind", async () => {
    const first = await push("site", [
      posting("OK"),
      posting("AGE", "Candidats de 25 à 35 ans uniquement."),
      posting("PHOTO", "Photo exigée avec le CV."),
      posting("OLD", "", { title: "Boulanger H/F", expires_at: "2020-01-31" }),
      { reference: "BAD", title: 42 },
    ]);
    expect(first.status).toBe(200);
    const receipts = first.body.receipts as Array<Receipt & { findings?: Array<{ rule: string }> }>;
    expect(receipts.map((r) => [r.reference, r.status, r.change])).toEqual([
      ["OK", "accepted", "created"],
      ["AGE", "rejected", "created"],
      ["PHOTO", "review", "created"],
      ["OLD", "expired", "created"],
      ["BAD", "invalid", null],
    ]);
    expect(receipts[0]!.offer_id).toMatch(/^[0-9A-Z]{10}$/);
    expect(receipts[1]!.findings?.map((f) => f.rule)).toContain("age-limit");
    expect(receipts[2]!.findings?.map((f) => f.rule)).toContain("data-photo");
    expect(receipts.slice(1).map((r) => r.offer_id)).toEqual([null, null, null, null]);
    expect(first.body.counts).toEqual({ accepted: 1, rejected: 1, review: 1, expired: 1, invalid: 1 });

    // The same job from an aggregator: another source of the employer's offer.
    const copy = await push("agregateur", [posting("AG-1")]);
    expect(copy.body.receipts).toEqual([
      { reference: "AG-1", status: "duplicate", change: "created", offer_id: receipts[0]!.offer_id },
    ]);
    const again = await push("site", [posting("OK")]);
    expect(again.body.receipts).toEqual([
      { reference: "OK", status: "unchanged", change: null, offer_id: receipts[0]!.offer_id },
    ]);
  });

  it("closes a posting with DELETE: change removed, recorded as a push run", async () => {
    const response = await app.inject({
      method: "DELETE",
      url: "/api/v1/partners/agregateur/postings/AG-1",
      headers: { authorization: `Bearer ${tokens.agregateur}` },
    });
    expect(response.json()).toEqual({
      reference: "AG-1",
      status: "closed",
      change: "removed",
      offer_id: expect.any(String),
    });
    const [run] = await runsOf("agregateur");
    expect(run).toMatchObject({
      trigger: "push",
      status: "succeeded",
      sources: JSON.stringify(["DELETE AG-1"]),
      received: 1,
      closed: 1,
    });
  });

  it("finishes the run as failed when a write fails, keeping the batches written before", async () => {
    const failed = await push("site", [posting("P2", "", { title: "PANNE" })]);
    expect(failed).toMatchObject({ status: 500, body: { error: "INTERNAL" } });
    const [run] = await runsOf("site");
    expect(run).toMatchObject({
      trigger: "push",
      status: "failed",
      message: "panne simulée du contrôle",
      received: 1,
    });
    expect(run!.finished_at).not.toBeNull();
    expect(
      await store.db.selectFrom("postings").select("id").where("reference", "=", "P2").execute(),
    ).toEqual([]);
  });
});
