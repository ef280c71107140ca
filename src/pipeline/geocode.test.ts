import { beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import type { RawPosting } from "../ingest/raw-posting.js";
import type { GeoIndex } from "../referentials/geo.js";
import { loadGeo } from "../referentials/geo-load.js";
import { resolveLocation } from "./geocode.js";

let geo: GeoIndex;
beforeAll(async () => {
  geo = await loadGeo(DATA_DIR);
});

type RawLocation = NonNullable<RawPosting["location"]>;
const resolve = (raw: RawLocation, text?: string) => resolveLocation(raw, geo, text);

describe("resolveLocation: trust order", () => {
  it("trusts the INSEE code first and fills the rest from the référentiel", () => {
    const location = resolve({ commune: "54318", postalCode: "54460", city: "LIVERDUN" });
    expect(location).toMatchObject({
      commune: "54318",
      postalCode: "54460",
      city: "Liverdun",
      departement: "54",
      region: "44",
      label: "LIVERDUN",
      precision: "commune",
    });
    expect(location.lat).toBeCloseTo(48.75, 1);
  });

  it("refines a city split into arrondissements with the postal code", () => {
    const location = resolve({ label: "75 - PARIS", commune: "75056", postalCode: "75015" });
    expect(location).toMatchObject({ commune: "75115", postalCode: "75015", precision: "commune" });
  });

  it("uses the city to choose among communes sharing a postal code", () => {
    expect(resolve({ postalCode: "01000", city: "Saint-Denis-lès-Bourg" }).commune).toBe("01344");
    expect(resolve({ postalCode: "01000", city: "Bourg en Bresse" }).commune).toBe("01053");
  });

  it("stops at the postal code when the city does not tell which commune", () => {
    const location = resolve({ postalCode: "01000", city: "Babaland" });
    expect(location).toMatchObject({
      commune: null,
      postalCode: "01000",
      departement: "01",
      precision: "postal_code",
    });
    expect(location.lat).toBeCloseTo(46.2, 1);
  });

  it("handles a postal code shared by dozens of communes", () => {
    expect(geo.communesByPostalCode("51300").length).toBeGreaterThan(40);
    expect(resolve({ postalCode: "51300", city: "VITRY LE FRANCOIS" }).commune).toBe("51649");
    expect(resolve({ postalCode: "51300", city: "Frignicourt" }).commune).toBe("51262");
    expect(resolve({ postalCode: "51300", city: "LUXEMONT ET VILLOTTE" }).commune).toBe("51334");
    const unknown = resolve({ postalCode: "51300", city: "Zone industrielle" });
    expect(unknown).toMatchObject({
      commune: null,
      postalCode: "51300",
      departement: "51",
      precision: "postal_code",
    });
    expect(unknown.lat).toBeCloseTo(48.7, 0);
  });

  it("takes the single commune of a postal code", () => {
    expect(resolve({ postalCode: "59930" })).toMatchObject({ commune: "59143", precision: "commune" });
    expect(resolve({ postalCode: "1000" }).postalCode).toBe("01000");
  });

  it("reads a city with a département hint, else the most populous homonym", () => {
    expect(resolve({ city: "Saint-Denis", departement: "974" }).commune).toBe("97411");
    expect(resolve({ city: "Saint-Denis", postalCode: "93200" }).commune).toBe("93066");
    expect(resolve({ label: "Valence", region: "Occitanie" }).commune).toBe("82186");
    expect(resolve({ city: "Valence" }).commune).toBe("26362");
  });

  it("places bare coordinates at the nearest commune, even swapped", () => {
    expect(resolve({ lat: "45.764", lon: "4.8357" })).toMatchObject({
      commune: "69381",
      precision: "commune",
    });
    expect(resolve({ lat: "4.8357", lon: "45.764" }).commune).toBe("69381");
    expect(resolve({ lat: "45,764", lon: "4,8357" }).lat).toBeCloseTo(45.764, 3);
  });
});

describe("resolveLocation: labels", () => {
  it.each([
    ["75 - PARIS 01", "75101"],
    ["Lyon 3e (69)", "69383"],
    ["Poitiers (86)", "86194"],
    ["PARIS CEDEX 08", "75056"],
    ["2A - AJACCIO", "2A004"],
    ["974 - SAINT-DENIS", "97411"],
    ["971 - BASSE-TERRE", "97105"],
    ["Mamoudzou (976)", "97611"],
    ["83126 LA SEYNE SUR MER", "83126"],
    ["Saint-Cyr-sur-Loire (37540)", "37214"],
    ["Puteaux, Hauts-de-Seine", "92062"],
  ])("%s → commune %s", (label, commune) => {
    expect(resolve({ label })).toMatchObject({ commune, precision: "commune", label });
  });

  it("resolves areas and the country", () => {
    expect(resolve({ label: "Île-de-France" })).toMatchObject({ region: "11", precision: "region" });
    expect(resolve({ label: "Hauts-de-France" })).toMatchObject({ region: "32", precision: "region" });
    expect(resolve({ label: "Isère" })).toMatchObject({
      departement: "38",
      region: "84",
      precision: "departement",
    });
    expect(resolve({ label: "France" })).toMatchObject({
      precision: "country",
      departement: null,
      lat: null,
    });
    expect(resolve({ region: "Seine et Marne (77)", country: "DR Ile-de-France" })).toMatchObject({
      departement: "77",
      region: "11",
      precision: "departement",
    });
  });

  it("reads a code in the région field as a région", () => {
    expect(resolve({ region: "76" })).toMatchObject({ region: "76", departement: null, precision: "region" });
    expect(resolve({ departement: "76" })).toMatchObject({ departement: "76", region: "28" });
  });

  it("leaves places abroad unresolved, with their country when named", () => {
    for (const [raw, country] of [
      [{ label: "Québec Canada" }, "CA"],
      [{ label: "Luxembourg (Frontalier)" }, "LU"],
      [{ label: "Principauté de Monaco" }, "MC"],
      [{ city: "Bridgwater", departement: "Somerset", region: "South West", country: "Royaume-Uni" }, "GB"],
      [{ city: "Berlin", country: "DE" }, "DE"],
      [{ city: "London", country: "United Kingdom" }, "GB"],
      [{ label: "Genève, Suisse" }, "CH"],
      [{ city: "Atlantis" }, null],
    ] as const) {
      expect(resolve(raw), JSON.stringify(raw)).toMatchObject({ precision: null, country });
    }
  });

  it("gives every place in France the country FR, overseas départements included", () => {
    expect(resolve({ postalCode: "69003", city: "Lyon" }).country).toBe("FR");
    expect(resolve({ label: "France" })).toMatchObject({ precision: "country", country: "FR" });
    expect(resolve({ city: "Pointe-à-Pitre", country: "Guadeloupe" }).country).toBe("FR");
    expect(resolve({ country: "FR" }).country).toBe("FR");
    expect(resolveLocation(undefined, geo).country).toBeNull();
  });
});

describe("resolveLocation: junk falls back to a lower precision", () => {
  it("keeps the département of an unknown city and postal code (clever-connect sample)", () => {
    const location = resolve({
      label: "Babaland (38)",
      city: "Babaland",
      postalCode: "38990",
      departement: "38",
      region: "76",
      lat: "44.12417",
      lon: "1.31139",
    });
    expect(location).toMatchObject({
      commune: null,
      departement: "38",
      region: "84",
      precision: "departement",
    });
    // The partner's point lies in Tarn-et-Garonne: the département's chef-lieu is used instead.
    expect(location.lat).toBeCloseTo(45.18, 1);
  });

  it("ignores test coordinates and keeps the commune (hellowork sample)", () => {
    const location = resolve({
      city: "VINCENNES",
      postalCode: "94300",
      lat: "48.123456789",
      lon: "2.123456789",
    });
    expect(location).toMatchObject({ commune: "94080", precision: "commune" });
    expect(location.lat).toBeCloseTo(48.85, 1);
  });

  it("keeps plausible partner coordinates, drops those far from the place", () => {
    const lille = resolve({ city: "LILLE", postalCode: "59160", lat: "50.6317183168", lon: "3.04783272312" });
    expect(lille).toMatchObject({ commune: "59350", lat: 50.6317183168, lon: 3.04783272312 });
    const seyne = resolve({
      city: "La Seyne-sur-Mer",
      departement: "Var (83)",
      lat: "42.193147",
      lon: "4.979651",
    });
    expect(seyne.commune).toBe("83126");
    expect(seyne.lat).toBeCloseTo(43.1, 1);
  });

  it("uses coordinates for the département only when the city is unknown (kelio sample)", () => {
    const location = resolve({
      city: "Neuilly-sur-Loire",
      postalCode: "99200",
      lat: "49.8809",
      lon: "2.0675127",
    });
    expect(location).toMatchObject({ commune: null, departement: "80", precision: "departement" });
  });

  it("falls back to the département of an unknown postal code", () => {
    expect(resolve({ postalCode: "38990" })).toMatchObject({ departement: "38", precision: "departement" });
    expect(resolve({ postalCode: "20999" })).toMatchObject({ departement: "2B", precision: "departement" });
  });

  it("does not pick a homonym outside the département the partner gave", () => {
    expect(resolve({ city: "Valence", departement: "75" })).toMatchObject({
      commune: null,
      departement: "75",
      precision: "departement",
    });
  });

  it("returns an unresolved location for nothing usable", () => {
    expect(resolve({ city: "Test", postalCode: "00000" }).precision).toBeNull();
    expect(resolve({ lat: "0", lon: "0" }).precision).toBeNull();
    expect(resolve({ lat: "42.19", lon: "4.98" }).precision).toBeNull(); // at sea
    expect(resolveLocation(undefined, geo)).toMatchObject({ precision: null, label: null, remote: null });
  });
});

describe("resolveLocation: partner feed shapes", () => {
  // One location per sample feed of ../shared/fixtures/partner-feeds/labonnealternance.
  const samples: Array<[string, RawLocation, string]> = [
    ["apec", { commune: "72181", label: "LE MANS" }, "72"],
    ["clever-connect", { label: "Aix-en-Provence (13)", city: "Aix-en-Provence", postalCode: "13540" }, "13"],
    ["decathlon", { city: "Vélizy-Villacoublay", postalCode: "78140", departement: "Yvelines" }, "78"],
    ["edf", { city: "Paluel", departement: "Seine-Maritime (76)", region: "Normandie" }, "76"],
    ["enedis", { city: "La Defense", country: "France" }, "92"],
    ["enedis", { city: "Evry Courcouronnes", country: "France" }, "91"],
    [
      "engagement-jeunes",
      { city: "Bègles", postalCode: "33130", departement: "GIRONDE", country: "France" },
      "33",
    ],
    ["france-travail-cegid", { region: "Hauts-de-Seine (92)", country: "DR Ile-de-France" }, "92"],
    ["hellowork", { city: "TINQUEUX", postalCode: "51430", departement: "MARNE", region: "GRAND EST" }, "51"],
    ["hellowork-buddi", { city: "Marcq-en-Barœul", postalCode: "59700", country: "France" }, "59"],
    ["jobteaser", { city: "Grenoble", departement: "Isere", region: "Auvergne-Rhône-Alpes" }, "38"],
    [
      "jooble",
      { city: "Cahors, Lot", region: "Canton de Cahors; Arrondissement de Cahors; Lot (46); Midi-Pyrénées" },
      "46",
    ],
    [
      "kelio",
      { city: "Neuilly-sur-Seine", postalCode: "92200", lat: "48.8811012", lon: "2.2732375999" },
      "92",
    ],
    ["laposte", { city: "Aubenas", departement: "Ardèche (07)", lat: "43.612671", lon: "4.591775" }, "07"],
    ["leboncoin", { city: "Charleville-Mézières", region: "Champagne-Ardenne", postalCode: "08000" }, "08"],
    ["recruteur-lba", { commune: "07293", postalCode: "07130", city: "SAINT-ROMAIN-DE-LERPS" }, "07"],
  ];

  it.each(samples)("%s → département", (_partner, raw, departement) => {
    const location = resolve(raw);
    expect(location.departement).toBe(departement);
    expect(["commune", "departement", "postal_code"]).toContain(location.precision);
  });
});

describe("resolveLocation: remote", () => {
  it("reads the remote field, then the title and description", () => {
    expect(resolve({ city: "Lyon", remote: "télétravail partiel" }).remote).toBe("hybrid");
    expect(resolve({ city: "Lyon" }, "Développeur\nPoste en full remote").remote).toBe("full");
    expect(resolve({ city: "Lyon" }, "Pas de télétravail sur ce poste").remote).toBe("none");
    expect(resolve({ city: "Lyon" }, "Vendeur en magasin").remote).toBeNull();
    expect(resolveLocation(undefined, geo, "100 % télétravail").remote).toBe("full");
  });
});
