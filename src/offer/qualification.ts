/**
 * Partner status / qualification wordings -> France Travail qualification code ("1".."9").
 * Rules: docs/normalisation.md.
 */
import { fold } from "../text/fold.js";
import { memoize } from "./memo.js";
import type { Qualification } from "./offer.js";

/** France Travail labels of the qualification codes (`qualificationLibelle`). */
export const QUALIFICATION_LABELS: Readonly<Record<string, string>> = {
  "1": "Manœuvre",
  "2": "Ouvrier spécialisé",
  "3": "Ouvrier qualifié (P1,P2)",
  "4": "Ouvrier qualifié (P3,P4,OHQ)",
  "5": "Employé non qualifié",
  "6": "Employé qualifié",
  "7": "Technicien",
  "8": "Agent de maîtrise",
  "9": "Cadre",
};

/** First match wins: the specific wordings ("non cadre", "non qualifié") come before the general ones. */
const RULES: ReadonlyArray<readonly [RegExp, string | null]> = [
  [/^\s*([1-9])\s*$/, null], // the code itself, handled below
  [/non[-_ ]?cadre|not? executive/, null],
  [/cadre|ingenieur|executive|dirigeant/, "9"],
  [/agent de maitrise|\bmaitrise\b|supervis|contremaitre|chef d'?\s?equipe/, "8"],
  [/technicien|technician|\betam\b/, "7"],
  [/employee?s?(?:\(e\))? non qualifiee?|employee?s? peu qualifiee?/, "5"],
  [/ouvriers? non qualifiee?|manoeuvre|manual labou?rer/, "1"],
  [/ouvriers? specialisee?/, "2"],
  [/ouvriers? (?:hautement )?qualifiee?s?.*(?:p3|p4|ohq)|\bohq\b|hautement qualifie|\bp[34]\b/, "4"],
  [/ouvriers? qualifiee?|\bp[12]\b|skilled worker/, "3"],
  [/employe|clerk|\bemployee\b/, "6"],
];

// Wordings repeat across postings: each distinct one is read once.
const codeOf = memoize((label: string): string | null => {
  const folded = fold(label);
  for (const [pattern, code] of RULES) {
    const m = pattern.exec(folded);
    if (m) return code ?? m[1] ?? null;
  }
  return null;
});

/** Normalise a qualification or status wording ("Cadre du secteur privé", "Technicien", "6"…). */
export const parseQualification = (text?: string | null): Qualification => {
  const label = text?.trim() || null;
  return { code: label === null ? null : codeOf(label), label };
};
