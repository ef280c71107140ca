/**
 * Place wordings the feeds use: département and région names from their codes ("69" -> "Rhône",
 * "84" -> "Auvergne-Rhône-Alpes"), read once from @etalab/decoupage-administratif, and the
 * "Rhône (69)" label of TalentSoft, La Poste and Jooble feeds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { etalabDataDir } from "../../referentials/etalab.js";
import type { SimPosting } from "../types.js";

interface Area {
  code: string;
  nom: string;
  region?: string;
}

let tables: { departements: Map<string, Area>; regions: Map<string, string> } | null = null;

const load = () => {
  if (tables) return tables;
  const read = (file: string): Area[] =>
    JSON.parse(readFileSync(join(etalabDataDir(), file), "utf8")) as Area[];
  tables = {
    departements: new Map(read("departements.json").map((area) => [area.code, area])),
    regions: new Map(read("regions.json").map((area) => [area.code, area.nom])),
  };
  return tables;
};

const DEPARTEMENT_CODE = /^(?:\d{2,3}|2[AB])$/;
const REGION_CODE = /^\d{2}$/;

/** The département code of a location: given, else from its postal code, else from its INSEE code. */
const departementCodeOf = (location: SimPosting["location"]): string | null => {
  const given = location.departement?.trim() || null;
  if (given !== null) return DEPARTEMENT_CODE.test(given) ? given : null;
  if (location.postalCode) return postalDepartement(location.postalCode);
  const commune = location.commune ?? "";
  if (!/^(?:\d{5}|2[AB]\d{3})$/.test(commune)) return null;
  return commune.startsWith("97") || commune.startsWith("98") ? commune.slice(0, 3) : commune.slice(0, 2);
};

/** The département of a location: its code when known and its name (the given text when it is not a code). */
export const departementOf = (
  location: SimPosting["location"],
): { code: string | null; name: string | null } => {
  const given = location.departement?.trim() || null;
  const code = departementCodeOf(location);
  if (code === null) return { code: null, name: given };
  return { code, name: load().departements.get(code)?.nom ?? given };
};

/** The région name of a location: a code is turned into its name; none given, the département's. */
export const regionOf = (location: SimPosting["location"]): string | null => {
  const given = location.region?.trim() || null;
  if (given !== null && !REGION_CODE.test(given)) return given;
  const { regions, departements } = load();
  if (given !== null) return regions.get(given) ?? given;
  const departement = departementCodeOf(location);
  const code = departement === null ? undefined : departements.get(departement)?.region;
  return code === undefined ? null : (regions.get(code) ?? null);
};

/** The département code a postal code starts with (Corsica and overseas included). */
export const postalDepartement = (postalCode: string): string | null => {
  if (!/^\d{5}$/.test(postalCode)) return null;
  if (postalCode.startsWith("97") || postalCode.startsWith("98")) return postalCode.slice(0, 3);
  if (postalCode.startsWith("20")) return Number(postalCode) < 20200 ? "2A" : "2B";
  return postalCode.slice(0, 2);
};

/** "Rhône (69)", or the name alone when the code is unknown. */
export const departementLabel = (location: SimPosting["location"]): string | null => {
  const { code, name } = departementOf(location);
  if (name === null) return code;
  return code === null ? name : `${name} (${code})`;
};
