/**
 * Job title normalisation and similarity. "Vendeur / Vendeuse (H/F) - CDI - Lyon" and
 * "VENDEUR H/F" both become "vendeur": gender marks and forms, contract and seniority words,
 * the posting's own city and postal codes are removed. See docs/dedup.md.
 */
import { fold } from "../text/fold.js";
import { memoize } from "./memo.js";
import { GENDER_ENDINGS, TITLE_NOISE_WORDS, TITLE_SYNONYMS } from "./title-words.js";

const GENDER_MARK = /\(?\b[hfmw]\s*[/\\|-]\s*[hfmw](?:\s*[/\\|-]\s*[xdhfmw])?\b\)?/g;
const INCLUSIVE_SUFFIX = /([a-z])[(.·](?:e|es|se|euse|rice|trice|ere|iere|ne|nne|le|lle|ve|te)\b\)?/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const NUMBER = /^\d+(?:e|er|eme|ieme)?$/;
const NOISE = new Set(TITLE_NOISE_WORDS);

/** Collapse plural and feminine endings of one folded word. */
export const collapseGender = (word: string): string => {
  let w = word;
  if (w.length >= 5 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const [ending, replacement] of GENDER_ENDINGS) {
    if (w.length > ending.length + 2 && w.endsWith(ending)) return w.slice(0, -ending.length) + replacement;
  }
  return w;
};

/** Endings that turn a masculine word into its feminine form when collapseGender cannot. */
const FEMININE_TAILS = new Set(["e", "ne", "fe", "sse", "le", "te"]);

/** The feminine twin of a word already kept: "ingenieure" after "ingenieur", "cheffe" after "chef". */
const isTwin = (word: string, kept: readonly string[]): boolean =>
  kept.some(
    (k) =>
      k.length >= 4 &&
      word.length > k.length &&
      word.startsWith(k) &&
      FEMININE_TAILS.has(word.slice(k.length)),
  );

/** Folded words of a place name ("Lyon 3e" gives "lyon"), removed from titles of that place. */
export const placeWords = (city: string | null): Set<string> => {
  const words = new Set<string>();
  if (city === null) return words;
  for (const w of fold(city).replace(NON_ALNUM, " ").split(" ")) if (w.length > 2) words.add(w);
  return words;
};

/** The normalised title: meaningful words, gender-collapsed, first occurrence order, no repeats, no numbers. */
export const normalizeTitle = (title: string, place: ReadonlySet<string> = new Set()): string => {
  const folded = fold(title)
    .replace(GENDER_MARK, " ")
    .replace(INCLUSIVE_SUFFIX, "$1")
    .replace(NON_ALNUM, " ");
  const out: string[] = [];
  for (const raw of folded.split(" ")) {
    if (raw === "" || NOISE.has(raw) || place.has(raw) || NUMBER.test(raw)) continue;
    const word = collapseGender(raw);
    const mapped = TITLE_SYNONYMS[word] ?? word;
    for (const w of mapped.split(" ")) if (!NOISE.has(w) && !out.includes(w) && !isTwin(w, out)) out.push(w);
  }
  return out.join(" ");
};

const cachedPostingTitle = memoize((key) => {
  const cut = key.indexOf("\u0000");
  return normalizeTitle(key.slice(cut + 1), placeWords(key.slice(0, cut) || null));
});

/** normalizeTitle without the words of the posting's city ("Vendeur - Lyon" in Lyon is "vendeur"), memoised. */
export const postingTitle = (title: string, city: string | null): string =>
  cachedPostingTitle(`${city ?? ""}\u0000${title}`);

/** Order-insensitive key of a normalised title, for blocking. */
export const titleKey = (normalized: string): string => normalized.split(" ").sort().join(" ");

interface TitleParts {
  words: Set<string>;
  trigrams: Int32Array;
}

// Titles repeat a lot: their words and trigrams are cached (bounded; cleared when full).
const CACHE_SIZE = 50_000;
const cache = new Map<string, TitleParts>();

const partsOf = (title: string): TitleParts => {
  let parts = cache.get(title);
  if (parts === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    parts = { words: new Set(title.split(" ")), trigrams: trigrams(title) };
    cache.set(title, parts);
  }
  return parts;
};

const trigrams = (text: string): Int32Array => {
  const padded = ` ${text} `;
  const out = new Int32Array(Math.max(0, padded.length - 2));
  for (let i = 0; i < out.length; i++) {
    out[i] = (padded.charCodeAt(i) << 16) ^ (padded.charCodeAt(i + 1) << 8) ^ padded.charCodeAt(i + 2);
  }
  return out.sort();
};

const sortedIntersection = (a: Int32Array, b: Int32Array): number => {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
};

/** Score given when every word of the shorter title is in the longer one ("vendeur" ⊂ "vendeur magasin"). */
const CONTAINED_TITLE = 0.85;

export interface TitleComparison {
  /** 0..1: the best of word Dice, character-trigram Dice ("full stack" vs "fullstack") and word containment. */
  similarity: number;
  /**
   * Each title has a word the other lacks ("administrateur windows" vs "administrateur unix"):
   * two specialisations of one job, unless the extra words are one word split in two.
   */
  wordsDiffer: boolean;
}

const exclusive = (from: Set<string>, other: Set<string>): string => {
  let out = "";
  for (const w of from) if (!other.has(w)) out += w;
  return out;
};

/** Compare two normalised titles. Empty titles score 0. */
export const compareTitles = (a: string, b: string): TitleComparison => {
  if (a === b) return { similarity: a === "" ? 0 : 1, wordsDiffer: false };
  if (a === "" || b === "") return { similarity: 0, wordsDiffer: false };
  const pa = partsOf(a);
  const pb = partsOf(b);
  let common = 0;
  for (const w of pa.words) if (pb.words.has(w)) common++;
  const wordDice = (2 * common) / (pa.words.size + pb.words.size);
  const contained = common === Math.min(pa.words.size, pb.words.size) ? CONTAINED_TITLE : 0;
  const trigramDice =
    (2 * sortedIntersection(pa.trigrams, pb.trigrams)) / (pa.trigrams.length + pb.trigrams.length);
  const onlyA = common < pa.words.size ? exclusive(pa.words, pb.words) : "";
  const onlyB = common < pb.words.size ? exclusive(pb.words, pa.words) : "";
  return {
    similarity: Math.max(wordDice, trigramDice, contained),
    wordsDiffer: onlyA !== "" && onlyB !== "" && onlyA !== onlyB,
  };
};

/** Similarity of two normalised titles, 0..1 (see compareTitles). */
export const titleSimilarity = (a: string, b: string): number => compareTitles(a, b).similarity;
