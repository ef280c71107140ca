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

/** The forms of an appellation's label (memoised: thousands of labels, drawn again and again). */
export const titleForms = (appellation: Appellation): TitleForms => {
  const known = FORMS.get(appellation.label);
  if (known) return known;
  const label = appellation.label.replace(/\s+/g, " ").trim();
  const [masculine, feminine] = genderedForms(label);
  const forms =
    masculine && feminine && masculine !== feminine
      ? { masculine, feminine, both: label }
      : { masculine: label, feminine: null, both: label };
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
      return title;
  }
};
