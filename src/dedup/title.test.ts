import { describe, expect, it } from "vitest";
import { collapseGender, compareTitles, normalizeTitle, placeWords, titleKey } from "./title.js";

describe("normalizeTitle", () => {
  it.each([
    ["Vendeur / Vendeuse (H/F)", "vendeur"],
    ["VENDEUR H/F - CDI", "vendeur"],
    ["Vendeur (F/H/X) - Temps plein", "vendeur"],
    ["Chargé(e) de clientèle", "charge clientele"],
    ["Conseiller·ère de vente", "conseiller vente"],
    ["Administrateur / Administratrice systèmes", "administrateur systeme"],
    ["Technicienne de maintenance confirmée", "technicien maintenance"],
    ["Aide-soignante de nuit - CDD 6 mois", "aide soignant nuit"],
    ["Agents de sécurité SSIAP1", "agent securite ssiap1"],
    ["Dev fullstack JS senior", "developpeur fullstack javascript"],
    // Both forms as ROME writes them, where the feminine is not a known ending.
    ["Ingénieur chef / Ingénieure Cheffe de projet CVC", "ingenieur chef projet cvc"],
    ["Agent / Agente d'entretien des piscines Senior", "agent entretien piscine"],
    ["Maçon-plâtrier / Maçonne-plâtrière", "macon platrier"],
    ["Contremaître / Contremaîtresse d'exploitation agricole", "contremaitre exploitation agricole"],
    ["CHEF DE CUISINE H/F", "chef cuisine"],
  ])("%s gives %s", (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected);
  });

  it("drops the posting's own city and arrondissement", () => {
    expect(normalizeTitle("Vendeur H/F - Lyon 3e", placeWords("Lyon"))).toBe("vendeur");
    expect(normalizeTitle("Vendeur H/F - Lyon 3e")).toBe("vendeur lyon");
  });

  it("keys ignore word order", () => {
    expect(titleKey(normalizeTitle("Développeur Java senior"))).toBe(
      titleKey(normalizeTitle("Java développeur")),
    );
  });
});

describe("collapseGender", () => {
  it.each([
    ["vendeuse", "vendeur"],
    ["directrice", "directeur"],
    ["ambassadrice", "ambassadeur"],
    ["caissiere", "caissier"],
    ["assistante", "assistant"],
    ["employee", "employe"],
    ["vendeurs", "vendeur"],
    ["process", "process"],
  ])("%s gives %s", (word, expected) => {
    expect(collapseGender(word)).toBe(expected);
  });
});

describe("compareTitles", () => {
  it("scores identical titles 1 and empty ones 0", () => {
    expect(compareTitles("vendeur", "vendeur").similarity).toBe(1);
    expect(compareTitles("", "").similarity).toBe(0);
  });

  it("gives a contained title 0.85", () => {
    expect(compareTitles("vendeur", "vendeur magasin").similarity).toBeCloseTo(0.85);
  });

  it("joins split words through trigrams", () => {
    const c = compareTitles("developpeur full stack", "developpeur fullstack");
    expect(c.similarity).toBeGreaterThan(0.8);
    expect(c.wordsDiffer).toBe(false);
  });

  it("flags two specialisations of one job", () => {
    const c = compareTitles("administrateur systeme windows", "administrateur systeme unix");
    expect(c.wordsDiffer).toBe(true);
    expect(c.similarity).toBeLessThan(0.9);
  });

  it("scores unrelated titles low", () => {
    expect(compareTitles("comptable", "chauffeur livreur").similarity).toBeLessThan(0.3);
  });
});
