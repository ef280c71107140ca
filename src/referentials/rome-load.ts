/**
 * Loads ROME 4.0 (France Travail CSV export v4.60, folder rome_v4/) and the ROME v3 labels
 * (folder rome_v3/). See docs/referentials.md for the files and what links them.
 */
import { join } from "node:path";
import { cell, columns, readCsvTable } from "./csv.js";
import { type Appellation, createRomeIndex, type Metier, type RomeIndex } from "./rome.js";

const V4 = "rome_v4";
const V3 = "rome_v3";

/** "O"/"N" flags of the export; "" when France Travail left the column empty. */
const flag = (value: string): boolean | null => (value === "O" ? true : value === "N" ? false : null);
const orNull = (value: string): string | null => (value === "" ? null : value);

/** A two-column pipe-separated v3 file as a map. */
const pipeMap = async (path: string, key: string, value: string): Promise<Map<string, string>> => {
  const table = await readCsvTable(path, "|");
  const [k, v] = [table.column(key), table.column(value)];
  return new Map(table.rows().map((row) => [cell(row, k), cell(row, v)]));
};

const readMetiers = async (dir: string, v3Labels: ReadonlyMap<string, string>): Promise<Metier[]> => {
  const table = await readCsvTable(join(dir, V4, "unix_referentiel_code_rome_v460_utf8.csv"));
  const c = columns(table, [
    "code_rome",
    "code_ogr",
    "libelle_rome",
    "code_rome_parent",
    "transition_eco",
    "transition_num",
    "transition_demo",
    "emploi_reglemente",
    "emploi_cadre",
  ]);
  return table.rows().map((row) => {
    const code = cell(row, c.code_rome);
    return {
      code,
      label: cell(row, c.libelle_rome),
      fiche: cell(row, c.code_rome_parent) || code,
      ogr: cell(row, c.code_ogr),
      v3Label: v3Labels.get(code) ?? null,
      transitionEco: orNull(cell(row, c.transition_eco)),
      transitionNum: flag(cell(row, c.transition_num)),
      transitionDemo: flag(cell(row, c.transition_demo)),
      regulated: flag(cell(row, c.emploi_reglemente)),
      cadre: flag(cell(row, c.emploi_cadre)),
    };
  });
};

interface V3Appellations {
  labels: Map<string, string>;
  romes: Map<string, string>;
}

const readAppellations = async (dir: string, v3: V3Appellations): Promise<Appellation[]> => {
  const table = await readCsvTable(join(dir, V4, "unix_referentiel_appellation_v460_utf8.csv"));
  const c = columns(table, [
    "code_ogr",
    "libelle_appellation_long",
    "libelle_appellation_court",
    "code_rome",
    "classification",
    "code_rome_parent",
    "peu_usite",
  ]);
  const list: Appellation[] = table.rows().map((row) => {
    const code = cell(row, c.code_ogr);
    const label = cell(row, c.libelle_appellation_long);
    const v3Label = v3.labels.get(code);
    return {
      code,
      label,
      shortLabel: cell(row, c.libelle_appellation_court) || label,
      rome: cell(row, c.code_rome),
      // The export's code_rome_parent of an appellation is the v3 fiche it belonged to.
      romeV3: v3.romes.get(code) ?? orNull(cell(row, c.code_rome_parent)),
      v3Label: v3Label !== undefined && v3Label !== label ? v3Label : null,
      principal: cell(row, c.classification) === "PRINCIPALE",
      rare: cell(row, c.peu_usite) === "O",
      v3Only: false,
    };
  });
  const known = new Set(list.map((a) => a.code));
  for (const [code, label] of v3.labels) {
    if (known.has(code)) continue;
    const rome = v3.romes.get(code) ?? "";
    list.push({
      code,
      label,
      shortLabel: label,
      rome,
      romeV3: rome || null,
      v3Label: null,
      principal: false,
      rare: false,
      v3Only: true,
    });
  }
  return list;
};

/** Load ROME métiers and appellations from `dataDir` (the folder holding rome_v4/ and rome_v3/). */
export const loadRome = async (dataDir: string): Promise<RomeIndex> => {
  const [romeV3, ogrLabels, ogrRomes] = await Promise.all([
    pipeMap(join(dataDir, V3, "lbb_rome_labels.csv"), "rome_id", "rome_label"),
    pipeMap(join(dataDir, V3, "lbb_ogr_labels.csv"), "ogr_id", "ogr_label"),
    pipeMap(join(dataDir, V3, "lbb_ogr_rome_mapping.csv"), "ogr_id", "rome_id"),
  ]);
  const [metiers, appellations] = await Promise.all([
    readMetiers(dataDir, romeV3),
    readAppellations(dataDir, { labels: ogrLabels, romes: ogrRomes }),
  ]);
  return createRomeIndex(metiers, appellations);
};
