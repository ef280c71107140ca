/**
 * Partner experience wordings -> France Travail experience level (D beginner accepted, S wished,
 * E required) and the minimum months asked. Rules: docs/normalisation.md.
 */
import { fold } from "../text/fold.js";
import { memoize } from "./memo.js";
import type { Experience } from "./offer.js";

const MAX_MONTHS = 600;

/** Beginners welcome: no experience asked, whatever the rest of the text says. */
const BEGINNER =
  /debutant|aucune experience|sans experience|pas d'?\s?experience|no experience|entry level|tous niveaux|indifferent|beginner|premier emploi|jeunes? diplome|moins d'?\s?(?:un|1) an|^\s*[-<]\s*1\s*an|junior|experience non (?:exigee|requise|obligatoire)|^\s*0\s*(?:an|mois)/;
const WISHED = /souhait|appreci|idealement|ideally|preferabl|desired|un plus|de preference|nice to have/;
const REQUIRED =
  /exige|requis|required|imperati|obligatoire|indispensable|minimum|au moins|at least|confirme|senior|expert|significative|solide|\bsup\b|plus de|>\s*\d|\d\s*\+/;

const UNIT = "(ans?|an\\(s\\)|annees?|years?|yrs?|mois|months?)";
const RANGE = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*(?:a|-|to|/)\\s*\\d+(?:[.,]\\d+)?\\s*${UNIT}`);
const SINGLE = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*\\+?\\s*${UNIT}(?![a-z])`);
// Hellowork codes: "Sup_7" (more than 7 years), "1_7" (1 to 7 years).
const CODE = /^(?:sup_?)?(\d{1,2})(?:_\d{1,2})?$/;

/** Minimum months of experience in a text, null when it states none. */
const monthsOf = (text: string): number | null => {
  const m = RANGE.exec(text) ?? SINGLE.exec(text);
  let months: number | null = null;
  if (m) {
    const value = Number((m[1] ?? "").replace(",", "."));
    months = (m[2] ?? "").startsWith("m") ? value : value * 12;
  } else {
    const code = CODE.exec(text);
    if (code) months = Number(code[1]) * 12;
  }
  return months !== null && months >= 0 && months <= MAX_MONTHS ? Math.round(months) : null;
};

// Wordings repeat across postings: each distinct one is read once.
const readLabel = memoize((label: string): Experience => {
  const folded = fold(label);
  if (BEGINNER.test(folded)) return { level: "D", months: 0, label };
  const months = monthsOf(folded);
  const level = WISHED.test(folded)
    ? "S"
    : REQUIRED.test(folded) || (months !== null && months > 0)
      ? "E"
      : months === 0
        ? "D"
        : null;
  return { level, months, label };
});

/** Normalise an experience wording ("3 An(s)", "Débutant accepté", "5+ years", "Minimum 2 ans"…). */
export const parseExperience = (text?: string | null): Experience => {
  const label = text?.trim() || null;
  return label === null ? { level: null, months: null, label: null } : { ...readLabel(label) };
};
