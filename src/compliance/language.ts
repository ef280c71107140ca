/**
 * Language of a whole text from a stop-word profile of seven languages (fr, en, de, es, it, pt, nl):
 * fast (one pass over the words already extracted), good enough to tell a French offer with English
 * tech terms from an English offer with a few French words.
 */
import { STOPWORDS } from "./lexicons/stopwords.js";

export interface LanguageProfile {
  /** ISO 639-1 code of the most frequent language, or "und" below `MIN_HITS` marker words. */
  language: string;
  /** Marker words per language. */
  counts: Readonly<Record<string, number>>;
  /** Share of French marker words among all marker words (0 when none). */
  frenchShare: number;
  hits: number;
}

export const LANGUAGES = Object.keys(STOPWORDS);
const MIN_HITS = 4;

// word -> index of its only language; words of several languages are left out.
const WORD_LANGUAGE: ReadonlyMap<string, number> = (() => {
  const seen = new Map<string, number>();
  LANGUAGES.forEach((lang, index) => {
    for (const word of new Set(STOPWORDS[lang]!.split(/\s+/).filter((w) => w.length > 1))) {
      seen.set(word, seen.has(word) && seen.get(word) !== index ? -1 : index);
    }
  });
  return new Map([...seen].filter(([, index]) => index >= 0));
})();

/** Count marker words of each language among folded words. */
export const detectLanguage = (words: readonly string[]): LanguageProfile => {
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  for (const word of words) {
    const index = WORD_LANGUAGE.get(word);
    if (index !== undefined) counts[index]!++;
  }
  let best = 0;
  let hits = 0;
  counts.forEach((count, index) => {
    hits += count;
    if (count > counts[best]!) best = index;
  });
  const byLanguage: Record<string, number> = {};
  LANGUAGES.forEach((lang, index) => {
    byLanguage[lang] = counts[index]!;
  });
  return {
    language: hits < MIN_HITS ? "und" : LANGUAGES[best]!,
    counts: byLanguage,
    frenchShare: hits === 0 ? 0 : counts[0]! / hits,
    hits,
  };
};
