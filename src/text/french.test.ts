import { describe, expect, it } from "vitest";
import { analyze, stem } from "./french.js";

describe("French analyser", () => {
  it("folds accents and case", () => {
    expect(analyze("Développeur ÉLECTRICIEN")).toEqual(["developpeur", "electricien"]);
  });

  it("drops elisions and stop words", () => {
    expect(analyze("l'entreprise d'intérim qu'il dirige et les agents")).toEqual([
      "entreprise",
      "interim",
      "dirige",
      "agent",
    ]);
  });

  it("merges plurals and feminine job titles with the masculine singular", () => {
    for (const [a, b] of [
      ["vendeuses", "vendeur"],
      ["boulangère", "boulanger"],
      ["infirmières", "infirmier"],
      ["animatrice", "animateur"],
      ["technicienne", "technicien"],
      ["assistantes", "assistant"],
      ["commerciale", "commercial"],
      ["employée", "employé"],
      ["chauffeurs", "chauffeur"],
    ] as const) {
      expect(analyze(a), `${a} ~ ${b}`).toEqual(analyze(b));
    }
  });

  it("keeps short words and numbers as they are", () => {
    expect(stem("bus")).toBe("bus");
    expect(stem("35h")).toBe("35h");
    expect(analyze("H/F")).toEqual([]);
  });
});
