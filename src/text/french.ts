import { fold } from "./fold.js";

/**
 * A light French analyser for search: folding, elisions, stop words, gender-inclusive spellings,
 * plurals and the feminine forms of job titles ("vendeuse", "vendeurs" and "vendeur·euse" all give
 * "vendeur"). Technology names that are not plain words ("c++", "c#", ".net") are kept as terms.
 * The same analyser runs on indexed text and on queries, so over-stemming only merges forms, it
 * never loses a match; but the terms are stored with each offer, so a change here only reaches
 * the offers written after it (see `ANALYSER_VERSION`).
 */

/** Bumped whenever `analyze` gives different terms for the same text. */
export const ANALYSER_VERSION = 2;

const STOP_WORDS = new Set(
  (
    "a au aux avec ce ces d dans de des du elle en et eux h f hf fh il ils j je l la le les leur lui m ma " +
    "mais me mes n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sur t ta te tes " +
    "toi ton tu un une vos votre vous c y est sont etre ete afin chez ainsi " +
    // Elided conjunctions ("jusqu'à", "lorsqu'il") and their full forms.
    "jusqu lorsqu puisqu quoiqu jusque lorsque puisque quoique"
  ).split(" "),
);

/** Feminine and plural endings, longest first: [ending, replacement, minimum stem length]. */
const SUFFIXES: ReadonlyArray<readonly [string, string, number]> = [
  ["trices", "teur", 3],
  ["trice", "teur", 3],
  ["euses", "eur", 3],
  ["euse", "eur", 3],
  ["eures", "eur", 3],
  ["eure", "eur", 3],
  ["iennes", "ien", 3],
  ["ienne", "ien", 3],
  ["ennes", "en", 4],
  ["enne", "en", 4],
  ["elles", "el", 4],
  ["elle", "el", 4],
  ["ieres", "ier", 3],
  ["iere", "ier", 3],
  ["eres", "er", 4],
  ["ere", "er", 4],
  ["antes", "ant", 3],
  ["ante", "ant", 3],
  ["entes", "ent", 2],
  ["ente", "ent", 2],
  ["ives", "if", 3],
  ["ive", "if", 3],
  ["ales", "al", 3],
  ["ale", "al", 3],
  // "réseaux", "bureaux", "niveaux": -eau words, before the -al plurals ("journaux").
  ["eaux", "eau", 1],
  ["aux", "al", 3],
  ["ees", "e", 3],
  ["ee", "e", 3],
];

/** Words whose plural or feminine no ending rule gives. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["travaux", "travail"],
  ["baux", "bail"],
  ["vitraux", "vitrail"],
  ["coraux", "corail"],
  ["soupiraux", "soupirail"],
  ["vantaux", "vantail"],
  ["cheffe", "chef"],
  ["cheffes", "chef"],
]);

/** Reduce one folded word to its search stem. */
export const stem = (word: string): string => {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  for (const [ending, replacement, minStem] of SUFFIXES) {
    if (word.endsWith(ending) && word.length - ending.length >= minStem) {
      return word.slice(0, word.length - ending.length) + replacement;
    }
  }
  if ((word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
};

const ENDINGS =
  "e|es|s|ne|nes|nne|nnes|le|les|lle|lles|se|ses|euse|euses|ere|eres|iere|ieres|" +
  "rice|rices|trice|trices|ice|ices|te|tes|ive|ives|ve|ves|ee|ees|fe|fes";

/**
 * Gender-inclusive marks after a word of three letters or more: "conseiller(e)", "conseiller(e)s",
 * "équipier·ère", "salarié·e·s", "conseiller.ère", "vendeur/euse", "salarié-e". A hyphen only takes
 * e, es, s (compound words and place names use hyphens too).
 */
const INCLUSIVE = new RegExp(
  `(?<=[a-z]{3})(?:(?:[(\\u00b7\\u2022\\u22c5\\u2219/.](?:${ENDINGS})\\)?s?)|-(?:e|es|s|ee|ees))+(?![a-z0-9])`,
  "g",
);

/**
 * A word, or one of the technology names that plain words would lose: "c++" (and any "x++"),
 * a one-letter "c#" or "f#", ".net" (also in "asp.net").
 */
const TOKEN = /(?<![a-z0-9])[a-z]#(?![a-z0-9#])|\.net(?![a-z0-9])|[a-z0-9]+(?:\+\+(?!\+))?/g;

/** Words of a text as search terms: folded, without elisions and stop words, stemmed. */
export const analyze = (text: string): string[] => {
  const terms: string[] = [];
  for (const match of fold(text).replace(INCLUSIVE, "").matchAll(TOKEN)) {
    const word = match[0];
    if (STOP_WORDS.has(word)) continue;
    terms.push(stem(word));
  }
  return terms;
};

/** Search terms of a text joined by spaces (what the text index stores). */
export const analyzeToString = (text: string): string => analyze(text).join(" ");
