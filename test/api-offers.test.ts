import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../src/cli/ingest.command.js";
import { buildServer } from "../src/http/server.js";
import { testCliContext, testReferentials } from "./helpers/app.js";
import { indeedFeed, type TestJob, tempFile } from "./helpers/feeds.js";

const JOBS: TestJob[] = [
  {
    reference: "V1",
    title: "Vendeur en boulangerie H/F",
    city: "Lyon",
    postalcode: "69003",
    salary: "1 900 € brut/mois",
  },
  {
    reference: "V2",
    title: "Vendeur / Vendeuse prêt-à-porter",
    city: "Villeurbanne",
    postalcode: "69100",
    jobtype: "temporary",
    company: "Acme Intérim",
    description:
      "<p>Acme Intérim, entreprise de travail temporaire, recrute pour un magasin de vêtements.</p>",
  },
  {
    reference: "V3",
    title: "Vendeur automobile H/F",
    city: "Paris",
    postalcode: "75011",
    salary: "35 k€ par an",
  },
  {
    reference: "D1",
    title: "Développeur / Développeuse web",
    city: "Marseille",
    postalcode: "13008",
    description: "<p>Vous rejoignez l'équipe d'applications mobiles.</p>",
    date: "2026-10-01",
  },
  {
    reference: "C1",
    title: "Chauffeur livreur H/F",
    city: "Bron",
    postalcode: "69500",
    jobtype: "temporary",
    company: "Acme Intérim",
    description:
      "<p>Poste C1 : Acme Intérim, entreprise de travail temporaire, recrute un chauffeur livreur.</p>",
  },
];

describe("GET /api/v1/offers", () => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testCliContext>;

  beforeAll(async () => {
    ctx = testCliContext();
    await runIngest(ctx, {
      partner: "acme",
      format: "indeed-xml",
      sources: [tempFile("f.xml", indeedFeed(JOBS))],
    });
    app = await buildServer({
      store: await ctx.store(),
      referentials: await testReferentials(),
      screen: ctx.screen,
      now: () => new Date("2026-11-25T12:00:00Z"),
      adminToken: null,
      logLevel: "silent",
    });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: "GET", url });
    return { status: response.statusCode, body: response.json() };
  };
  const refs = (body: { results: Array<{ sources: Array<{ reference: string }> }> }) =>
    body.results.map((r) => r.sources[0]!.reference).sort();

  it("finds feminine and plural forms, without accents", async () => {
    const { status, body } = await get("/api/v1/offers?q=vendeuses");
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(refs(body)).toEqual(["V1", "V2", "V3"]);
    expect(refs((await get("/api/v1/offers?q=developpeur")).body)).toEqual(["D1"]);
  });

  it("ignores elisions and searches the description", async () => {
    expect(refs((await get(`/api/v1/offers?q=${encodeURIComponent("l'application")}`)).body)).toEqual(["D1"]);
  });

  it("filters by distance around a commune and sorts by distance", async () => {
    const { body } = await get("/api/v1/offers?commune=69123&radius=15&sort=distance");
    expect(
      body.results.map((r: { sources: Array<{ reference: string }> }) => r.sources[0]!.reference),
    ).toEqual(["V1", "V2", "C1"]);
    expect(body.results[0].distance_km).toBeLessThan(body.results[2].distance_km);
  });

  it("filters by postal code, département, contract, salary and date", async () => {
    expect(refs((await get("/api/v1/offers?postal_code=75011&radius=5")).body)).toEqual(["V3"]);
    expect(refs((await get("/api/v1/offers?departement=69")).body)).toEqual(["C1", "V1", "V2"]);
    expect(refs((await get("/api/v1/offers?contract=MIS")).body)).toEqual(["C1", "V2"]);
    expect(refs((await get("/api/v1/offers?salary_min=30000&salary_period=year")).body)).toEqual(["V3"]);
    expect(refs((await get("/api/v1/offers?published_since=2026-11-01")).body)).not.toContain("D1");
  });

  it("counts facets disjunctively and paginates", async () => {
    const { body } = await get("/api/v1/offers?contract=MIS&facets=true&per_page=1&page=2");
    expect(body).toMatchObject({ total: 2, page: 2, per_page: 1 });
    expect(body.results).toHaveLength(1);
    expect(body.facets.contract).toEqual(
      expect.arrayContaining([
        { value: "CDI", count: 3 },
        { value: "MIS", count: 2 },
      ]),
    );
    expect(body.facets.departement).toEqual(expect.arrayContaining([{ value: "69", count: 2 }]));
  });

  it("returns an offer by id, and a 404 in French for an unknown one", async () => {
    const { body } = await get("/api/v1/offers?q=chauffeur");
    const id = body.results[0].id as string;
    const detail = await get(`/api/v1/offers/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id, title: "Chauffeur livreur H/F" });
    expect(detail.body.description).toContain("Poste C1");
    const missing = await get("/api/v1/offers/NOPE");
    expect(missing).toMatchObject({ status: 404, body: { error: "NOT_FOUND" } });
  });

  it.each([
    ["radius=10", "radius", /commune ou un code postal/],
    ["contract=XYZ", "contract", /XYZ/],
    ["departement=99", "departement", /99/],
    ["commune=00000", "commune", /inconnu/],
    ["radius=abc&commune=69123", "radius", /nombre/],
    ["page=0", "page", /supérieur ou égal à 1/],
    ["per_page=500", "per_page", /inférieur ou égal à 100/],
    ["colour=red", "colour", /Paramètre inconnu/],
    ["sort=distance", "sort", /distance/],
  ])("rejects %s with a 400 in French", async (query, parameter, message) => {
    const { status, body } = await get(`/api/v1/offers?${query}`);
    expect(status).toBe(400);
    expect(body.error).toBe("INVALID_PARAMETER");
    expect(body.details.parameter).toBe(parameter);
    expect(body.message).toMatch(message);
  });

  it("documents the API in OpenAPI and serves a home page", async () => {
    const spec = await get("/api/docs/json");
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/offers", "/api/v1/offers/{id}"]),
    );
    const home = await app.inject({ method: "GET", url: "/" });
    expect(home.headers["content-type"]).toMatch(/text\/html/);
    expect(home.body).toContain('lang="fr"');
    expect(home.body).toContain('href="/api/docs"');
    expect(home.body).toMatch(/<strong>5<\/strong> offres publiées/);
  });
});
