import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pullPartner } from "../src/scheduler/pull-partner.js";
import { type FeedServer, servedFeed, startFeedServer } from "../src/scheduler/test-support/feed-server.js";
import { getPartner } from "../src/storage/partner-store.js";
import { testCliContext, testReferentials, testServer } from "./helpers/app.js";
import { indeedFeed, jobs } from "./helpers/feeds.js";

const ADMIN = "admin-token-for-tests-0123456789";

const TEXT = [
  "<p>Au sein de notre boulangerie artisanale du centre-ville, vous accueillez la clientèle, conseillez sur nos pains au levain,",
  "viennoiseries et pâtisseries maison, et assurez l'encaissement. Vous participez à la mise en place de la vitrine dès l'ouverture,",
  "au réassortiment des rayons tout au long de la journée et à l'entretien du magasin dans le respect des règles d'hygiène.</p>",
].join(" ");

/** The same bakery job for every reference, unless a city is given. */
const posting = (reference: string, city: [string, string] = ["Lyon", "69003"]) => ({
  reference,
  title: "Vendeur / Vendeuse en boulangerie",
  description: TEXT,
  employer: { name: "Boulangerie du Parc" },
  location: { city: city[0], postal_code: city[1] },
  contract: { type: "CDI" },
  salary: { text: "1 900 € brut par mois" },
  published_at: "2026-11-20",
});

const MAPPING = {
  slug: "ignored",
  label: "Flux maison",
  format: "json",
  records: "offres",
  fields: { reference: "id", title: "intitule", description: "texte" },
};

