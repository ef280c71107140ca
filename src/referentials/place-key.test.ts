import { describe, expect, it } from "vitest";
import { arrondissementCode, placeKey, placeKeys } from "./place-key.js";

describe("placeKey", () => {
  it("folds accents, case, hyphens, spaces and apostrophes", () => {
    const key = placeKey("Villeneuve-d'Ascq");
    expect(placeKey("VILLENEUVE D ASCQ")).toBe(key);
    expect(placeKey("villeneuve d’ascq")).toBe(key);
    expect(placeKey("Marcq-en-Barœul")).toBe(placeKey("MARCQ EN BAROEUL"));
  });

  it("expands ST and STE", () => {
    expect(placeKey("ST ETIENNE")).toBe(placeKey("Saint-Étienne"));
    expect(placeKey("Ste-Foy-lès-Lyon")).toBe(placeKey("Sainte-Foy-lès-Lyon"));
    expect(placeKey("Stella-Plage")).not.toBe(placeKey("Saintella-Plage"));
  });

  it("drops CEDEX and what follows it", () => {
    expect(placeKey("PARIS CEDEX 08")).toBe("paris");
    expect(placeKey("Lyon Cedex 3")).toBe("lyon");
  });

  it("moves a trailing article and offers an article-less variant", () => {
    expect(placeKeys("Le Mans")).toEqual(["lemans", "mans"]);
    expect(placeKeys("Mans (Le)")).toEqual(["lemans", "mans"]);
    expect(placeKeys("L'Isle-Adam")).toEqual(["lisleadam", "isleadam"]);
    expect(placeKeys("Lens")).toEqual(["lens"]);
    expect(placeKeys("  ")).toEqual([]);
  });
});

describe("arrondissementCode", () => {
  it.each([
    ["Paris 15e", "75115"],
    ["PARIS 15", "75115"],
    ["PARIS 01", "75101"],
    ["Paris 1er arrondissement", "75101"],
    ["Lyon 3ème", "69383"],
    ["Lyon 3 e", "69383"],
    ["Marseille 8e arrondissement", "13208"],
    ["MARSEILLE 16", "13216"],
  ])("%s → %s", (name, code) => {
    expect(arrondissementCode(name)).toBe(code);
  });

  it("gives the city for a number out of range and nothing for other names", () => {
    expect(arrondissementCode("Lyon 12")).toBe("69123");
    expect(arrondissementCode("Paris")).toBeUndefined();
    expect(arrondissementCode("Lyon Cedex 3")).toBeUndefined();
    expect(arrondissementCode("Nantes 2")).toBeUndefined();
  });
});
