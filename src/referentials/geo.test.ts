import { beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import type { GeoIndex } from "./geo.js";
import { loadGeo } from "./geo-load.js";

let geo: GeoIndex;
beforeAll(async () => {
  geo = await loadGeo(DATA_DIR);
});

const code = (name: string, hint?: { departement?: string; postalCode?: string }): string | undefined =>
  geo.findCommune(name, hint)?.code;

describe("loadGeo", () => {
  it("loads every commune, arrondissement, département and région", () => {
    expect(geo.communes().length).toBeGreaterThan(34_900);
    expect(geo.communes().filter((c) => c.parent !== null)).toHaveLength(45);
    expect(geo.departements().filter((d) => d.zone !== "com")).toHaveLength(101);
    expect(geo.regions().filter((r) => r.zone !== "com")).toHaveLength(18);
  });

  it("gives communes their postal codes, coordinates and population", () => {
    const mans = geo.commune("72181");
    expect(mans).toMatchObject({
      name: "Le Mans",
      departement: "72",
      region: "52",
      parent: null,
      zone: "metro",
    });
    expect(mans?.postalCodes).toEqual(["72000", "72100"]);
    expect(mans?.lat).toBeCloseTo(48.0, 0);
    expect(mans?.population).toBeGreaterThan(100_000);
    const placed = geo.communes().filter((c) => c.zone !== "com" && c.lat !== null);
    expect(placed.length).toBeGreaterThan(geo.communes().length - 120);
  });

  it("includes arrondissements with their parent and places the city at its centre", () => {
    expect(geo.commune("75115")).toMatchObject({
      parent: "75056",
      postalCodes: ["75015"],
      departement: "75",
    });
    expect(geo.commune("69383")?.parent).toBe("69123");
    expect(geo.commune("13208")?.parent).toBe("13055");
    const paris = geo.commune("75056");
    expect(paris?.lat).toBeCloseTo(48.86, 1);
    expect(paris?.lon).toBeCloseTo(2.34, 1);
  });

  it("maps former and delegated codes to the current commune", () => {
    expect(geo.commune("59355")?.code).toBe("59350"); // Lomme, associated with Lille
    expect(geo.commune("91228")?.name).toBe("Évry-Courcouronnes");
  });

  it("covers Corsica and the overseas départements", () => {
    expect(geo.commune("2A004")).toMatchObject({ name: "Ajaccio", departement: "2A", region: "94" });
    expect(geo.commune("2b033")?.name).toBe("Bastia");
    for (const [dep, region] of [
      ["971", "01"],
      ["972", "02"],
      ["973", "03"],
      ["974", "04"],
      ["976", "06"],
    ]) {
      expect(geo.departement(dep ?? "")).toMatchObject({ region, zone: "drom" });
    }
    expect(geo.commune("97611")?.postalCodes).toContain("97600");
    expect(geo.commune("97502")).toMatchObject({ departement: "975", zone: "com" });
  });

  it("places départements and régions at their chef-lieu", () => {
    expect(geo.departement("38")).toMatchObject({ chefLieu: "38185", name: "Isère", region: "84" });
    expect(geo.departement("38")?.lat).toBeCloseTo(45.18, 1);
    expect(geo.region("93")?.chefLieu).toBe("13055");
    expect(geo.region("93")?.lat).toBeCloseTo(43.3, 1);
  });
});

describe("findCommune", () => {
  it.each([
    ["Le Mans", "72181"],
    ["LE MANS", "72181"],
    ["Mans (Le)", "72181"],
    ["ST ETIENNE", "42218"],
    ["Saint Cyr Sur Loire", "37214"],
    ["STE GENEVIEVE DES BOIS", "91549"],
    ["PARIS CEDEX 08", "75056"],
    ["Lyon Cedex 3", "69123"],
    ["Paris 15e", "75115"],
    ["PARIS 15", "75115"],
    ["Lyon 3ème", "69383"],
    ["Marseille 8e arrondissement", "13208"],
    ["Evry Courcouronnes", "91228"],
    ["Marcq-en-Barœul", "59378"],
    ["La Defense", "92062"],
  ])("%s → %s", (name, expected) => {
    expect(code(name)).toBe(expected);
  });

  it("finds communes under their La Poste and former names", () => {
    expect(code("Lomme")).toBe("59350");
    expect(code("Bellegarde-sur-Valserine")).toBe("01033");
    // A big former commune beats a village of the same official name.
    expect(code("Evry")).toBe("91228");
  });

  it("chooses homonyms by département or postal code, else the most populous", () => {
    expect(code("Saint-Denis", { departement: "93" })).toBe("93066");
    expect(code("Saint-Denis", { postalCode: "93200" })).toBe("93066");
    expect(code("Saint-Denis", { departement: "974" })).toBe("97411");
    expect(code("Valence")).toBe("26362");
    expect(code("Valence", { departement: "82" })).toBe("82186");
    expect(code("Vernet", { departement: "31" })).toBe("31574");
  });

  it("returns nothing when the hint excludes every homonym", () => {
    expect(code("Valence", { departement: "75" })).toBeUndefined();
    expect(code("Paris 15e", { departement: "69" })).toBeUndefined();
    expect(code("Babaland")).toBeUndefined();
    expect(code("")).toBeUndefined();
  });

  it("picks the arrondissement from the postal code", () => {
    expect(code("Paris", { postalCode: "75015" })).toBe("75115");
    expect(code("MARSEILLE", { postalCode: "13008" })).toBe("13208");
  });

  it("accepts a postal code of a former commune now merged", () => {
    expect(code("Lille", { postalCode: "59160" })).toBe("59350");
    expect(code("Aix-en-Provence", { postalCode: "13540" })).toBe("13001");
  });
});

describe("postal codes", () => {
  it("lists the communes sharing a postal code, arrondissements rather than their city", () => {
    expect(geo.communesByPostalCode("75015").map((c) => c.code)).toEqual(["75115"]);
    const shared = geo.communesByPostalCode("01000").map((c) => c.code);
    expect(shared).toEqual(expect.arrayContaining(["01053", "01344"]));
    expect(shared[0]).toBe("01053"); // Bourg-en-Bresse, the most populous
    expect(geo.communesByPostalCode("38990")).toEqual([]);
  });

  it("finds the département of a postal code, Corsica and overseas included", () => {
    expect(geo.departementOfPostalCode("38990")).toBe("38");
    expect(geo.departementOfPostalCode("20000")).toBe("2A");
    expect(geo.departementOfPostalCode("20600")).toBe("2B");
    expect(geo.departementOfPostalCode("97133")).toBe("977");
    expect(geo.departementOfPostalCode("97200")).toBe("972");
    expect(geo.departementOfPostalCode("05110")).toBe("05");
    expect(geo.departementOfPostalCode("99200")).toBeUndefined();
    expect(geo.departementOfPostalCode("7500")).toBeUndefined();
  });
});

describe("départements and régions", () => {
  it.each([
    ["69", "69"],
    ["1", "01"],
    ["2a", "2A"],
    ["971", "971"],
    ["Rhône (69)", "69"],
    ["Seine et Marne (77)", "77"],
    ["SEINE ET MARNE", "77"],
    ["Val d'Oise", "95"],
    ["Isere", "38"],
    ["Corse du Sud", "2A"],
    ["Réunion", "974"],
    ["69 - Rhône", "69"],
  ])("findDepartement(%s) → %s", (input, expected) => {
    expect(geo.findDepartement(input)?.code).toBe(expected);
  });

  it("does not take Corsica's former code or a name for a département", () => {
    expect(geo.findDepartement("20")).toBeUndefined();
    expect(geo.findDepartement("Somerset")).toBeUndefined();
  });

  it.each([
    ["84", "84"],
    ["Île-de-France", "11"],
    ["ILE DE FRANCE", "11"],
    ["DR Ile-de-France", "11"],
    ["Provence-Alpes-Côte d’Azur", "93"],
    ["PACA", "93"],
    ["Champagne-Ardenne", "44"],
    ["Midi-Pyrénées", "76"],
    ["Centre", "24"],
    ["Région Centre", "24"],
    ["Guadeloupe", "01"],
  ])("findRegion(%s) → %s", (input, expected) => {
    expect(geo.findRegion(input)?.code).toBe(expected);
  });

  it("does not take a foreign region for a French one", () => {
    expect(geo.findRegion("South West")).toBeUndefined();
  });
});

describe("nearestCommune", () => {
  it("finds the commune around a point, arrondissements in Paris", () => {
    expect(geo.nearestCommune(45.1885, 5.7245)?.code).toBe("38185");
    expect(geo.nearestCommune(48.8417, 2.2995)?.parent).toBe("75056");
    expect(geo.nearestCommune(-20.88, 55.45)?.departement).toBe("974");
  });
});
