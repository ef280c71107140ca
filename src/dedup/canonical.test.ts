import { describe, expect, it } from "vitest";
import { type CanonicalMember, chooseCanonical, completeness, partnerRank } from "./canonical.js";
import { buildPosting } from "./fixtures.js";

const rich = buildPosting({
  description: { html: "", text: "x".repeat(1500) },
  salary: { text: "2000 €", annualGross: 24000 },
  location: { commune: "69383", precision: "commune" },
  rome: { code: "D1211" },
  contract: { type: "CDI" },
  employer: { name: "Montagne & Sports" },
  publishedAt: "2025-03-01T00:00:00Z",
});
const poor = buildPosting({ description: { html: "", text: "court" }, publishedAt: "2025-03-05T00:00:00Z" });
const member = (id: string, rank: number, posting = rich): CanonicalMember<string> => ({
  id,
  partnerRank: rank,
  posting,
});

describe("partnerRank", () => {
  const ranking = { partners: { decathlon: "employer", hellowork: "board", jooble: "aggregator" } } as const;
  it("ranks the employer's own site above boards above aggregators", () => {
    expect(partnerRank("decathlon", ranking)).toBeGreaterThan(partnerRank("hellowork", ranking));
    expect(partnerRank("hellowork", ranking)).toBeGreaterThan(partnerRank("jooble", ranking));
    expect(partnerRank("unknown", ranking)).toBe(partnerRank("hellowork", ranking));
    expect(partnerRank("jooble", { ...ranking, ranks: { aggregator: 9 } })).toBe(9);
  });
});

describe("completeness", () => {
  it("rewards a long description, salary, precise place, ROME, contract and employer", () => {
    expect(completeness(rich)).toBe(1);
    expect(completeness(poor)).toBeLessThan(0.01);
  });
});

describe("chooseCanonical", () => {
  it("prefers the better source, then completeness, then freshness, then the smaller id", () => {
    expect(chooseCanonical([member("board", 2), member("site", 4, poor)])).toBe("site");
    expect(chooseCanonical([member("poor", 2, poor), member("rich", 2)])).toBe("rich");
    const fresher = { ...rich, updatedAt: "2025-04-01T00:00:00Z" };
    expect(chooseCanonical([member("old", 2), member("new", 2, fresher)])).toBe("new");
    expect(chooseCanonical([member("b", 2), member("a", 2)])).toBe("a");
    expect(chooseCanonical([])).toBeNull();
  });
});
