/**
 * French language (C. trav. L5331-4): an offer must be written in French. A French text with
 * English tech terms, or a French version followed by a translation, is lawful. Exceptions
 * supported: a medium published in that language (al. 4, `ctx.mediaLanguages`); a job abroad goes
 * to review (the rule binds French employers only, which the screen cannot tell).
 */

import { fold } from "../../text/fold.js";
import { FOREIGN_PLACES } from "../lexicons/countries.js";
import type { Hit, Rule, RuleInput } from "../types.js";
import { NO_HITS } from "./define.js";

const LANGUAGE_NAMES: Record<string, string> = {
  en: "anglais",
  de: "allemand",
  es: "espagnol",
  it: "italien",
  pt: "portugais",
  nl: "néerlandais",
};
/** Fewer marker words than this: too short to hold an offer for its language. */
const MIN_HITS = 8;
/** Below this share of French marker words, the French part does not describe the job. */
const FRENCH_SHARE_MIN = 0.15;
const ABROAD = new RegExp(`(?<![a-z])(?:${FOREIGN_PLACES.join("|")})(?![a-z])`);

const isAbroad = (label: string | null): boolean => {
  if (label === null) return false;
  const place = fold(label);
  return ABROAD.test(place) && !place.includes("france");
};

type Case = "foreign" | "partly" | "abroad" | null;

const classify = ({ language, ctx, subject }: RuleInput): Case => {
  const lang = language.dominant;
  if (lang === "fr" || lang === "und" || language.hits < MIN_HITS) return null;
  // A full French version, first or not: the offer is French (language.ts).
  if (language.language === "fr") return null;
  if (ctx.mediaLanguages?.includes(lang)) return null;
  if (isAbroad(subject.locationLabel)) return "abroad";
  return language.frenchShare >= FRENCH_SHARE_MIN ? "partly" : "foreign";
};

const languageHit = (input: RuleInput): Hit => {
  const name = LANGUAGE_NAMES[input.language.dominant] ?? input.language.dominant;
  const first = input.doc.original.slice(0, 80).replace(/\s+/g, " ").trim();
  return { excerpt: first, detail: `Langue détectée : ${name}.` };
};

const languageRule = (
  id: string,
  which: Case,
  severity: "reject" | "review",
  explain: string,
  detects: string,
): Rule => ({
  id,
  family: "language",
  article: "C. trav. L5331-4",
  severity,
  detects,
  explain,
  suggest:
    "Rédigez l'offre en français ; un terme étranger sans équivalent (« DevOps ») est admis avec une description française détaillée, et une traduction peut suivre la version française.",
  detect: (input) => (classify(input) === which ? [languageHit(input)] : NO_HITS),
});

export const LANGUAGE_RULES: readonly Rule[] = [
  languageRule(
    "lang-not-french",
    "foreign",
    "reject",
    "Une offre d'emploi publiée en France doit être rédigée en français, même si le poste exige la maîtrise d'une langue étrangère.",
    "An offer written in a foreign language (not French)",
  ),
  languageRule(
    "lang-partly-french",
    "partly",
    "review",
    "L'offre est rédigée surtout dans une langue étrangère ; la partie française ne suffit pas à décrire le poste.",
    "An offer mostly in a foreign language with a short French part",
  ),
  languageRule(
    "lang-foreign-abroad",
    "abroad",
    "review",
    "L'offre, pour un poste à l'étranger, est rédigée dans une langue étrangère : c'est interdit si l'employeur ou l'auteur de l'offre est français.",
    "A foreign-language offer for a job abroad (lawful only for a foreign employer)",
  ),
];
