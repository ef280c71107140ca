/**
 * The ROME référentiel of occupations (Répertoire opérationnel des métiers et des emplois): ROME
 * 4.0 métiers and appellations, with the ROME v3 labels kept beside them. ROME 4.0 lists 1,584
 * métiers grouped under the 532 historical fiches (whose codes are the v3 codes); every v3
 * appellation (OGR code) still exists in 4.0. Built by rome-load.ts; lookups are map reads.
 */
import { foldKey } from "../text/fold.js";

export interface Metier {
  /** ROME 4.0 code, e.g. "A1102". */
  code: string;
  label: string;
  /** The fiche this métier belongs to: a code of the 532 v3-era fiches ("A1101"). */
  fiche: string;
  /** OGR code of the métier itself. */
  ogr: string;
  /** Label of the ROME v3 fiche with the same code, when there is one. */
  v3Label: string | null;
  /** France Travail transition flags: ecological ("Emploi Vert"…), digital, demographic. */
  transitionEco: string | null;
  transitionNum: boolean | null;
  transitionDemo: boolean | null;
  regulated: boolean | null;
  cadre: boolean | null;
}

export interface Appellation {
  /** OGR code, e.g. "11573". */
  code: string;
  label: string;
  shortLabel: string;
  /** ROME 4.0 code of its métier (a v3-only appellation carries its v3 code here). */
  rome: string;
  /** The ROME v3 fiche it belonged to (for an appellation new in 4.0: its métier's fiche). */
  romeV3: string | null;
  /** Label in the ROME v3 files, when it differs. */
  v3Label: string | null;
  /** The métier's main appellation (classification PRINCIPALE). */
  principal: boolean;
  /** Flagged "peu usité" by France Travail. */
  rare: boolean;
  /** Absent from ROME 4.0, known only from v3. */
  v3Only: boolean;
}

export interface RomeIndex {
  /** ROME code (4.0, or v3: the 532 v3 codes are 4.0 fiche codes) → métier. */
  metier(code: string): Metier | undefined;
  /** OGR code (4.0 or v3) → appellation. */
  appellation(code: string): Appellation | undefined;
  /** Exact match on a folded label: long, short, masculine or feminine form, v3 label. */
  findAppellation(label: string): Appellation | undefined;
  /** Appellations of a métier, main one first. */
  appellationsOf(romeCode: string): readonly Appellation[];
  metiers(): readonly Metier[];
  appellations(): readonly Appellation[];
}

/**
 * The gendered forms of "Conducteur / Conductrice d'engins agricoles": "Conducteur d'engins
 * agricoles" and "Conductrice d'engins agricoles". The feminine head has as many words as the
 * masculine one; the rest of the label is shared.
 */
export const genderedForms = (label: string): string[] => {
  const parts = label.split(" / ");
  if (parts.length !== 2) return [];
  const [masculine = "", rest = ""] = parts;
  const headWords = masculine.split(" ").length;
  const words = rest.split(" ");
  const tail = words.slice(headWords).join(" ");
  const feminine = words.slice(0, headWords).join(" ");
  const join = (head: string): string => (tail === "" ? head : `${head} ${tail}`);
  return [join(masculine), join(feminine)];
};

// "Accastilleur(se)-monteur(se)" → "Accastilleur-monteur".
const SHORT_FEMININE = /\((?:e|se|euse|trice|ice|ne|le|te|ère|ere|eresse|esse)\)/gi;

/** Lower is better: whole label, then gendered form, main appellation, usual one, 4.0. */
const priorityOf = (appellation: Appellation, form: number): number =>
  form * 8 + (appellation.principal ? 0 : 4) + (appellation.rare ? 2 : 0) + (appellation.v3Only ? 1 : 0);

const labelForms = (a: Appellation): Array<[text: string, form: number]> => {
  const forms: Array<[string, number]> = [
    [a.label, 0],
    [a.shortLabel, 0],
  ];
  if (a.v3Label !== null) forms.push([a.v3Label, 1]);
  for (const form of genderedForms(a.label)) forms.push([form, 2]);
  if (a.v3Label !== null) for (const form of genderedForms(a.v3Label)) forms.push([form, 3]);
  forms.push([a.shortLabel.replace(SHORT_FEMININE, ""), 3]);
  return forms;
};

/** Build the lookups. */
export const createRomeIndex = (metiers: Metier[], appellations: Appellation[]): RomeIndex => {
  const metierByCode = new Map(metiers.map((m) => [m.code, m]));
  const appellationByCode = new Map(appellations.map((a) => [a.code, a]));
  const byLabel = new Map<string, { appellation: Appellation; priority: number }>();
  const byRome = new Map<string, Appellation[]>();
  for (const appellation of appellations) {
    for (const [text, form] of labelForms(appellation)) {
      const key = foldKey(text);
      if (key === "") continue;
      const priority = priorityOf(appellation, form);
      const known = byLabel.get(key);
      if (!known || priority < known.priority) byLabel.set(key, { appellation, priority });
    }
    const list = byRome.get(appellation.rome);
    if (list) list.push(appellation);
    else byRome.set(appellation.rome, [appellation]);
  }
  for (const list of byRome.values()) list.sort((a, b) => Number(b.principal) - Number(a.principal));

  return {
    metier: (code) => metierByCode.get(code.trim().toUpperCase()),
    appellation: (code) => appellationByCode.get(code.trim()),
    findAppellation: (label) => byLabel.get(foldKey(label))?.appellation,
    appellationsOf: (romeCode) => byRome.get(romeCode.trim().toUpperCase()) ?? [],
    metiers: () => metiers,
    appellations: () => appellations,
  };
};
