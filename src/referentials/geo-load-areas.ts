/**
 * Départements and régions: INSEE COG 2024, plus the overseas collectivities from
 * @etalab/decoupage-administratif (each one its own "département" and "région", as that package
 * models them). Coordinates are the chef-lieu's.
 */
import { join } from "node:path";
import { cell, columns, readCsvTable } from "./csv.js";
import { readEtalab } from "./etalab.js";
import { type Commune, type Departement, type Region, type Zone, zoneOfDepartement } from "./geo.js";

interface EtalabArea {
  code: string;
  nom: string;
  chefLieu?: string;
  region?: string;
  zone?: string;
}

const regionZone = (code: string): Zone => (code.length === 3 ? "com" : code < "10" ? "drom" : "metro");

const placed = (
  communes: ReadonlyMap<string, Commune>,
  chefLieu: string,
): { lat: number | null; lon: number | null } => {
  const commune = communes.get(chefLieu);
  return { lat: commune?.lat ?? null, lon: commune?.lon ?? null };
};

export const readDepartements = async (
  geoDir: string,
  communes: ReadonlyMap<string, Commune>,
): Promise<Departement[]> => {
  const table = await readCsvTable(join(geoDir, "insee_cog2024_v_departement_2024.csv"));
  const {
    DEP: dep,
    REG: reg,
    CHEFLIEU: chef,
    LIBELLE: libelle,
  } = columns(table, ["DEP", "REG", "CHEFLIEU", "LIBELLE"]);
  const list: Departement[] = table.rows().map((row) => {
    const code = cell(row, dep);
    const chefLieu = cell(row, chef);
    return {
      code,
      name: cell(row, libelle),
      region: cell(row, reg),
      chefLieu,
      ...placed(communes, chefLieu),
      zone: zoneOfDepartement(code),
    };
  });
  for (const area of await readEtalab<EtalabArea>("departements.json")) {
    if (area.zone !== "com" || list.some((d) => d.code === area.code)) continue;
    const chefLieu = area.chefLieu ?? "";
    list.push({
      code: area.code,
      name: area.nom,
      region: area.region ?? area.code,
      chefLieu,
      ...placed(communes, chefLieu),
      zone: "com",
    });
  }
  return list;
};

export const readRegions = async (
  geoDir: string,
  communes: ReadonlyMap<string, Commune>,
): Promise<Region[]> => {
  const table = await readCsvTable(join(geoDir, "insee_cog2024_v_region_2024.csv"));
  const { REG: reg, CHEFLIEU: chef, LIBELLE: libelle } = columns(table, ["REG", "CHEFLIEU", "LIBELLE"]);
  const list: Region[] = table.rows().map((row) => {
    const code = cell(row, reg);
    const chefLieu = cell(row, chef);
    return {
      code,
      name: cell(row, libelle),
      chefLieu,
      ...placed(communes, chefLieu),
      zone: regionZone(code),
    };
  });
  for (const area of await readEtalab<EtalabArea>("regions.json")) {
    if (area.zone !== "com" || list.some((r) => r.code === area.code)) continue;
    const chefLieu = area.chefLieu ?? "";
    list.push({ code: area.code, name: area.nom, chefLieu, ...placed(communes, chefLieu), zone: "com" });
  }
  return list;
};
