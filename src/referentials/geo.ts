/**
 * The geographic référentiel: communes (with the municipal arrondissements of Paris, Lyon and
 * Marseille), départements and régions, and the lookups the pipeline needs. The index is built
 * once from plain data (see geo-load.ts for the files) and every lookup is a map read.
 */
import { DEPARTEMENT_ALIASES, REGION_ALIASES } from "./geo-aliases.js";
import { buildGrid } from "./geo-grid.js";
import { type CommuneNames, createCommuneNames, type NameEntry } from "./geo-names.js";
import { placeKeys } from "./place-key.js";

/** Metropolitan France, overseas départements-régions, overseas collectivities. */
export type Zone = "metro" | "drom" | "com";

/** The zone of a département code: 971–976 overseas départements, other 3-digit codes collectivities. */
export const zoneOfDepartement = (code: string): Zone =>
  code.length === 3 ? (code < "977" && code !== "975" ? "drom" : "com") : "metro";

export interface Commune {
  /** INSEE code (COG), also for arrondissements ("75115"). */
  code: string;
  name: string;
  departement: string;
  /** INSEE region code; for an overseas collectivity, its own code ("975", "987"). */
  region: string;
  postalCodes: string[];
  lat: number | null;
  lon: number | null;
  population: number | null;
  /** For a municipal arrondissement, its commune (75056, 69123, 13055). */
  parent: string | null;
  zone: Zone;
}

export interface Departement {
  code: string;
  name: string;
  region: string;
  /** INSEE code of the prefecture; coordinates are its. */
  chefLieu: string;
  lat: number | null;
  lon: number | null;
  zone: Zone;
}

export interface Region {
  code: string;
  name: string;
  chefLieu: string;
  lat: number | null;
  lon: number | null;
  zone: Zone;
}

export interface CommuneHint {
  departement?: string | undefined;
  postalCode?: string | undefined;
}

export interface GeoIndex {
  /** INSEE code → commune; arrondissement codes too; a former or delegated code gives the current commune. */
  commune(code: string): Commune | undefined;
  /** Communes served by a postal code, most populous first (arrondissements rather than their city). */
  communesByPostalCode(postalCode: string): Commune[];
  /** A commune by name, the hint choosing among homonyms; undefined when the hint excludes every candidate. */
  findCommune(name: string, hint?: CommuneHint): Commune | undefined;
  /** The département of a postal code: from the communes it serves, else from its first digits. */
  departementOfPostalCode(postalCode: string): string | undefined;
  departement(code: string): Departement | undefined;
  /** By code ("69", "2A", "971"), name ("Rhône", "SEINE ET MARNE") or label ("Rhône (69)", "69 - Rhône"). */
  findDepartement(nameOrCode: string): Departement | undefined;
  region(code: string): Region | undefined;
  /** By code ("84") or name, including pre-2016 regions and abbreviations ("Rhône-Alpes", "PACA"). */
  findRegion(nameOrCode: string): Region | undefined;
  /** The commune whose centre is nearest (arrondissements rather than their city). */
  nearestCommune(lat: number, lon: number): Commune | undefined;
  communes(): readonly Commune[];
  departements(): readonly Departement[];
  regions(): readonly Region[];
}

/** What the index is built from. */
export interface GeoData {
  communes: Commune[];
  departements: Departement[];
  regions: Region[];
  /** Former and delegated commune codes → code of the commune that absorbed them. */
  formerCodes: ReadonlyMap<string, string>;
  /** Names besides each commune's official one. */
  names: readonly NameEntry[];
}

