/**
 * Where a posting is, reduced to what deduplication compares: commune (and its parent city for
 * Paris, Lyon and Marseille arrondissements), postal code, city name, département, region,
 * rounded coordinates. See docs/dedup.md.
 */
import type { Location } from "../offer/offer.js";
import { fold } from "../text/fold.js";
import { memoize } from "./memo.js";

export interface PlaceKey {
  /** INSEE code as given (an arrondissement stays an arrondissement). */
  commune: string | null;
  /** INSEE code of the city: the parent commune of an arrondissement, else the commune. */
  city: string | null;
  postalCode: string | null;
  /** Folded city name without arrondissement or CEDEX ("saint etienne"). */
  cityName: string | null;
  /** Département code; Corsica is "20" so that 2A/2B and postal codes 20xxx agree. */
  departement: string | null;
  region: string | null;
  lat: number | null;
  lon: number | null;
  /** The coordinates are a commune's or a postal code's, not a département's or region's centre. */
  located: boolean;
}

/** How two places relate, most precise first. */
export type PlaceMatch =
  | "same_commune"
  | "same_city"
  | "same_postal"
  | "same_area"
  | "unknown"
  | "near"
  | "different";

const NON_ALNUM = /[^a-z0-9]+/g;
const CITY_NOISE = /^(?:\d+|\d+(?:e|er|eme|ieme)|cedex|arrondissement|arr)$/;
const CITY_ABBREVIATIONS: Record<string, string> = { st: "saint", ste: "sainte" };

const parentCity = (commune: string): string => {
  const n = Number(commune);
  if (n >= 75101 && n <= 75120) return "75056";
  if (n >= 69381 && n <= 69389) return "69123";
  if (n >= 13201 && n <= 13216) return "13055";
  return commune;
};

const departementOf = (code: string | null): string | null => {
  if (code === null || code.length < 2) return null;
  const upper = code.toUpperCase();
  if (upper.startsWith("2A") || upper.startsWith("2B") || upper.startsWith("20")) return "20";
  return upper.startsWith("97") || upper.startsWith("98") ? upper.slice(0, 3) : upper.slice(0, 2);
};

const computeCityName = (city: string): string | null => {
  const words = fold(city)
    .replace(NON_ALNUM, " ")
    .split(" ")
    .filter((w) => w !== "" && !CITY_NOISE.test(w))
    .map((w) => CITY_ABBREVIATIONS[w] ?? w);
  return words.length > 0 ? words.join(" ") : null;
};

const cachedCityName = memoize(computeCityName);

/** Folded city words without arrondissement numbers and CEDEX, or null. */
export const normalizeCityName = (city: string | null): string | null =>
  city === null ? null : cachedCityName(city);

const round3 = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1000) / 1000;

/** The place key of a normalised location. */
export const placeKey = (location: Location): PlaceKey => {
  const commune = location.commune?.trim() || null;
  const postalCode = location.postalCode?.trim() || null;
  return {
    commune,
    city: commune === null ? null : parentCity(commune),
    postalCode,
    cityName: normalizeCityName(location.city),
    departement: departementOf(location.departement) ?? departementOf(commune) ?? departementOf(postalCode),
    region: location.region?.trim() || null,
    lat: round3(location.lat),
    lon: round3(location.lon),
    located: location.precision === "commune" || location.precision === "postal_code",
  };
};

/** Approximate distance in km (equirectangular; fine below a few hundred km), or null. */
export const distanceKm = (a: PlaceKey, b: PlaceKey): number | null => {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
};

const apart = (a: PlaceKey, b: PlaceKey, nearKm: number): PlaceMatch => {
  const km = distanceKm(a, b);
  return km !== null && km <= nearKm ? "near" : "different";
};

/** Paris, Lyon or Marseille given as the whole city, not an arrondissement. */
const hasArrondissements = (p: PlaceKey): boolean =>
  p.commune === "75056" || p.commune === "69123" || p.commune === "13055";

/** Communes of one area are within this distance of each other's centres (a city and its postal codes). */
const AREA_KM = 10;

/** "Same area", unless both places are located and farther apart than a city's postal codes can be. */
const area = (a: PlaceKey, b: PlaceKey): PlaceMatch => {
  if (!a.located || !b.located) return "same_area";
  const km = distanceKm(a, b);
  return km !== null && km > AREA_KM ? "different" : "same_area";
};

const sameOrMissing = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

/**
 * The most precise relation two places allow: communes first, then city names, postal codes,
 * département, region. Places that differ but lie within `nearKm` are "near".
 */
export const comparePlaces = (a: PlaceKey, b: PlaceKey, nearKm = 5): PlaceMatch => {
  if (a.commune !== null && b.commune !== null) {
    if (a.commune === b.commune) return "same_commune";
    if (a.city === b.city && (a.commune === a.city || b.commune === b.city)) return "same_city";
    return apart(a, b, nearKm);
  }
  if (a.cityName !== null && b.cityName !== null && sameOrMissing(a.departement, b.departement)) {
    return a.cityName === b.cityName ? "same_city" : apart(a, b, nearKm);
  }
  if (a.postalCode !== null && b.postalCode !== null) {
    if (a.postalCode === b.postalCode) return "same_postal";
    // A commune on one side only. The geocoder keeps a commune's postal code only when the
    // partner gave it or the commune has a single one: another code is another place, except
    // against Paris, Lyon or Marseille as a whole, often written with their main code ("Lyon"
    // 69001 vs "69003").
    const wholeCity = a.commune === null ? hasArrondissements(b) : hasArrondissements(a);
    const oneCommune = (a.commune === null) !== (b.commune === null);
    return oneCommune && wholeCity && a.departement === b.departement ? area(a, b) : apart(a, b, nearKm);
  }
  if (a.departement !== null && b.departement !== null) {
    return a.departement === b.departement ? area(a, b) : "different";
  }
  if (a.region !== null && b.region !== null) return a.region === b.region ? "same_area" : "different";
  return "unknown";
};
