/**
 * The export contract of ARCHITECTURE.md §6, through the real `emploi` command: every field that
 * tools outside the code rely on is present, with its type.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indeedFeed, type TestJob, tempFile } from "./helpers/feeds.js";
import { DATA_DIR, FIXTURES_DIR, PROJECT_ROOT } from "./helpers/paths.js";

const emploi = (databaseUrl: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      EMPLOI_DATA_DIR: DATA_DIR,
      EMPLOI_FIXTURES_DIR: FIXTURES_DIR,
      LOG_LEVEL: "silent",
    },
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
};

const TEXT =
  "<p>Au sein de notre boulangerie artisanale, vous préparez les pains au levain, les viennoiseries et " +
  "les pâtisseries maison, du pétrissage à la cuisson, dans le respect des règles d'hygiène.</p>" +
  "<p>Vous travaillez du mardi au samedi. Une première expérience en boulangerie est appréciée.</p>";

const BAKER: Omit<TestJob, "reference"> = {
  title: "Boulanger / Boulangère H/F",
  description: TEXT,
  company: "Boulangerie du Parc",
  city: "Lyon",
  postalcode: "69003",
  salary: "2 000 € brut par mois",
  date: "2026-11-20",
};

const nullable = (type: "string" | "number") => (value: unknown) => value === null || typeof value === type;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const POSTING_STATUSES = ["published", "duplicate", "review", "rejected", "closed"];
const VERDICTS = ["accept", "review", "reject"];

/** Every location field of the contract, typed. */
const expectLocation = (location: unknown) => {
  const l = location as Record<string, unknown>;
  for (const key of ["commune", "postal_code", "city", "departement", "region"]) {
    expect(Object.hasOwn(l, key), key).toBe(true);
    expect(nullable("string")(l[key]), key).toBe(true);
  }
  for (const key of ["lat", "lon"]) {
    expect(Object.hasOwn(l, key), key).toBe(true);
    expect(nullable("number")(l[key]), key).toBe(true);
  }
};

describe("emploi export: the fields of ARCHITECTURE.md §6", { timeout: 180_000 }, () => {
  let postings: Record<string, unknown>[];
  let offers: Record<string, unknown>[];

  beforeAll(() => {
    const db = `sqlite:${join(mkdtempSync(join(tmpdir(), "emploi-export-")), "export.sqlite")}`;
    const ingest = (partner: string, jobs: TestJob[]) =>
      emploi(
        db,
        "ingest",
        "--partner",
        partner,
        "--format",
        "indeed-xml",
        tempFile("f.xml", indeedFeed(jobs)),
      );
    // A1 and B1 are one job on two sites; A2's title names only one gender (held for review).
    ingest("boulangerie-site", [
      { reference: "A1", ...BAKER },
      { reference: "A2", ...BAKER, title: "Développeur", city: "Marseille", postalcode: "13008" },
    ]);
    ingest("jobboard", [{ reference: "B1", ...BAKER, title: "BOULANGER BOULANGERE H/F" }]);
    postings = emploi(db, "export", "--postings");
    offers = emploi(db, "export");
  }, 180_000);

  it("exports every posting with partner, reference, url, status, offer_id, title, location, contract, rome, compliance", () => {
    expect(postings.map((p) => [p.partner, p.reference]).sort()).toEqual([
      ["boulangerie-site", "A1"],
      ["boulangerie-site", "A2"],
      ["jobboard", "B1"],
    ]);
    for (const p of postings) {
      expect(typeof p.partner).toBe("string");
      expect(typeof p.reference).toBe("string");
      expect(p.url).toBe(`https://example.org/offres/${p.reference}`);
      expect(POSTING_STATUSES).toContain(p.status);
      expect(nullable("string")(p.offer_id)).toBe(true);
      expect(typeof p.title).toBe("string");
      expectLocation(p.location);
      expect(nullable("string")((p.contract as Record<string, unknown>).type)).toBe(true);
      expect(nullable("string")((p.rome as Record<string, unknown>).code)).toBe(true);
      const compliance = p.compliance as { verdict: unknown; findings: unknown };
      expect(VERDICTS).toContain(compliance.verdict);
      expect(Array.isArray(compliance.findings)).toBe(true);
    }
    const byRef = new Map(postings.map((p) => [p.reference, p]));
    expect(byRef.get("A1")).toMatchObject({
      status: "published",
      title: "Boulanger / Boulangère H/F",
      location: {
        commune: "69383",
        postal_code: "69003",
        city: expect.stringMatching(/^Lyon/),
        departement: "69",
        region: "84",
        lat: expect.any(Number),
        lon: expect.any(Number),
        country: "FR",
      },
      contract: { type: "CDI" },
      rome: { code: "D1102" },
      compliance: { verdict: "accept" },
    });
    expect(byRef.get("B1")).toMatchObject({ status: "duplicate", offer_id: byRef.get("A1")?.offer_id });
    expect(typeof byRef.get("A1")?.offer_id).toBe("string");
  });

  it("exports compliance findings with rule, article, severity, excerpt and suggestion", () => {
    const held = postings.find((p) => p.reference === "A2")!;
    expect(held).toMatchObject({ status: "review", offer_id: null, compliance: { verdict: "review" } });
    const findings = (held.compliance as { findings: Record<string, unknown>[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      for (const key of ["rule", "article", "excerpt", "suggestion"]) {
        expect(typeof finding[key], key).toBe("string");
      }
      expect(["reject", "review", "info"]).toContain(finding.severity);
    }
  });

  it("exports every published offer with id, title, description, location, contract, salary, rome, dates and sources", () => {
    expect(offers).toHaveLength(1);
    const offer = offers[0]!;
    expect(typeof offer.id).toBe("string");
    expect(offer.id).toBe(postings.find((p) => p.reference === "A1")?.offer_id);
    expect(offer.title).toBe("Boulanger / Boulangère H/F");
    expect(offer.description).toContain("pains au levain");
    expectLocation(offer.location);
    expect(offer.location).toMatchObject({
      commune: "69383",
      departement: "69",
      region: "84",
      country: "FR",
    });
    expect(offer.contract).toMatchObject({ type: "CDI" });
    expect(offer.salary).toMatchObject({ min: 2000, period: "month" });
    expect(offer.rome).toMatchObject({ code: "D1102" });
    expect(offer.published_at).toMatch(ISO_DATE);
    expect(offer.updated_at).toMatch(ISO_DATE);
    const sources = offer.sources as Record<string, unknown>[];
    expect(sources.map((s) => [s.partner, s.reference, s.url]).sort()).toEqual([
      ["boulangerie-site", "A1", "https://example.org/offres/A1"],
      ["jobboard", "B1", "https://example.org/offres/B1"],
    ]);
  });
});
