/**
 * Loads the geographic référentiel from the open-data directory (INSEE COG 2024, La Poste base
 * of postal codes) and from the @etalab/decoupage-administratif package (population, postal
 * codes, former codes, overseas collectivities). See docs/referentials.md.
 */
import { join } from "node:path";
import { type CsvTable, cell, columns, readCsvTable } from "./csv.js";
import { type EtalabCommune, readEtalab } from "./etalab.js";
import { type Commune, createGeoIndex, type GeoIndex, zoneOfDepartement } from "./geo.js";
import { PLACE_ALIASES } from "./geo-aliases.js";
import { readDepartements, readRegions } from "./geo-load-areas.js";
import { NAME_RANK, type NameEntry, type NameRank } from "./geo-names.js";

interface Builder {
  communes: Map<string, Commune>;
  formerCodes: Map<string, string>;
  names: NameEntry[];
  /** "code name" of the names already collected: La Poste repeats them row after row. */
  seen: Set<string>;
  /** Coordinates per commune with a score (lower is better). */
  coordinates: Map<string, { lat: number; lon: number; score: number }>;
}

const addName = (b: Builder, name: string, code: string, rank: NameRank): void => {
  const id = `${code} ${name}`;
  if (name === "" || b.seen.has(id)) return;
  b.seen.add(id);
  b.names.push({ name, code, rank });
};

const readCog = (table: CsvTable, etalab: Map<string, EtalabCommune>, b: Builder): void => {
  const {
    TYPECOM: type,
    COM: com,
    REG: reg,
    DEP: dep,
    LIBELLE: libelle,
    COMPARENT: parent,
  } = columns(table, ["TYPECOM", "COM", "REG", "DEP", "LIBELLE", "COMPARENT"]);
  const delegated: string[][] = [];
  table.forEach((row) => {
    const kind = cell(row, type);
    if (kind !== "COM" && kind !== "ARM") {
      delegated.push(row);
      return;
    }
    const code = cell(row, com);
    const departement = cell(row, dep);
    const source = etalab.get(code);
    b.communes.set(code, {
      code,
      name: cell(row, libelle),
      departement,
      region: cell(row, reg),
      postalCodes: [...(source?.codesPostaux ?? [])],
      lat: null,
      lon: null,
      population: source?.population ?? null,
      parent: kind === "ARM" ? cell(row, parent) : null,
      zone: zoneOfDepartement(departement),
    });
  });
  for (const row of delegated) {
    const code = cell(row, com);
    const current = cell(row, parent);
    if (!b.communes.has(code)) b.formerCodes.set(code, current);
    addName(b, cell(row, libelle), current, NAME_RANK.former);
  }
};

/** Overseas collectivities (Saint-Pierre-et-Miquelon, Polynésie…) are not in the COG files. */
const addCollectivities = (etalab: Iterable<EtalabCommune>, b: Builder): void => {
  for (const source of etalab) {
    if (source.zone !== "com" || b.communes.has(source.code)) continue;
    const departement = source.departement ?? source.code.slice(0, 3);
    b.communes.set(source.code, {
      code: source.code,
      name: source.nom,
      departement,
      region: source.region ?? departement,
      postalCodes: [...(source.codesPostaux ?? [])],
      lat: null,
      lon: null,
      population: source.population ?? null,
      parent: null,
      zone: "com",
    });
  }
};

const addPostalCode = (commune: Commune | undefined, postalCode: string): void => {
  if (commune && /^\d{5}$/.test(postalCode) && !commune.postalCodes.includes(postalCode)) {
    commune.postalCodes.push(postalCode);
  }
};

const readLaPoste = (table: CsvTable, b: Builder): void => {
  const c = columns(table, [
    "Code_commune_INSEE",
    "Nom_commune",
    "Code_postal",
    "Libelle_acheminement",
    "Ligne_5",
    "coordonnees_gps",
  ]);
  const [insee, nom, cp, acheminement, ligne5, gps] = [
    c.Code_commune_INSEE,
    c.Nom_commune,
    c.Code_postal,
    c.Libelle_acheminement,
    c.Ligne_5,
    c.coordonnees_gps,
  ];
  table.forEach((row) => {
    const rowCode = cell(row, insee);
    const code = b.communes.has(rowCode) ? rowCode : b.formerCodes.get(rowCode);
    const commune = code === undefined ? undefined : b.communes.get(code);
    if (code === undefined || commune === undefined) return;
    addPostalCode(commune, cell(row, cp));
    const own = code === rowCode;
    const locality = cell(row, ligne5);
    if (commune.parent === null) {
      const rank = own ? NAME_RANK.postal : NAME_RANK.former;
      addName(b, cell(row, nom), code, rank);
      addName(b, cell(row, acheminement), code, rank);
    }
    addName(b, locality, code, NAME_RANK.locality);
    const [lat, lon] = cell(row, gps)
      .split(",")
      .map((part) => Number.parseFloat(part));
    if (lat === undefined || lon === undefined || Number.isNaN(lat) || Number.isNaN(lon)) return;
    const score = (own ? 0 : 2) + (locality === "" ? 0 : 1);
    const known = b.coordinates.get(code);
    if (!known || score < known.score) b.coordinates.set(code, { lat, lon, score });
  });
};

