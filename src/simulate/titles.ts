/**
 * Job titles from ROME appellations and the habits boards have with them: "H/F", "(F/H)", a
 * contract suffix, capitals, seniority words, the city appended, or another appellation of the
 * same métier when a board rewrites the title.
 */
import { type Appellation, genderedForms } from "../referentials/rome.js";
import type { SimPartner } from "./types.js";

export interface TitleForms {
  /** The masculine (or epicene) form: "Conducteur d'engins agricoles". */
  masculine: string;
  /** The feminine form, when the label has one. */
  feminine: string | null;
  /** Both forms as ROME writes them: "Conducteur / Conductrice d'engins agricoles". */
  both: string;
}

const FORMS = new Map<string, TitleForms>();

// Feminine and masculine endings of French job nouns, longest first.
const ENDINGS: ReadonlyArray<readonly [feminine: string, masculine: string]> = [
  ["trice", "teur"],
  ["euse", "eur"],
  ["ienne", "ien"],
  ["ière", "ier"],
  ["ère", "er"],
  ["e", ""],
];

/** Whether `word` is the feminine of `other` ("Agente" of "Agent", "Opératrice" of "Opérateur"). */
const feminineOf = (word: string, other: string): boolean =>
  ENDINGS.some(
    ([f, m]) =>
      word.endsWith(f) &&
      other.endsWith(m) &&
      word.slice(0, -f.length) === other.slice(0, other.length - m.length),
  );

const squashed = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, "");

/**
 * The masculine and feminine forms of a ROME label. ROME writes the masculine first, except a few
 * labels: "Agente / Agent de bio-nettoyage" (swapped), "Bioinformaticienne / Bio-informaticienne"
 * (two spellings of the feminine): a title must not name the job in the feminine only.
 */
const formsOf = (label: string): TitleForms => {
  const [first, second] = genderedForms(label);
  if (!first || !second || first === second) return { masculine: label, feminine: null, both: label };
  const a = first.split(" ");
  const b = second.split(" ");
  const at = a.findIndex((w, i) => w !== b[i]);
  const [wa = "", wb = ""] = [a[at], b[at]];
  if (squashed(first) === squashed(second)) {
    const masculine = ENDINGS.slice(0, 4).find(([f]) => wa.endsWith(f));
    if (!masculine) return { masculine: first, feminine: null, both: first };
    a[at] = wa.slice(0, -masculine[0].length) + masculine[1];
    const male = a.join(" ");
    return { masculine: male, feminine: first, both: `${male} / ${first}` };
  }
  if (feminineOf(wa, wb)) return { masculine: second, feminine: first, both: label };
  // Two masculine synonyms ("Chercheur / Concepteur informatique"): no feminine form.
  if (!feminineOf(wb, wa) && !wb.endsWith("e")) return { masculine: label, feminine: null, both: label };
  return { masculine: first, feminine: second, both: label };
};

/**
 * The feminine title whose job noun itself is feminine ("Vendeuse", "Agente de bio-nettoyage"),
 * or null: an epicene noun with a feminine adjective ("Secrétaire médicale") is not injected as
 * a feminine-only title (the compliance corpus holds it lawful, like the epicene noun).
 */
export const feminineNounTitle = (forms: TitleForms): string | null => {
  if (forms.feminine === null) return null;
  const head = (text: string) => text.split(" ")[0]?.toLowerCase();
  return head(forms.feminine) === head(forms.masculine) ? null : forms.feminine;
};

/** The forms of an appellation's label (memoised: thousands of labels, drawn again and again). */
export const titleForms = (appellation: Appellation): TitleForms => {
  const known = FORMS.get(appellation.label);
  if (known) return known;
  const forms = formsOf(appellation.label.replace(/\s+/g, " ").trim());
  FORMS.set(appellation.label, forms);
  return forms;
};

/** A seniority word for the experience asked, or null. */
export const seniorityWord = (years: number, pick: number): string | null => {
  if (years === 0) return pick < 0.15 ? "Junior" : pick < 0.25 ? "Débutant accepté" : null;
  if (years >= 5) return pick < 0.35 ? "Senior" : pick < 0.5 ? "Confirmé" : null;
  if (years >= 3) return pick < 0.25 ? "Confirmé" : null;
  return null;
};

export interface TitleInput {
  forms: TitleForms;
  seniority: string | null;
  /** Short contract word for "- CDI" suffixes. */
  contractWord: string;
  /** Work-study jobs say so in the title. */
  workStudy: boolean;
}

/** The employer's title before any partner habit: "Conducteur d'engins agricoles Senior". */
export const baseTitle = (input: TitleInput, useBoth: boolean): string => {
  const head = useBoth ? input.forms.both : input.forms.masculine;
  const withSeniority = input.seniority ? `${head} ${input.seniority}` : head;
  return input.workStudy ? `Alternance - ${withSeniority}` : withSeniority;
};

/** The title as a partner writes it, following its habit. */
export const styleTitle = (title: string, input: TitleInput, style: SimPartner["titleStyle"]): string => {
  switch (style) {
    case "hf":
      return `${title} H/F`;
    case "fh-parens":
      return `${title} (F/H)`;
    case "contract-suffix":
      return `${title} H/F - ${input.contractWord}`;
    case "upper":
      return `${title.toUpperCase()} H/F`;
    default:
      // Both forms as ROME writes them; a label ROME gives in one form only ("Médecin
      // coordonnateur", "Poseur de covering") gets "H/F", as a lawful board writes it.
      return input.forms.feminine === null ? `${title} H/F` : title;
  }
};
