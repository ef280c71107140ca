/**
 * Language of a whole text from a stop-word profile of seven languages (fr, en, de, es, it, pt, nl):
 * fast (one pass over the words already extracted), good enough to tell a French offer with English
 * tech terms from an English offer with a few French words.
 */
import { STOPWORDS } from "./lexicons/stopwords.js";

export interface LanguageProfile {
  /**
   * ISO 639-1 code of the offer's language: French when it holds a full French version (a
   * bilingual offer), else the most frequent language; "und" below `MIN_HITS` marker words.
   */
  language: string;
  /** The most frequent language (ISO 639-1), "und" below `MIN_HITS` marker words. */
  dominant: string;
  /** Most of the first marker words are French: the text opens with its French version. */
  opensInFrench: boolean;
  /** Marker words per language. */
  counts: Readonly<Record<string, number>>;
  /** Share of French marker words among all marker words (0 when none). */
  frenchShare: number;
  hits: number;
}

export const LANGUAGES = Object.keys(STOPWORDS);
const MIN_HITS = 4;
/**
 * From this share of French marker words the text holds a full French version (a French offer
 * followed or preceded by its translation): its language is French (C. trav. L5331-4).
 */
export const FRENCH_SHARE_BILINGUAL = 0.4;
/** A text that opens in French (its first marker words) needs only this share: a French version first. */
export const FRENCH_SHARE_FRENCH_FIRST = 0.25;
/** At most this many marker words are read to tell the language a text opens with. */
const OPENING_HITS = 30;

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

/** Whether most of the first quarter of the marker words (4 to OPENING_HITS) are French. */
const opensWithFrench = (words: readonly string[], hits: number): boolean => {
  const wanted = Math.max(MIN_HITS, Math.min(OPENING_HITS, Math.floor(hits / 4)));
  let seen = 0;
  let french = 0;
  for (const word of words) {
    const index = WORD_LANGUAGE.get(word);
    if (index === undefined) continue;
    if (index === 0) french++;
    if (++seen >= wanted) break;
  }
  return french * 2 > seen;
};

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
  const frenchShare = hits === 0 ? 0 : counts[0]! / hits;
  const dominant = hits < MIN_HITS ? "und" : LANGUAGES[best]!;
  const opensInFrench = hits >= MIN_HITS && opensWithFrench(words, hits);
  const french =
    frenchShare >= FRENCH_SHARE_BILINGUAL || (opensInFrench && frenchShare >= FRENCH_SHARE_FRENCH_FIRST);
  return {
    language: dominant !== "und" && french ? "fr" : dominant,
    dominant,
    opensInFrench,
    counts: byLanguage,
    frenchShare,
    hits,
  };
};
