import { fold } from "./fold.js";

/**
 * A light French analyser for search: folding, elisions, stop words, plurals and the feminine
 * forms of job titles ("vendeuse" and "vendeurs" both give "vendeur"). The same analyser runs on
 * indexed text and on queries, so over-stemming only merges forms, it never loses a match.
 */

const STOP_WORDS = new Set(
  (
    "a au aux avec ce ces d dans de des du elle en et eux h f hf fh il ils j je l la le les leur lui m ma " +
    "mais me mes n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sur t ta te tes " +
    "toi ton tu un une vos votre vous c y est sont etre ete afin chez ainsi"
  ).split(" "),
);

/** Feminine and plural endings, longest first: [ending, replacement, minimum stem length]. */
const SUFFIXES: ReadonlyArray<readonly [string, string, number]> = [
  ["trices", "teur", 3],
  ["trice", "teur", 3],
  ["euses", "eur", 3],
  ["euse", "eur", 3],
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
  ["entes", "ent", 3],
  ["ente", "ent", 3],
  ["ives", "if", 3],
  ["ive", "if", 3],
  ["ales", "al", 3],
  ["ale", "al", 3],
  ["aux", "al", 3],
  ["ees", "e", 3],
  ["ee", "e", 3],
];

/** Reduce one folded word to its search stem. */
export const stem = (word: string): string => {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const [ending, replacement, minStem] of SUFFIXES) {
    if (word.endsWith(ending) && word.length - ending.length >= minStem) {
      return word.slice(0, word.length - ending.length) + replacement;
    }
  }
  if ((word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
};

const TOKEN = /[a-z0-9]+/g;

/** Words of a text as search terms: folded, without elisions and stop words, stemmed. */
export const analyze = (text: string): string[] => {
  const terms: string[] = [];
  for (const match of fold(text).matchAll(TOKEN)) {
    const word = match[0];
    if (STOP_WORDS.has(word)) continue;
    terms.push(stem(word));
  }
  return terms;
};

/** Search terms of a text joined by spaces (what the text index stores). */
export const analyzeToString = (text: string): string => analyze(text).join(" ");