const DEPT_CODE = /^(?:0?(\d{2})|(2[ab])|(9[78]\d))$/i;
// "Rhône (69)", "(2A)", "69 - Rhône", "971 Guadeloupe"
const DEPT_IN_LABEL = /\((\d{2,3}|2[ab])\)|^(\d{2,3}|2[ab])\b\s*[-–:]?\s*\D/i;
const REGION_PREFIX = /^\s*(?:r[ée]gion|dr|direction r[ée]gionale(?: d[eu']| de la| des)?)\s+/i;

/** Normalise a département code ("1" and "01" → "01", "2a" → "2A"), undefined when not code-shaped. */
export const departementCode = (text: string): string | undefined => {
  const trimmed = text.trim();
  if (/^\d$/.test(trimmed)) return `0${trimmed}`;
  const match = DEPT_CODE.exec(trimmed);
  if (!match) return undefined;
  return match[1] ?? match[2]?.toUpperCase() ?? match[3];
};

const postalPrefixDepartement = (postalCode: string): string | undefined => {
  if (postalCode.startsWith("97") || postalCode.startsWith("98")) return postalCode.slice(0, 3);
  if (postalCode.startsWith("20")) return postalCode < "20200" ? "2A" : "2B";
  return postalCode.slice(0, 2);
};

const nameMap = <T>(items: readonly T[], names: (item: T) => string[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const item of items) {
    for (const name of names(item)) {
      for (const key of placeKeys(name)) if (!map.has(key)) map.set(key, item);
    }
  }
  return map;
};

const aliasesOf = (aliases: Readonly<Record<string, string>>, code: string): string[] =>
  Object.keys(aliases).filter((name) => aliases[name] === code);

/** Build the lookups over loaded data. */
export const createGeoIndex = (data: GeoData): GeoIndex => {
  const depts = new Map(data.departements.map((d) => [d.code, d]));
  const regions = new Map(data.regions.map((r) => [r.code, r]));
  const deptByName = nameMap(data.departements, (d) => [d.name, ...aliasesOf(DEPARTEMENT_ALIASES, d.code)]);
  const regionByName = nameMap(data.regions, (r) => [r.name, ...aliasesOf(REGION_ALIASES, r.code)]);
  const names: CommuneNames = createCommuneNames(data);
  const parents = new Set(data.communes.map((c) => c.parent).filter((p) => p !== null));
  const grid = buildGrid(data.communes.filter((c) => !parents.has(c.code)));

  const departementOfPostalCode = (postalCode: string): string | undefined => {
    const code = postalCode.trim();
    if (!/^\d{5}$/.test(code)) return undefined;
    const served = names.byPostalCode(code)[0];
    if (served) return served.departement;
    const prefix = postalPrefixDepartement(code);
    return prefix !== undefined && depts.has(prefix) ? prefix : undefined;
  };

  const findDepartement = (nameOrCode: string): Departement | undefined => {
    const code = departementCode(nameOrCode);
    if (code !== undefined) return depts.get(code);
    const label = DEPT_IN_LABEL.exec(nameOrCode);
    const labelCode = label ? departementCode(label[1] ?? label[2] ?? "") : undefined;
    if (labelCode !== undefined && depts.has(labelCode)) return depts.get(labelCode);
    for (const key of placeKeys(nameOrCode)) {
      const found = deptByName.get(key);
      if (found) return found;
    }
    return undefined;
  };

  const findRegion = (nameOrCode: string): Region | undefined => {
    const trimmed = nameOrCode.trim();
    const byCode = regions.get(trimmed.length === 1 ? `0${trimmed}` : trimmed);
    if (byCode) return byCode;
    for (const text of [trimmed, trimmed.replace(REGION_PREFIX, "")]) {
      for (const key of placeKeys(text)) {
        const found = regionByName.get(key);
        if (found) return found;
      }
    }
    return undefined;
  };

  return {
    commune: names.byCode,
    communesByPostalCode: names.byPostalCode,
    findCommune: (name, hint = {}) => names.find(name, hint, departementOfPostalCode),
    departementOfPostalCode,
    departement: (code) => depts.get(code),
    findDepartement,
    region: (code) => regions.get(code),
    findRegion,
    nearestCommune: (lat, lon) => grid.nearest(lat, lon),
    communes: () => data.communes,
    departements: () => data.departements,
    regions: () => data.regions,
  };
};
