import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCliContext } from "../src/cli/app.js";
import { runCheck } from "../src/cli/compliance.command.js";
import { runIngest } from "../src/cli/ingest.command.js";
import { testCliContext, testConfig, testReferentials, testServer } from "./helpers/app.js";
import { indeedFeed, tempFile } from "./helpers/feeds.js";

const ADMIN = "admin-token-for-tests-0123456789";

const lawful = {
  reference: "OK1",
  title: "Comptable H/F",
  description: "<p>Tenue de la comptabilité générale et des déclarations fiscales d'un cabinet lyonnais.</p>",
  employer: { name: "Cabinet Martin" },
  location: { city: "Lyon", postal_code: "69002" },
  contract: { type: "CDI" },
  published_at: "2026-11-20",
};

describe("compliance in the platform", () => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testCliContext>;

  const call = async (method: "GET" | "POST", url: string, body?: unknown, admin = false) => {
    const response = await app.inject({
      method,
      url,
      headers: {
        ...(admin ? { authorization: `Bearer ${ADMIN}` } : {}),
        ...(body ? { "content-type": "application/json" } : {}),
      },
      ...(body ? { payload: JSON.stringify(body) } : {}),
    });
    return { status: response.statusCode, body: response.json() };
  };

  beforeAll(async () => {
    ctx = testCliContext();
    await runIngest(ctx, {
      partner: "acme",
      format: "indeed-xml",
      sources: [
        tempFile(
          "f.xml",
          indeedFeed([
            { reference: "R1", title: "Vendeuse" },
            { reference: "R2", title: "Serveuse" },
            {
              reference: "R3",
              title: "Vendeur H/F",
              description: "<p>Vente en magasin. Âge : 25 ans maximum.</p>",
            },
          ]),
        ),
      ],
    });
    app = await testServer(ctx, { adminToken: ADMIN });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it("checks an offer before publication and explains each finding with its article", async () => {
    const bad = await call("POST", "/api/v1/compliance/check", {
      ...lawful,
      description: "<p>Comptable, 30 ans maximum, de nationalité française exigée.</p>",
    });
    expect(bad.status).toBe(200);
    expect(bad.body.verdict).toBe("reject");
    const articles = bad.body.findings.map((f: { article: string }) => f.article).join(" ");
    expect(articles).toMatch(/L5331-2|L1132-1/);
    for (const finding of bad.body.findings) {
      expect(finding).toMatchObject({
        rule: expect.any(String),
        excerpt: expect.any(String),
        suggestion: expect.any(String),
      });
    }
    const good = await call("POST", "/api/v1/compliance/check", lawful);
    expect(good.body).toMatchObject({
      verdict: "accept",
      findings: [],
      normalized: { location: { departement: "69" } },
    });
    const invalid = await call("POST", "/api/v1/compliance/check", { title: "sans référence" });
    expect(invalid).toMatchObject({ status: 400, body: { error: "INVALID_BODY" } });
  });

  it("lists the rules with their legal basis", async () => {
    const { body } = await call("GET", "/api/v1/compliance/rules");
    expect(body.rules.length).toBeGreaterThan(50);
    expect(body.rules[0]).toMatchObject({
      id: expect.any(String),
      article: expect.any(String),
      severity: expect.any(String),
    });
  });

  it("holds doubtful postings for moderators and keeps every decision", async () => {
    const queue = await call("GET", "/api/v1/admin/moderation", undefined, true);
    expect(queue.body.total).toBe(2);
    expect(queue.body.items.map((i: { reference: string }) => i.reference)).toEqual(["R1", "R2"]);
    expect((await call("GET", "/api/v1/offers")).body.total).toBe(0);

    const [first, second] = queue.body.items as Array<{ posting_id: number }>;
    const accepted = await call(
      "POST",
      `/api/v1/admin/moderation/${first!.posting_id}`,
      {
        decision: "accept",
        operator: "claire.dupont",
        reason: "Intitulé de la convention collective, offre ouverte à tous.",
      },
      true,
    );
    expect(accepted.body).toMatchObject({ status: "published", offer_id: expect.any(String) });
    expect((await call("GET", `/api/v1/offers/${accepted.body.offer_id}`)).status).toBe(200);
    await call(
      "POST",
      `/api/v1/admin/moderation/${second!.posting_id}`,
      { decision: "reject", operator: "claire.dupont", reason: "Titre genré" },
      true,
    );
    const again = await call(
      "POST",
      `/api/v1/admin/moderation/${second!.posting_id}`,
      { decision: "accept", operator: "x", reason: "y" },
      true,
    );
    expect(again).toMatchObject({
      status: 400,
      body: { message: expect.stringMatching(/statut : rejected/) },
    });

    const history = await call(
      "GET",
      `/api/v1/admin/moderation/${first!.posting_id}/decisions`,
      undefined,
      true,
    );
    expect(history.body.decisions).toEqual([
      expect.objectContaining({
        decision: "accept",
        operator: "claire.dupont",
        reason: expect.stringMatching(/convention/),
        decided_at: expect.any(String),
        findings: [expect.objectContaining({ rule: expect.any(String) })],
      }),
    ]);
  });

  it("gives each partner a scorecard of held and rejected postings by rule", async () => {
    const { body } = await call("GET", "/api/v1/admin/scorecards?partner=acme", undefined, true);
    expect(body.scorecards).toHaveLength(1);
    expect(body.scorecards[0]).toMatchObject({ partner: "acme", screened: 3, review: 2, rejected: 1 });
    expect(body.scorecards[0].held_or_rejected_share).toBe(1);
    expect(body.scorecards[0].rules.length).toBeGreaterThan(0);
  });

  it("checks a file offline with `emploi check`, exit 1 when an offer would not be published", async () => {
    const stdout = new PassThrough();
    let text = "";
    stdout.on("data", (c) => {
      text += c;
    });
    const cli = {
      ...createCliContext(testConfig(), stdout, new PassThrough()),
      referentials: testReferentials,
    };
    const file = tempFile(
      "offres.ndjson",
      `${JSON.stringify(lawful)}\n${JSON.stringify({ ...lawful, reference: "KO", description: "Réservé aux hommes." })}\n`,
    );
    expect(await runCheck([file], cli)).toBe(1);
    const lines = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.reference, l.verdict])).toEqual([
      ["OK1", "accept"],
      ["KO", "reject"],
    ]);
  });
});
