import { beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import { genderedForms, type RomeIndex } from "./rome.js";
import { loadRomeDetails, type RomeDetails } from "./rome-details.js";
import { loadRome } from "./rome-load.js";

describe("genderedForms", () => {
  it("rebuilds the masculine and feminine labels", () => {
    expect(genderedForms("Boulanger / Boulangère")).toEqual(["Boulanger", "Boulangère"]);
    expect(genderedForms("Conducteur / Conductrice d'engins agricoles")).toEqual([
      "Conducteur d'engins agricoles",
      "Conductrice d'engins agricoles",
    ]);
    expect(genderedForms("Boulanger industriel / Boulangère industrielle")).toEqual([
      "Boulanger industriel",
      "Boulangère industrielle",
    ]);
    expect(genderedForms("Data scientist")).toEqual([]);
  });
});

describe("loadRome", () => {
  let rome: RomeIndex;
  beforeAll(async () => {
    rome = await loadRome(DATA_DIR);
  });

  it("loads the ROME 4.0 métiers under their fiches, with the v3 label", () => {
    expect(rome.metiers()).toHaveLength(1584);
    expect(new Set(rome.metiers().map((m) => m.fiche)).size).toBe(532);
    expect(rome.metier("A1102")).toMatchObject({ fiche: "A1101", v3Label: null });
    expect(rome.metier("a1101")).toMatchObject({
      label: "Conducteur / Conductrice d'engins agricoles",
      fiche: "A1101",
      v3Label: "Conduite d'engins agricoles et forestiers",
      transitionEco: "Emploi Blanc",
    });
    expect(rome.metier("Z9999")).toBeUndefined();
  });

  it("loads appellations with their ROME 4.0 and v3 codes", () => {
    expect(rome.appellations().length).toBeGreaterThanOrEqual(13_120);
    // Moved from E1102 (v3) to E1122 (4.0).
    expect(rome.appellation("10267")).toMatchObject({ rome: "E1122", romeV3: "E1102", principal: false });
    expect(rome.appellation("11573")).toMatchObject({ label: "Boulanger / Boulangère", principal: true });
    expect(rome.appellationsOf("A1101")[0]?.principal).toBe(true);
  });

  it.each([
    ["Boulanger / Boulangère", "11573"],
    ["boulanger", "11573"],
    ["BOULANGÈRE", "11573"],
    ["Conductrice d'engins agricoles", "404030"],
    ["Accastilleuse-monteuse électronique de marine", "10202"],
    ["Accastilleur-monteur électronique de marine", "10202"],
    ["Développeur informatique", "14153"],
    ["Aide-soignante", "10891"],
  ])("findAppellation(%s) → %s", (label, code) => {
    expect(rome.findAppellation(label)?.code).toBe(code);
  });

  it("matches whole labels only", () => {
    expect(rome.findAppellation("Développeur")).toBeUndefined();
    expect(rome.findAppellation("boulang")).toBeUndefined();
    expect(rome.findAppellation("")).toBeUndefined();
  });
});

describe("loadRomeDetails", () => {
  let details: RomeDetails;
  beforeAll(async () => {
    details = await loadRomeDetails(DATA_DIR);
  });

  it("gives a métier's texts in order, apostrophes repaired", () => {
    const texts = details.texts("A1101");
    expect(texts?.definition[0]).toBe("Réalise des travaux agricoles mécanisés.");
    expect(texts?.definition.join(" ")).toContain("l'entretien");
    expect(texts?.definition.join(" ")).not.toContain("''");
    expect(texts?.access[0]).toMatch(/^Cet emploi est accessible/);
    expect(details.texts("A1102")?.definition.length).toBeGreaterThan(0);
  });

  it("gives mobilities and centres of interest", () => {
    expect(details.mobilities("A1101")).toContainEqual({ code: "A1102", order: 6 });
    expect(details.centresInteretOf("A1206").map((c) => c.label)).toContain(
      "J'ai envie de créer, construire, rénover",
    );
  });

  it("lists compétences, savoirs and work contexts", () => {
    expect(details.competences()).toHaveLength(18_317);
    expect(details.competence("100023")).toMatchObject({
      label: "Abattre un arbre",
      macro: false,
      macroCompetence: "300230",
    });
    expect(details.savoirs()).toHaveLength(15_354);
    expect(details.savoir("100007")?.label).toBe("Techniques de soudage");
    expect(details.workContexts()).toHaveLength(179);
  });
});
