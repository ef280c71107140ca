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
  {
    reference: "T1",
    title: "Stage développeur C++ / C# H/F",
    city: "Toulouse",
    postalcode: "31000",
    jobtype: "internship",
    date: "2026-11-22",
    description:
      "<p>Vous maintenez nos outils .NET et nos réseaux, aux côtés des conseiller·ère·s et des salarié-e-s.</p>",
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
    expect(refs((await get("/api/v1/offers?q=developpeur")).body)).toEqual(["D1", "T1"]);
  });

  it("searches technology names, -eaux plurals and gender-inclusive spellings", async () => {
    const q = async (text: string) => refs((await get(`/api/v1/offers?q=${encodeURIComponent(text)}`)).body);
    expect(await q("C++")).toEqual(["T1"]);
    expect(await q("c#")).toEqual(["T1"]);
    expect(await q(".net")).toEqual(["T1"]);
    expect(await q("réseau")).toEqual(["T1"]);
    expect(await q("conseillères salariées")).toEqual(["T1"]);
  });

  it("refuses a query with no searchable word instead of returning every offer", async () => {
    for (const text of ["de la", "H/F", "jusqu'à"]) {
      const { status, body } = await get(`/api/v1/offers?q=${encodeURIComponent(text)}`);
      expect(status, text).toBe(400);
      expect(body).toMatchObject({ error: "INVALID_PARAMETER", details: { parameter: "q" } });
      expect(body.message).toMatch(/aucun mot recherchable/);
    }
    expect((await get("/api/v1/offers?q=%20")).body.total).toBe(JOBS.length);
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

  it("filters by ROME code (from the titles' appellations) and by région", async () => {
    expect(refs((await get("/api/v1/offers?rome=D1404")).body)).toEqual(["V3"]);
    expect(refs((await get("/api/v1/offers?rome=m1855,n4105")).body)).toEqual(["C1", "D1"]);
    expect(refs((await get("/api/v1/offers?region=84")).body)).toEqual(["C1", "V1", "V2"]);
    expect(refs((await get("/api/v1/offers?region=93,11")).body)).toEqual(["D1", "V3"]);
    expect(refs((await get("/api/v1/offers?region=76&contract=STG")).body)).toEqual(["T1"]);
  });

  it("counts offers per ROME code", async () => {
    const { body } = await get("/api/v1/offers?facets=true");
    expect(body.facets.rome).toEqual(
      expect.arrayContaining([
        { value: "D1404", count: 1 },
        { value: "M1855", count: 1 },
        { value: "N4105", count: 1 },
      ]),
    );
    const filtered = await get("/api/v1/offers?facets=true&rome=D1404");
    expect(filtered.body.total).toBe(1);
    expect(filtered.body.facets.rome).toEqual(expect.arrayContaining([{ value: "M1855", count: 1 }]));
  });

  it("sorts by publication date, newest first", async () => {
    const { body } = await get("/api/v1/offers?sort=date");
    const dates = body.results.map((r: { published_at: string }) => Date.parse(r.published_at));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(body.results[0].sources[0].reference).toBe("T1");
    expect(body.results.at(-1).sources[0].reference).toBe("D1");
    const relevance = await get("/api/v1/offers?q=vendeur&sort=date");
    expect(
      relevance.body.results.map((r: { sources: Array<{ reference: string }> }) => r.sources[0]!.reference),
    ).not.toContain("T1");
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
    ["sort=price", "sort", /valeurs possibles : relevance, date, distance/],
    ["salary_period=week&salary_min=1", "salary_period", /valeurs possibles : hour, month, year/],
    ["contract=XYZ", "contract", /valeurs possibles : CDI, CDD, MIS/],
    ["remote=partial", "remote", /valeurs possibles : none, hybrid, full/],
    ["rome=K22", "rome", /K22/],
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
    expect(home.body).toMatch(/<strong>6<\/strong> offres publiées/);
  });
});
