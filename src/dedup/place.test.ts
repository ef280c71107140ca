import { describe, expect, it } from "vitest";
import { emptyLocation, type Location } from "../offer/offer.js";
import { comparePlaces, normalizeCityName, type PlaceKey, placeKey } from "./place.js";

const place = (fields: Partial<Location>): PlaceKey => placeKey({ ...emptyLocation(), ...fields });

const lyon3 = place({ commune: "69383", postalCode: "69003", city: "Lyon", lat: 45.7597, lon: 4.8422 });

describe("placeKey", () => {
  it("derives the département and the parent city of an arrondissement", () => {
    expect(lyon3).toMatchObject({ city: "69123", departement: "69", cityName: "lyon" });
    expect(place({ postalCode: "97411" }).departement).toBe("974");
    expect(place({ commune: "2A004" }).departement).toBe("20");
    expect(place({ postalCode: "20000" }).departement).toBe("20");
  });

  it("folds city names", () => {
    expect(normalizeCityName("ST-ÉTIENNE CEDEX 2")).toBe("saint etienne");
    expect(normalizeCityName("Paris 15e arrondissement")).toBe("paris");
  });
});

describe("comparePlaces", () => {
  it("matches the same commune, an arrondissement and its city, a city name, a postal code", () => {
    expect(comparePlaces(lyon3, place({ commune: "69383" }))).toBe("same_commune");
    expect(comparePlaces(lyon3, place({ commune: "69123" }))).toBe("same_city");
    expect(comparePlaces(lyon3, place({ city: "LYON", departement: "69" }))).toBe("same_city");
    expect(comparePlaces(place({ postalCode: "69003" }), place({ postalCode: "69003" }))).toBe("same_postal");
  });

  it("keeps two arrondissements or two communes apart, near when close", () => {
    const lyon7 = place({ commune: "69387", lat: 45.7456, lon: 4.8425 });
    const grenoble = place({ commune: "38185", lat: 45.1885, lon: 5.7245 });
    expect(comparePlaces(lyon3, lyon7)).toBe("near");
    expect(comparePlaces(lyon3, grenoble)).toBe("different");
    expect(comparePlaces(lyon3, place({ commune: "69266" }))).toBe("different");
  });

  it("does not trust a postal code against a commune's main one", () => {
    const lyon = place({ commune: "69123", postalCode: "69001", city: null });
    expect(comparePlaces(lyon, place({ postalCode: "69003" }))).toBe("same_area");
    expect(comparePlaces(place({ postalCode: "69001" }), place({ postalCode: "69003" }))).toBe("different");
  });

  it("keeps a commune with its postal code apart from another postal code (multi-location job)", () => {
    // Beauvais has one postal code; 60120 is shared by other communes of the Oise.
    const beauvais = place({
      commune: "60057",
      postalCode: "60000",
      city: "Beauvais",
      lat: 49.43,
      lon: 2.08,
    });
    const other = place({ postalCode: "60120", departement: "60", lat: 49.64, lon: 2.23 });
    expect(comparePlaces(beauvais, other)).toBe("different");
    expect(comparePlaces(other, beauvais)).toBe("different");
  });

  it("keeps a city without postal code apart from a far postal code of its département", () => {
    // Toulouse has several postal codes; 31580 is shared by villages 50 km away.
    const toulouse = place({
      commune: "31555",
      city: "Toulouse",
      lat: 43.6045,
      lon: 1.444,
      precision: "commune",
    });
    const villages = place({
      postalCode: "31580",
      departement: "31",
      lat: 43.23,
      lon: 0.85,
      precision: "postal_code",
    });
    const suburb = place({
      postalCode: "31240",
      departement: "31",
      lat: 43.64,
      lon: 1.49,
      precision: "postal_code",
    });
    const departement = place({ departement: "31", lat: 43.36, lon: 1.17, precision: "departement" });
    expect(comparePlaces(toulouse, villages)).toBe("different");
    expect(comparePlaces(toulouse, suburb)).toBe("same_area");
    expect(comparePlaces(toulouse, departement)).toBe("same_area");
  });

  it("compares coarse places by département, else says unknown", () => {
    expect(comparePlaces(lyon3, place({ departement: "69" }))).toBe("same_area");
    expect(comparePlaces(lyon3, place({ departement: "38" }))).toBe("different");
    expect(comparePlaces(lyon3, place({}))).toBe("unknown");
  });
});