const readPostalNames = (table: CsvTable, b: Builder): void => {
  const {
    code_insee: insee,
    code_postal: cp,
    nom_ville: ville,
  } = columns(table, ["code_insee", "code_postal", "nom_ville"]);
  table.forEach((row) => {
    const commune = b.communes.get(cell(row, insee));
    if (!commune) return;
    addPostalCode(commune, cell(row, cp));
    if (commune.parent === null) addName(b, cell(row, ville), commune.code, NAME_RANK.postal);
  });
};

const placeCommunes = (b: Builder): void => {
  for (const commune of b.communes.values()) {
    const point = b.coordinates.get(commune.code);
    if (point) {
      commune.lat = point.lat;
      commune.lon = point.lon;
    }
    commune.postalCodes.sort();
  }
  // Communes La Poste gives no coordinates for take those of a commune sharing their postal code.
  const all = [...b.communes.values()];
  for (const commune of all) {
    const code = commune.postalCodes[0];
    if (commune.lat !== null || commune.parent !== null || commune.zone === "com" || code === undefined)
      continue;
    const neighbour = all.find((other) => other.lat !== null && other.postalCodes.includes(code));
    if (neighbour) {
      commune.lat = neighbour.lat;
      commune.lon = neighbour.lon;
    }
  }
  // A city split into arrondissements sits at its first arrondissement, its historic centre.
  const first = new Map<string, Commune>();
  for (const commune of b.communes.values()) {
    if (commune.parent === null) continue;
    const known = first.get(commune.parent);
    if (!known || commune.code < known.code) first.set(commune.parent, commune);
  }
  for (const [code, arrondissement] of first) {
    const parent = b.communes.get(code);
    if (parent && parent.lat === null) {
      parent.lat = arrondissement.lat;
      parent.lon = arrondissement.lon;
    }
  }
};

/** Load communes, départements and régions from `dataDir` (the folder holding geo/). */
export const loadGeo = async (dataDir: string): Promise<GeoIndex> => {
  const geoDir = join(dataDir, "geo");
  const [etalabList, cog, laPoste, postal] = await Promise.all([
    readEtalab<EtalabCommune>("communes.json"),
    readCsvTable(join(geoDir, "insee_cog2024_v_commune_2024.csv")),
    readCsvTable(join(geoDir, "laposte_hexasmal_2019.csv"), ";"),
    readCsvTable(join(geoDir, "communes_cp_dept_region.csv")),
  ]);
  const etalab = new Map<string, EtalabCommune>();
  for (const source of etalabList) {
    if (source.type === "commune-actuelle" || source.type === "arrondissement-municipal")
      etalab.set(source.code, source);
  }
  const b: Builder = {
    communes: new Map(),
    formerCodes: new Map(),
    names: [],
    seen: new Set(),
    coordinates: new Map(),
  };
  readCog(cog, etalab, b);
  addCollectivities(etalab.values(), b);
  for (const source of etalab.values()) {
    for (const former of source.anciensCodes ?? []) {
      if (!b.communes.has(former) && !b.formerCodes.has(former) && b.communes.has(source.code)) {
        b.formerCodes.set(former, source.code);
      }
    }
  }
  readLaPoste(laPoste, b);
  readPostalNames(postal, b);
  placeCommunes(b);
  for (const [name, code] of PLACE_ALIASES) addName(b, name, code, NAME_RANK.former);
  const communes = [...b.communes.values()];
  const [departements, regions] = await Promise.all([
    readDepartements(geoDir, b.communes),
    readRegions(geoDir, b.communes),
  ]);
  return createGeoIndex({ communes, departements, regions, formerCodes: b.formerCodes, names: b.names });
};
