/**
 * Gathers what a partner's location fields say, before any choice: INSEE codes, postal codes,
 * place names, département, région, country and coordinates. Partners put things in odd fields
 * (a département label in "region", "DR Ile-de-France" as country), so each field is read for
 * whatever it can hold.
 */
import type { RawPosting } from "../ingest/raw-posting.js";
import { foldKey } from "../text/fold.js";
import type { Departement, GeoIndex, Region } from "./geo.js";
import { parsePlaceLabel } from "./place-label.js";

export type RawLocation = NonNullable<RawPosting["location"]>;

export interface PlaceClues {
  inseeCodes: string[];
  postalCodes: string[];
  /** Five-digit numbers from labels: a postal code or an INSEE code. */
  labelNumbers: string[];
  /** Names of places, the partner's city field first. */
  names: string[];
  /** Names that may equally be a département or a région ("Île-de-France" as a whole label). */
  areaNames: string[];
  /** Names read from a street address: used last, and only with a postal code. */
  addressNames: string[];
  departement: Departement | undefined;
  /** Département of an unknown postal code (weaker than a written département). */
  postalDepartement: Departement | undefined;
  region: Region | undefined;
  country: "france" | "abroad" | null;
  lat: number | null;
  lon: number | null;
}

const FRANCE = new Set(["france", "fr", "fra", "france metropolitaine", "republique francaise", "metropole"]);
// Test data and default values rather than a place: 48.123456789, 2.123456789.
const FAKE_COORDINATE = /\.1234567|^-?0+(?:\.0+)?$/;

const text = (value: string | undefined): string => value?.trim() ?? "";

const coordinate = (value: string | undefined, limit: number): number | null => {
  const raw = text(value).replace(",", ".");
  if (raw === "" || FAKE_COORDINATE.test(raw)) return null;
  const number = Number(raw);
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : null;
};

const postalCode = (value: string): string | undefined => {
  const digits = value.replace(/[\s.]/g, "").replace(/^F-?/i, "");
  if (/^\d{5}$/.test(digits)) return digits;
  return /^\d{4}$/.test(digits) ? `0${digits}` : undefined;
};

/**
 * The département or région a field names. A région field is read as a région first: its "76"
 * is Occitanie, not Seine-Maritime.
 */
const areaOf = (
  geo: GeoIndex,
  value: string,
  regionFirst = false,
): { departement?: Departement; region?: Region } => {
  const first = regionFirst ? geo.findRegion(value) : undefined;
  if (first) return { region: first };
  const departement = geo.findDepartement(value);
  if (departement) return { departement };
  const region = geo.findRegion(value);
  if (region) return { region };
  // "Canton de Puteaux; Arrondissement de Nanterre; Hauts-de-Seine (92); Ile-de-France"
  const label = parsePlaceLabel(value);
  const code = label.departements[0];
  const byCode = code === undefined ? undefined : geo.departement(code);
  if (byCode) return { departement: byCode };
  for (const name of label.names) {
    const area = geo.findDepartement(name);
    if (area) return { departement: area };
  }
  for (const name of label.names) {
    const area = geo.findRegion(name);
    if (area) return { region: area };
  }
  return {};
};

/** Read every location field of a raw posting. */
export const gatherClues = (raw: RawLocation, geo: GeoIndex): PlaceClues => {
  const clues: PlaceClues = {
    inseeCodes: [],
    postalCodes: [],
    labelNumbers: [],
    names: [],
    areaNames: [],
    addressNames: [],
    departement: undefined,
    postalDepartement: undefined,
    region: undefined,
    country: null,
    lat: coordinate(raw.lat, 90),
    lon: coordinate(raw.lon, 180),
  };
  const commune = text(raw.commune).toUpperCase();
  if (/^(?:\d{5}|2[AB]\d{3})$/.test(commune)) clues.inseeCodes.push(commune);
  const code = postalCode(text(raw.postalCode));
  if (code !== undefined) clues.postalCodes.push(code);

  for (const [kind, field] of [
    ["departement", raw.departement],
    ["region", raw.region],
    ["country", raw.country],
  ] as const) {
    const value = text(field);
    if (value === "") continue;
    if (kind === "country" && FRANCE.has(foldKey(value))) {
      clues.country = "france";
      continue;
    }
    const area = areaOf(geo, value, kind !== "departement");
    clues.departement ??= area.departement;
    clues.region ??= area.region;
    if (kind === "country") clues.country = area.departement || area.region ? "france" : "abroad";
  }

  // A two- or three-digit "postal code" is a département ("38", "2A", "974").
  if (code === undefined && text(raw.postalCode).length <= 3 && text(raw.postalCode) !== "") {
    clues.departement ??= geo.findDepartement(text(raw.postalCode));
  }

  for (const [field, isAddress] of [
    [raw.city, false],
    [raw.label, false],
    [raw.address, true],
  ] as const) {
    const value = text(field);
    if (value === "") continue;
    const label = parsePlaceLabel(value);
    for (const number of label.numbers) clues.labelNumbers.push(number);
    for (const dept of label.departements) clues.departement ??= geo.departement(dept);
    const [first, ...rest] = label.names;
    if (first === undefined) continue;
    if (isAddress) {
      clues.addressNames.push(first, ...rest);
      continue;
    }
    clues.names.push(first);
    clues.areaNames.push(first);
    for (const name of rest) {
      if (FRANCE.has(foldKey(name))) {
        clues.country ??= "france";
        continue;
      }
      const area = areaOf(geo, name);
      if (area.departement || area.region) {
        clues.departement ??= area.departement;
        clues.region ??= area.region;
      } else clues.names.push(name);
    }
  }
  return clues;
};