describe("admin API: the partner registry", () => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testCliContext>;
  let feeds: FeedServer;

  const call = async (
    method: "GET" | "POST" | "PATCH" | "DELETE",
    url: string,
    body?: unknown,
    token = ADMIN,
  ) => {
    const response = await app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return { status: response.statusCode, body: response.json() };
  };
  const push = (slug: string, token: string, body: unknown) =>
    call("POST", `/api/v1/partners/${slug}/postings`, body, token);

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.route("/feed.xml", servedFeed(indeedFeed(jobs(2))));
    ctx = testCliContext();
    app = await testServer(ctx, { adminToken: ADMIN });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
    await feeds.close();
  });

  it("creates a partner with every setting", async () => {
    const created = await call("POST", "/api/v1/admin/partners", {
      slug: "maison",
      label: "Flux maison",
      kind: "ats",
      mapping: MAPPING,
      feed_url: "https://maison.example/offres.json",
      cadence_minutes: 30,
      rank: 0.9,
      employers_show_name: false,
    });
    expect(created.status).toBe(201);
    expect(created.body.partner).toEqual({
      slug: "maison",
      label: "Flux maison",
      kind: "ats",
      format: null,
      custom_mapping: true,
      feed_url: "https://maison.example/offres.json",
      cadence_minutes: 30,
      rank: 0.9,
      employers_show_name: false,
      enabled: true,
      has_token: true,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(created.body.token).toMatch(/^emp_/);
  });

  it("gives a new partner the rank of its kind when none is given", async () => {
    const ranks: Record<string, number> = {};
    for (const kind of ["employer", "ats", "board", "agency", "aggregator"]) {
      const created = await call("POST", "/api/v1/admin/partners", { slug: `k-${kind}`, label: kind, kind });
      ranks[kind] = created.body.partner.rank;
    }
    expect(ranks).toEqual({ employer: 1, ats: 0.75, board: 0.5, agency: 0.5, aggregator: 0.25 });
  });

  it("refuses settings out of range, in French", async () => {
    const bad = async (body: Record<string, unknown>) =>
      (await call("POST", "/api/v1/admin/partners", { slug: "bad", label: "Bad", ...body })).body;
    expect(await bad({ cadence_minutes: 3 })).toMatchObject({
      error: "INVALID_PARAMETER",
      message: expect.stringMatching(/cadence_minutes.*supérieur ou égal à 5/),
    });
    expect(await bad({ rank: 1.5 })).toMatchObject({ message: expect.stringMatching(/rank/) });
    expect(await bad({ feed_url: "ftp://maison.example/offres.json" })).toMatchObject({
      message: expect.stringMatching(/URL du flux invalide/),
    });
    expect(await bad({ mapping: { format: "json" } })).toMatchObject({ error: "MAPPING_INVALID" });
  });

  it("changes settings with PATCH, checks them, and clears the feed", async () => {
    const patched = await call("PATCH", "/api/v1/admin/partners/maison", {
      label: "Maison",
      cadence_minutes: 60,
      employers_show_name: true,
    });
    expect(patched.body.partner).toMatchObject({
      label: "Maison",
      cadence_minutes: 60,
      employers_show_name: true,
      rank: 0.9,
    });
    expect(
      (await call("PATCH", "/api/v1/admin/partners/maison", { format: "nope", mapping: null })).body,
    ).toMatchObject({
      message: expect.stringMatching(/Format « nope » inconnu/),
    });
    expect((await call("PATCH", "/api/v1/admin/partners/maison", { cadence_minutes: 20_000 })).status).toBe(
      400,
    );
    expect((await call("PATCH", "/api/v1/admin/partners/ghost", { label: "x" })).status).toBe(404);
    const cleared = await call("PATCH", "/api/v1/admin/partners/maison", {
      feed_url: null,
      cadence_minutes: null,
    });
    expect(cleared.body.partner).toMatchObject({
      feed_url: null,
      cadence_minutes: null,
      custom_mapping: true,
    });
    // A kind change without a rank keeps a rank the operator chose…
    expect(
      (await call("PATCH", "/api/v1/admin/partners/maison", { kind: "board" })).body.partner,
    ).toMatchObject({ kind: "board", rank: 0.9 });
    // …and moves a default rank to the new kind's.
    expect(
      (await call("PATCH", "/api/v1/admin/partners/k-aggregator", { kind: "employer" })).body.partner,
    ).toMatchObject({ kind: "employer", rank: 1 });
  });

  it("shows a partner with its pull state and its runs", async () => {
    await call("POST", "/api/v1/admin/partners", {
      slug: "tire",
      label: "Tiré",
      format: "indeed-xml",
      feed_url: `${feeds.base}/feed.xml`,
      cadence_minutes: 15,
    });
    const before = await call("GET", "/api/v1/admin/partners/tire");
    expect(before.body).toMatchObject({ partner: { slug: "tire" }, pulls: null, runs: [] });
    const store = await ctx.store();
    await pullPartner(
      { store, referentials: await testReferentials(), screen: ctx.screen },
      await getPartner(store.db, "tire"),
    );
    const after = await call("GET", "/api/v1/admin/partners/tire");
    expect(after.body.pulls).toMatchObject({
      etag: expect.stringMatching(/^"/),
      last_modified: "Fri, 20 Nov 2026 08:00:00 GMT",
      next_attempt_at: expect.any(String),
      consecutive_failures: 0,
      last_status: "succeeded",
    });
    expect(after.body.runs).toEqual([
      expect.objectContaining({
        trigger: "schedule",
        status: "succeeded",
        sources: [`${feeds.base}/feed.xml`],
        received: 2,
        record_errors: [],
      }),
    ]);
    expect((await call("GET", "/api/v1/admin/partners/ghost")).status).toBe(404);
  });

  it("renews a partner's token: the old one stops working", async () => {
    const created = await call("POST", "/api/v1/admin/partners", { slug: "jeton", label: "Jeton" });
    const old = created.body.token as string;
    expect((await push("jeton", old, [posting("J1", ["Brest", "29200"])])).status).toBe(200);
    const renewed = await call("POST", "/api/v1/admin/partners/jeton/token");
    expect(renewed.body.token).toMatch(/^emp_/);
    expect(renewed.body.token).not.toBe(old);
    expect((await push("jeton", old, [posting("J2", ["Nancy", "54000"])])).status).toBe(401);
    expect((await push("jeton", renewed.body.token, [posting("J2", ["Nancy", "54000"])])).status).toBe(200);
    expect((await call("POST", "/api/v1/admin/partners/ghost/token")).status).toBe(404);
  });

  it("chooses the canonical source again when a partner's rank changes", async () => {
    const site = await call("POST", "/api/v1/admin/partners", {
      slug: "site",
      label: "Site",
      kind: "employer",
    });
    const board = await call("POST", "/api/v1/admin/partners", {
      slug: "board",
      label: "Board",
      kind: "board",
    });
    const first = await push("site", site.body.token, [posting("S1")]);
    const second = await push("board", board.body.token, [posting("B1")]);
    const offerId = first.body.receipts[0].offer_id;
    expect(second.body.receipts[0]).toMatchObject({ status: "duplicate", offer_id: offerId });
    const sources = async () =>
      (await call("GET", `/api/v1/offers/${offerId}`)).body.sources.map(
        (s: { partner: string; canonical: boolean }) => [s.partner, s.canonical],
      );
    expect(await sources()).toEqual([
      ["site", true],
      ["board", false],
    ]);
    const cursor = (await call("GET", "/api/v1/stream?limit=1000")).body.next_cursor;

    await call("PATCH", "/api/v1/admin/partners/site", { rank: 0.1 });
    expect(await sources()).toEqual([
      ["board", true],
      ["site", false],
    ]);
    expect((await call("GET", `/api/v1/stream?after=${cursor}`)).body.changes).toEqual([
      expect.objectContaining({ kind: "updated", id: offerId }),
    ]);
    const postings = await (await ctx.store()).db
      .selectFrom("postings")
      .select(["reference", "status"])
      .where("reference", "in", ["S1", "B1"])
      .orderBy("reference")
      .execute();
    expect(postings).toEqual([
      { reference: "B1", status: "published" },
      { reference: "S1", status: "duplicate" },
    ]);
    // The board demoted below the site: the site's posting is canonical again.
    await call("PATCH", "/api/v1/admin/partners/board", { kind: "aggregator", rank: 0.05 });
    expect((await sources())[0]).toEqual(["site", true]);
  });
});
