/**
 * Employer identity for deduplication: SIRET/SIREN, a normalised name without legal forms, and
 * whether the name is a staffing agency's. See docs/dedup.md.
 */
import type { Employer } from "../offer/offer.js";
import { fold } from "../text/fold.js";
import { AGENCY_BRANDS, AGENCY_WORDS, LEGAL_FORM_WORDS, WEAK_EMPLOYER_WORDS } from "./employer-words.js";
import { memoize } from "./memo.js";

export interface EmployerKey {
  siret: string | null;
  siren: string | null;
  /** Normalised name words ("Groupe La Poste SA" becomes "la poste"), or null. */
  name: string | null;
  /** A staffing agency or recruitment firm, posting for a client. */
  agency: boolean;
  /**
   * Initials of a name of three words or more, with and without its function words
   * ("Électricité de France": "edf", "ef"; "Société nationale des chemins de fer": "sncf").
   */
  initials: string[];
}

/** How two employers relate, strongest first. */
export type EmployerMatch = "siret" | "siren" | "name" | "variant" | "unknown" | "agency" | "different";

const NON_ALNUM = /[^a-z0-9]+/g;
const NON_DIGIT = /\D+/g;
// "S.A.S.", "S.A.R.L.": dotted initials become one word.
const DOTTED = /\b(?:[a-z]\.){2,}[a-z]?\b/g;
const LEGAL = new Set(LEGAL_FORM_WORDS);
const WEAK = new Set(WEAK_EMPLOYER_WORDS);
const AGENCY_WORD = new Set(AGENCY_WORDS);

/** Words an employer name may write or not ("Montagne et Sports", "CHU d'Amiens"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "de",
  "des",
  "du",
  "d",
  "la",
  "le",
  "les",
  "l",
  "et",
  "en",
  "a",
  "au",
  "aux",
]);

const initialsOf = (words: readonly string[]): string[] => {
  if (words.length < 3) return [];
  const all = words.map((w) => w[0]).join("");
  const content = words
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map((w) => w[0])
    .join("");
  return content.length >= 3 && content !== all ? [all, content] : [all];
};

const isAgencyName = (words: readonly string[]): boolean => {
  const name = words.join(" ");
  for (const brand of AGENCY_BRANDS) if (name === brand || name.startsWith(`${brand} `)) return true;
  return words.some((w) => AGENCY_WORD.has(w));
};

interface Named {
  name: string | null;
  initials: string[];
  agency: boolean;
}

const computeName = (name: string): Named => {
  const folded = fold(name)
    .replace(DOTTED, (m) => m.replaceAll(".", ""))
    .replace(NON_ALNUM, " ")
    .split(" ")
    .filter((w) => w !== "");
  const words = folded.filter((w) => !LEGAL.has(w));
  const strong = words.filter((w) => !WEAK.has(w));
  const kept = strong.length > 0 ? strong : words;
  return {
    name: kept.length > 0 ? kept.join(" ") : null,
    initials: initialsOf(folded),
    // Brands are matched with their weak words: "France Travail" is not "Travail".
    agency: isAgencyName(words),
  };
};

const cachedName = memoize(computeName);

/** Normalised employer name words, or null when nothing meaningful is left. */
export const normalizeEmployerName = (name: string | null): string | null =>
  name === null ? null : cachedName(name).name;

/** The employer's keys: SIRET (14 digits) and SIREN, normalised name, agency flag. */
export const employerKey = (employer: Employer): EmployerKey => {
  const digits = employer.siret === null ? "" : employer.siret.replace(NON_DIGIT, "");
  const siret = digits.length === 14 ? digits : null;
  const siren = siret !== null ? siret.slice(0, 9) : digits.length === 9 ? digits : null;
  const named = employer.name === null ? null : cachedName(employer.name);
  const name = named?.name ?? null;
  return {
    siret,
    siren,
    name,
    agency: name !== null && named?.agency === true,
    initials: named?.initials ?? [],
  };
};

const compact = (name: string): string => name.replaceAll(" ", "");

/** One name is the other plus words ("decathlon" and "decathlon villeneuve"), or a long prefix of it. */
const isVariant = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const longWords = new Set(long.split(" "));
  const shortWords = short.split(" ");
  if (compact(short).length >= 4 && shortWords.every((w) => longWords.has(w))) return true;
  return compact(short).length >= 5 && compact(long).startsWith(compact(short));
};

/** One name is the other's initials ("EDF" and "Électricité de France"). */
const isAcronym = (short: EmployerKey, long: EmployerKey): boolean =>
  short.name !== null && short.name.length <= 6 && (long.initials ?? []).includes(compact(short.name));

/** The strongest relation between two employers: shared SIRET, SIREN, name, name variant… */
export const compareEmployers = (a: EmployerKey, b: EmployerKey): EmployerMatch => {
  if (a.siret !== null && a.siret === b.siret) return "siret";
  if (a.siren !== null && b.siren !== null) return a.siren === b.siren ? "siren" : "different";
  if (a.name === null || b.name === null) return "unknown";
  if (compact(a.name) === compact(b.name)) return "name";
  if (isVariant(a.name, b.name) || isAcronym(a, b) || isAcronym(b, a)) return "variant";
  return a.agency !== b.agency || a.agency ? "agency" : "different";
};
