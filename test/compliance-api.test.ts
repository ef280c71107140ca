import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCliContext } from "../src/cli/app.js";
import { COMMANDS } from "../src/cli/commands.js";
import { runCheck, runReview, runScorecards } from "../src/cli/compliance.command.js";
import { runIngest } from "../src/cli/ingest.command.js";
import { RULES_VERSION } from "../src/compliance/version.js";
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

  it("checks a draft without a date (the platform dates it) and names the rule set", async () => {
    const { published_at: _, ...draft } = lawful;
    const { body } = await call("POST", "/api/v1/compliance/check", draft);
    expect(body).toMatchObject({ verdict: "accept", findings: [], rules_version: expect.any(String) });
    const rules = await call("GET", "/api/v1/compliance/rules");
    expect(rules.body.version).toBe(body.rules_version);
    const badDate = await call("POST", "/api/v1/compliance/check", { ...draft, published_at: "hier" });
    expect(badDate.body.findings.map((f: { rule: string }) => f.rule)).toContain("pub-date-missing");
    const { employer: __, ...anonymous } = draft;
    const unknown = await call("POST", "/api/v1/compliance/check", anonymous);
    expect(unknown.body.findings.map((f: { rule: string }) => f.rule)).toEqual(["pub-employer-unknown"]);
  });

  it("checks a temporary-work agency's offer for its L5332-3 mention when asked", async () => {
    const interim = {
      ...lawful,
      title: "Préparateur de commandes H/F",
      description: "<p>Nous recherchons pour l'un de nos clients un préparateur de commandes.</p>",
      contract: { type: "CDI" },
    };
    const asEmployer = await call("POST", "/api/v1/compliance/check", interim);
    expect(asEmployer.body.verdict).toBe("accept");
    const asAgency = await call("POST", "/api/v1/compliance/check?partner_kind=agency", interim);
    expect(asAgency.body).toMatchObject({
      verdict: "review",
      findings: [expect.objectContaining({ rule: "pub-ett-status", article: "C. trav. L5332-3" })],
    });
    const named = await call("POST", "/api/v1/compliance/check?partner_kind=agency", {
      ...interim,
      description:
        "<p>Martin RH, entreprise de travail temporaire, recherche pour son client un préparateur.</p>",
    });
    expect(named.body.verdict).toBe("accept");
    const wrong = await call("POST", "/api/v1/compliance/check?partner_kind=interim", interim);
    expect(wrong).toMatchObject({ status: 400, body: { error: "INVALID_PARAMETER" } });
  });

  it("decodes the entities of a description before screening it (single or double encoded)", async () => {
    const statement =
      "Quel que soit votre &#226;ge, genre, couleur de peau, origine sociale, religion ou orientation sexuelle, postulez.";
    for (const description of [statement, statement.replace("&#226;", "&amp;#226;")]) {
      const { body } = await call("POST", "/api/v1/compliance/check", { ...lawful, description });
      expect(body, description).toMatchObject({ verdict: "accept", findings: [] });
    }
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

  /** A CLI context for `emploi check`, its standard output and error captured. */
  const checkCli = () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const captured = { out: "", err: "" };
    stdout.on("data", (c) => {
      captured.out += c;
    });
    stderr.on("data", (c) => {
      captured.err += c;
    });
    const cli = { ...createCliContext(testConfig(), stdout, stderr), referentials: testReferentials };
    const results = () =>
      captured.out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
    return { cli, captured, results };
  };

  it("checks a plain-text draft offline: title on the first line, employer and agency as options", async () => {
    const file = tempFile(
      "offre.txt",
      "Comptable H/F\nTenue de la comptabilité générale et des déclarations fiscales d'un cabinet lyonnais.\n",
    );
    const bare = checkCli();
    expect(await runCheck([file], bare.cli)).toBe(1);
    expect(bare.results()[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["pub-employer-unknown"]);
    expect(bare.captured.err).toMatch(/--employer/);

    const named = checkCli();
    expect(await runCheck(["--employer", "Cabinet Martin", file], named.cli)).toBe(0);
    expect(named.results()[0]).toMatchObject({ reference: file, verdict: "accept", findings: [] });

    const interim = tempFile(
      "interim.txt",
      "Préparateur de commandes H/F\nNous recherchons pour l'un de nos clients un préparateur de commandes.\n",
    );
    const agency = checkCli();
    expect(await runCheck(["--employer", "Martin RH", "--agency", interim], agency.cli)).toBe(1);
    expect(agency.results()[0]).toMatchObject({
      verdict: "review",
      findings: [expect.objectContaining({ rule: "pub-ett-status" })],
    });
    const unlawful = tempFile(
      "ko.txt",
      "Vendeur H/F\nMoins de 30 ans uniquement. Frais de dossier : 40 €.\n",
    );
    const ko = checkCli();
    expect(await runCheck(["--employer", "Boutique", unlawful], ko.cli)).toBe(1);
    expect(ko.results()[0].findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(["age-limit", "fee-payment"]),
    );
  });

  it("checks a file offline with `emploi check`, exit 1 when an offer would not be published", async () => {
    const { cli, captured } = checkCli();
    const file = tempFile(
      "offres.ndjson",
      `${JSON.stringify(lawful)}\n${JSON.stringify({ ...lawful, reference: "KO", description: "Réservé aux hommes." })}\n`,
    );
    expect(await runCheck([file], cli)).toBe(1);
    const lines = captured.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.reference, l.verdict])).toEqual([
      ["OK1", "accept"],
      ["KO", "reject"],
    ]);
  });
});

