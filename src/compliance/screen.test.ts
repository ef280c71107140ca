import { describe, expect, it } from "vitest";
import { emptyLocation, emptySalary, type NormalizedPosting } from "../offer/offer.js";
import { decideVerdict, screenPosting, screenText } from "./screen.js";
import type { Finding, ScreenContext } from "./types.js";

const ctx: ScreenContext = { now: new Date("2026-03-01T12:00:00Z"), employerKnown: true };

const buildPosting = (overrides: Partial<NormalizedPosting> = {}): NormalizedPosting => ({
  partner: "test",
  reference: "1",
  url: null,
  title: "Vendeur / Vendeuse (H/F)",
  description: {
    html: "",
    text: "Notre magasin de sport recrute pour la saison. Vous conseillez les clients, vous assurez l'encaissement et la mise en rayon des produits.",
  },
  employer: { name: "Sport 2000 Annecy", siret: "12345678900012", showName: true, description: null },
  location: { ...emptyLocation(), label: "74 - Annecy" },
  contract: {
    type: "CDD",
    label: null,
    nature: "E1",
    durationMonths: 6,
    workingTime: "full_time",
    weeklyHours: 35,
  },
  salary: { ...emptySalary("Mensuel de 1900 Euros"), min: 1900, period: "month", hourlyGross: 12.53 },
  rome: { code: "D1211", label: null, appellationCode: null, appellationLabel: null },
  experience: { level: "D", months: null, label: null },
  qualification: { code: null, label: null },
  publishedAt: "2026-02-25T08:00:00Z",
  updatedAt: null,
  expiresAt: null,
  contentHash: "x",
  ...overrides,
});

const finding = (severity: Finding["severity"]): Finding => ({
  rule: "r",
  article: "a",
  severity,
  excerpt: "",
  explanation: "",
  suggestion: "",
});

describe("decideVerdict", () => {
  it("takes the most severe finding; info alone accepts", () => {
    expect(decideVerdict([])).toBe("accept");
    expect(decideVerdict([finding("info")])).toBe("accept");
    expect(decideVerdict([finding("info"), finding("review")])).toBe("review");
    expect(decideVerdict([finding("review"), finding("reject")])).toBe("reject");
  });
});

describe("screenPosting", () => {
  it("accepts a lawful posting and reports its language", () => {
    const result = screenPosting(buildPosting(), ctx);
    expect(result).toEqual({ verdict: "accept", findings: [], language: "fr" });
  });

  it("explains a rejection with rule, article, original excerpt and French suggestion", () => {
    const posting = buildPosting({
      description: {
        html: "",
        text: "Profil : âgé(e) de 20 à 30 ans, dynamique. Conseil client et encaissement en magasin de sport.",
      },
    });
    const result = screenPosting(posting, ctx);
    expect(result.verdict).toBe("reject");
    expect(result.findings[0]).toMatchObject({
      rule: "age-limit",
      article: expect.stringContaining("L5331-2"),
      severity: "reject",
      excerpt: "âgé(e) de 20 à 30 ans",
    });
    expect(result.findings[0]?.suggestion).toMatch(/mention d'âge/);
  });

  it("reads the structured fields: pay below the SMIC, missing date, unknown employer", () => {
    const posting = buildPosting({
      salary: { ...emptySalary(null), hourlyGross: 10, period: "hour", min: 10 },
      publishedAt: null,
    });
    const rules = screenPosting(posting, { ...ctx, employerKnown: false }).findings.map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(["pay-below-smic", "pub-date-missing", "pub-employer-unknown"]),
    );
  });

  it("does not hold a draft without a date: the platform dates it at publication", () => {
    const draft = buildPosting({ publishedAt: null, updatedAt: null });
    expect(screenPosting(draft, { ...ctx, draft: true }).verdict).toBe("accept");
    expect(screenPosting(draft, ctx).findings.map((f) => f.rule)).toEqual(["pub-date-missing"]);
  });

  it("screens the salary text along with the description", () => {
    const posting = buildPosting({ salary: { ...emptySalary("9 € brut de l'heure"), hourlyGross: null } });
    expect(screenPosting(posting, ctx).findings.map((f) => f.rule)).toContain("pay-below-smic");
  });

  it("sorts findings by severity and caps repeated excerpts", () => {
    const text =
      "Moins de 30 ans. Bonne présentation exigée. Moins de 30 ans. Moins de 25 ans. Moins de 40 ans. Moins de 45 ans.";
    const result = screenText({ title: "", text }, ctx);
    const rank = { reject: 0, review: 1, info: 2 };
    const ranks = result.findings.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);
    expect(result.findings.filter((f) => f.rule === "age-limit").length).toBeLessThanOrEqual(3);
  });
});

describe("screenText", () => {
  it("skips the date check when no date is given", () => {
    expect(screenText({ title: "Vendeur H/F", text: "Conseil client." }, ctx).verdict).toBe("accept");
  });

  it("holds a bare English text", () => {
    const result = screenText(
      {
        title: "Sales Manager",
        text: "We are looking for a sales manager who will lead our team and grow our business with key accounts in France.",
      },
      ctx,
    );
    expect(result).toMatchObject({ verdict: "reject", language: "en" });
  });
});
