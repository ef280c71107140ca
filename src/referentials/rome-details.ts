/**
 * The secondary ROME 4.0 files, loaded on demand (the job-market simulator and the référentiel
 * API need them, the ingestion pipeline does not): fiche texts, mobilities, centres of interest,
 * and the lists of compétences, savoirs and work contexts. The export holds no file linking a
 * métier to its compétences or savoirs (unix_liens_rome_referentiels is missing), so those are
 * lists of their own.
 */
import { join } from "node:path";
import { type CsvTable, cell, columns, readCsvTable } from "./csv.js";

export interface MetierTexts {
  /** Sentences of the definition, in order. */
  definition: string[];
  /** Sentences of "accès au métier" (diplomas, experience). */
  access: string[];
}

export interface Mobility {
  /** ROME code of the métier one can move to. */
  code: string;
  /** France Travail order of the suggestion (as given by the export). */
  order: number;
}

export interface Competence {
  code: string;
  label: string;
  macro: boolean;
  /** For a compétence, the OGR code of its macro-compétence. */
  macroCompetence: string | null;
  category: string;
  subCategory: string;
  definition: string | null;
}

export interface Savoir {
  code: string;
  label: string;
  category: string;
  subCategory: string;
}

export interface WorkContext {
  code: string;
  label: string;
  type: string;
}

export interface CentreInteret {
  code: string;
  label: string;
  definition: string;
}

export interface RomeDetails {
  texts(romeCode: string): MetierTexts | undefined;
  mobilities(romeCode: string): readonly Mobility[];
  /** Centres of interest a métier is filed under. */
  centresInteretOf(romeCode: string): readonly CentreInteret[];
  centresInteret(): readonly CentreInteret[];
  competence(code: string): Competence | undefined;
  competences(): readonly Competence[];
  savoir(code: string): Savoir | undefined;
  savoirs(): readonly Savoir[];
  workContexts(): readonly WorkContext[];
}

// The export doubles apostrophes ("l''entretien"), a leftover of SQL quoting.
const clean = (text: string): string => text.replaceAll("''", "'").trim();
const orNull = (text: string): string | null => (text === "" ? null : text);

const group = <T>(entries: Iterable<[string, T]>): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const [key, value] of entries) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
};

const readTexts = (table: CsvTable): Map<string, MetierTexts> => {
  const c = columns(table, ["code_rome", "libelle_type_texte", "position_phrase", "libelle_texte"]);
  const rows = [...table.rows()].sort(
    (a, b) => Number(cell(a, c.position_phrase)) - Number(cell(b, c.position_phrase)),
  );
  const texts = new Map<string, MetierTexts>();
  for (const row of rows) {
    const rome = cell(row, c.code_rome);
    let entry = texts.get(rome);
    if (!entry) {
      entry = { definition: [], access: [] };
      texts.set(rome, entry);
    }
    const sentences = cell(row, c.libelle_type_texte) === "acces_metier" ? entry.access : entry.definition;
    sentences.push(clean(cell(row, c.libelle_texte)));
  }
  return texts;
};

const readCompetences = (table: CsvTable): Competence[] => {
  const c = columns(table, [
    "code_ogr",
    "nature",
    "libelle_competence",
    "definition",
    "code_ogr_macro_comp",
    "cat_comp",
    "sous_cat_comp",
  ]);
  return table.rows().map((row) => ({
    code: cell(row, c.code_ogr),
    label: clean(cell(row, c.libelle_competence)),
    macro: cell(row, c.nature) === "Macro-compétence",
    macroCompetence: orNull(cell(row, c.code_ogr_macro_comp)),
    category: cell(row, c.cat_comp),
    subCategory: cell(row, c.sous_cat_comp),
    definition: orNull(clean(cell(row, c.definition))),
  }));
};

/** Load the secondary ROME 4.0 files from `dataDir`/rome_v4. */
export const loadRomeDetails = async (dataDir: string): Promise<RomeDetails> => {
  const file = (name: string): Promise<CsvTable> =>
    readCsvTable(join(dataDir, "rome_v4", `${name}_v460_utf8.csv`));
  const [texts, mobility, centres, tree, competenceTable, savoirTable, contextTable] = (await Promise.all(
    [
      "unix_texte",
      "unix_rubrique_mobilite",
      "unix_centre_interet",
      "unix_arborescence_centre_interet",
      "unix_referentiel_competence",
      "unix_referentiel_savoir",
      "unix_referentiel_contexte_travail",
    ].map(file),
  )) as [CsvTable, CsvTable, CsvTable, CsvTable, CsvTable, CsvTable, CsvTable];

  const m = columns(mobility, ["code_rome", "code_rome_cible", "numero_ordre"]);
  const mobilities = group<Mobility>(
    mobility
      .rows()
      .map((r) => [
        cell(r, m.code_rome),
        { code: cell(r, m.code_rome_cible), order: Number(cell(r, m.numero_ordre)) },
      ]),
  );
  const ci = columns(centres, ["code_centre_interet", "libelle_centre_interet", "definition_centre_interet"]);
  const centreList: CentreInteret[] = centres.rows().map((r) => ({
    code: cell(r, ci.code_centre_interet),
    label: clean(cell(r, ci.libelle_centre_interet)),
    definition: clean(cell(r, ci.definition_centre_interet)),
  }));
  const centreByCode = new Map(centreList.map((centre) => [centre.code, centre]));
  const t = columns(tree, ["code_centre_interet", "code_rome"]);
  const centresOf = group<CentreInteret>(
    tree.rows().flatMap((r): Array<[string, CentreInteret]> => {
      const centre = centreByCode.get(cell(r, t.code_centre_interet));
      return centre ? [[cell(r, t.code_rome), centre]] : [];
    }),
  );
  const competences = readCompetences(competenceTable);
  const competenceByCode = new Map(competences.map((c) => [c.code, c]));
  const s = columns(savoirTable, [
    "code_ogr_savoir",
    "libelle_savoir",
    "categorie_savoir",
    "sous_categorie_savoir",
  ]);
  const savoirs: Savoir[] = savoirTable.rows().map((r) => ({
    code: cell(r, s.code_ogr_savoir),
    label: clean(cell(r, s.libelle_savoir)),
    category: cell(r, s.categorie_savoir),
    subCategory: cell(r, s.sous_categorie_savoir),
  }));
  const savoirByCode = new Map(savoirs.map((s) => [s.code, s]));
  const w = columns(contextTable, ["code_ogr", "libelle_cont_travail", "libelle_type_cont_trav"]);
  const contexts: WorkContext[] = contextTable.rows().map((r) => ({
    code: cell(r, w.code_ogr),
    label: clean(cell(r, w.libelle_cont_travail)),
    type: cell(r, w.libelle_type_cont_trav),
  }));
  const textByRome = readTexts(texts);

  return {
    texts: (code) => textByRome.get(code.trim().toUpperCase()),
    mobilities: (code) => mobilities.get(code.trim().toUpperCase()) ?? [],
    centresInteretOf: (code) => [...new Set(centresOf.get(code.trim().toUpperCase()) ?? [])],
    centresInteret: () => centreList,
    competence: (code) => competenceByCode.get(code.trim()),
    competences: () => competences,
    savoir: (code) => savoirByCode.get(code.trim()),
    savoirs: () => savoirs,
    workContexts: () => contexts,
  };
};
