import { describe, expect, it } from "vitest";
import { HOLDOUT_SETS, loadCorpus } from "../../test/fixtures/compliance/corpus.js";
import { evaluateCorpus } from "./evaluate.js";
import { RULES } from "./rules.js";
import { RULE_FAMILIES } from "./types.js";

const corpus = [loadCorpus(), ...HOLDOUT_SETS.map((set) => loadCorpus(set))].flat();
const report = evaluateCorpus(corpus);

describe("labelled corpus", () => {
  it("is large, labelled by family, with unlawful items and lawful near-misses in every family", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((item) => item.id)).size).toBe(corpus.length);
    for (const family of RULE_FAMILIES) {
      const score = report.families.find((f) => f.family === family);
      expect(score?.unlawful, family).toBeGreaterThanOrEqual(5);
      expect(score?.lawful, family).toBeGreaterThanOrEqual(5);
    }
  });

  it("names only existing rules", () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    for (const item of corpus)
      for (const rule of item.rules ?? []) expect(ids.has(rule), `${item.id}: ${rule}`).toBe(true);
  });

  it("holds at least 95 % of the unlawful items", () => {
    expect(report.recall, JSON.stringify(report.missed)).toBeGreaterThanOrEqual(0.95);
  });

  it("holds at most 2 % of the lawful near-misses", () => {
    expect(report.heldShare, JSON.stringify(report.held)).toBeLessThanOrEqual(0.02);
  });

  it("detects each family with its own rules (recall ≥ 0.85, precision ≥ 0.9 per family)", () => {
    for (const family of report.families) {
      expect(family.recall, family.family).toBeGreaterThanOrEqual(0.85);
      expect(family.precision, family.family).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("gives the expected verdict to at least 90 % of the items", () => {
    expect(report.exactShare).toBeGreaterThanOrEqual(0.9);
  });
});