describe("moderation and scorecards from the command line; findings in the export", () => {
  let ctx: ReturnType<typeof testCliContext>;
  let seen = 0;
  /** The NDJSON lines written to standard output since the last call. */
  const newLines = () => {
    const text = ctx.out().slice(seen);
    seen = ctx.out().length;
    return text
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l));
  };

  beforeAll(async () => {
    ctx = testCliContext();
    await runIngest(ctx, {
      partner: "beta",
      format: "indeed-xml",
      sources: [
        tempFile(
          "beta.xml",
          indeedFeed([
            { reference: "B1", title: "Hôtesse d'accueil" },
            { reference: "B2", title: "Caissière" },
            { reference: "B3", description: "<p>Vente en magasin. Moins de 30 ans uniquement.</p>" },
            { reference: "B4" },
          ]),
        ),
      ],
    });
    newLines();
  });
  afterAll(() => ctx.close());

  it("lists the queue, accepts and rejects with who and why, and keeps the history with the rules and content", async () => {
    expect(await runReview(["list"], ctx)).toBe(0);
    const queue = newLines();
    expect(queue.map((i) => i.reference)).toEqual(["B1", "B2"]);
    expect(queue[0]).toMatchObject({
      partner: "beta",
      title: "Hôtesse d'accueil",
      compliance: {
        verdict: "review",
        rules_version: RULES_VERSION,
        findings: [expect.objectContaining({ rule: "sex-title-feminine" })],
      },
    });
    expect(ctx.err()).toMatch(/2 annonce\(s\) en attente/);

    const decide = ["--operator", "claire.dupont", "--reason", "Intitulé de la convention collective"];
    expect(await runReview(["accept", "beta", "B1", ...decide], ctx)).toBe(0);
    expect(newLines()).toEqual([
      expect.objectContaining({ status: "published", offer_id: expect.any(String) }),
    ]);
    expect(
      await runReview(
        ["reject", "beta", "B2", "--operator", "claire.dupont", "--reason", "Titre genré"],
        ctx,
      ),
    ).toBe(0);
    expect(newLines()).toEqual([expect.objectContaining({ status: "rejected", offer_id: null })]);
    await expect(runReview(["accept", "beta", "B2", ...decide], ctx)).rejects.toThrow(/statut : rejected/);
    await expect(runReview(["accept", "beta", "B1"], ctx)).rejects.toThrow(/--operator/);
    await expect(runReview(["accept", "beta", "B9", ...decide], ctx)).rejects.toThrow(/introuvable/);

    expect(await runReview(["history", "beta", "B1"], ctx)).toBe(0);
    expect(newLines()).toEqual([
      {
        id: expect.any(Number),
        posting_id: expect.any(Number),
        decision: "accept",
        operator: "claire.dupont",
        reason: "Intitulé de la convention collective",
        decided_at: expect.any(String),
        content_hash: expect.any(String),
        rules_version: RULES_VERSION,
        findings: [expect.objectContaining({ rule: "sex-title-feminine", article: expect.any(String) })],
        snapshot: {
          title: "Hôtesse d'accueil",
          description: "Poste B1 : accueil des clients, vente et conseil en magasin.",
          employer: { name: "Boulangerie Martin", siret: null },
          location: expect.any(String),
          contract_type: "CDI",
          published_at: expect.stringMatching(/^2026-11-19T23:00/),
        },
      },
    ]);
    expect(await runReview(["list"], ctx)).toBe(0);
    expect(newLines()).toEqual([]);
  });

  it("prints each partner's scorecard: postings held by rule, day by day", async () => {
    expect(await runScorecards(["--partner", "beta"], ctx)).toBe(0);
    const [card, ...rest] = newLines();
    expect(rest).toEqual([]);
    expect(card).toMatchObject({ partner: "beta", screened: 4, accepted: 1, review: 2, rejected: 1 });
    expect(card.rules).toEqual([
      { rule: "sex-title-feminine", count: 2, share: 0.5 },
      { rule: "age-limit", count: 1, share: 0.25 },
    ]);
    expect(card.days).toEqual([expect.objectContaining({ screened: 4, rules: card.rules })]);
    expect(
      await runScorecards(["--partner", "beta", "--from", "2000-01-01", "--to", "2000-01-02"], ctx),
    ).toBe(0);
    expect(newLines()).toEqual([]);
  });

  it("exports every posting with its findings: rule, article, severity, excerpt, suggestion", async () => {
    const exportCommand = COMMANDS.find((c) => c.name === "export");
    expect(await exportCommand?.run(["--postings"], ctx)).toBe(0);
    const postings = newLines();
    const byReference = new Map(postings.map((p) => [p.reference, p]));
    expect(byReference.get("B4")?.compliance).toMatchObject({ verdict: "accept", findings: [] });
    const rejected = byReference.get("B3");
    expect(rejected).toMatchObject({
      status: "rejected",
      compliance: { verdict: "reject", rules_version: RULES_VERSION },
    });
    expect(rejected.compliance.findings).toEqual([
      {
        rule: "age-limit",
        article: expect.stringContaining("L5331-2"),
        severity: "reject",
        excerpt: "Moins de 30 ans",
        explanation: expect.any(String),
        suggestion: expect.stringMatching(/mention d'âge/),
      },
    ]);
    expect(byReference.get("B2")?.compliance.findings[0]).toMatchObject({
      rule: "sex-title-feminine",
      severity: "review",
      excerpt: "Caissière",
    });
  });
});
