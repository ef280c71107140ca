/**
 * The screened document: the title and text of a posting folded once (lower case, no accents) with
 * a map back to the original characters, so that rules match folded text and findings quote the
 * original words.
 */
import { fold } from "../text/fold.js";
import { indexWords } from "./anchors.js";

export interface ScreenDoc {
  /** Title, a blank line, then the body text, as written. */
  readonly original: string;
  readonly folded: string;
  /** Original index of each folded character; null when both strings line up one to one. */
  readonly map: Int32Array | null;
  /** Folded index where the title ends. */
  readonly titleEnd: number;
  /** Folded words (letters and digits) in order. */
  readonly words: readonly string[];
  readonly wordSet: ReadonlySet<string>;
  /** Start offsets of the words beginning with each known phrase stem (see anchors.ts). */
  readonly anchors: ReadonlyMap<string, readonly number[]>;
}

const LIGATURES = new Set([0x153, 0xe6, 0xdf, 0x152, 0xc6]); // œ æ ß Œ Æ: two folded letters
const LENGTH_CHANGING = /[œæßŒÆ]|[\u0300-\u036f]/;
const isMark = (code: number): boolean => code >= 0x300 && code <= 0x36f; // removed by folding

/** Per-character folding, for the rare texts whose characters fold to other lengths (Hangul…). */
const slowMap = (text: string): { folded: string; map: Int32Array } => {
  const map: number[] = [];
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = fold(text[i]!);
    for (let k = 0; k < c.length; k++) map.push(i);
    out.push(c);
  }
  return { folded: out.join(""), map: Int32Array.from(map) };
};

/**
 * Fold `text` with `fold`, keeping for each folded character the index of the original one. Only
 * ligatures (two letters) and combining marks (none) change length; anything else falls back to
 * folding character by character.
 */
export const foldWithMap = (text: string): { folded: string; map: Int32Array | null } => {
  const folded = fold(text);
  if (folded.length === text.length && !LENGTH_CHANGING.test(text)) return { folded, map: null };
  let n = 0;
  const map = new Int32Array(folded.length + 1);
  for (let i = 0; i < text.length && n <= folded.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xc6) {
      map[n++] = i;
      continue;
    }
    const width = isMark(code) ? 0 : LIGATURES.has(code) ? 2 : 1;
    for (let k = 0; k < width; k++) map[n++] = i;
  }
  return n === folded.length ? { folded, map: map.subarray(0, n) } : slowMap(text);
};

/** Build the document of a title and a body text (extra parts, such as the salary text, are appended). */
export const buildDoc = (title: string, body: string, extra: readonly string[] = []): ScreenDoc => {
  const rest = extra.filter((part) => part.trim() !== "");
  const original = [title, body, ...rest].join("\n\n");
  const { folded, map } = foldWithMap(original);
  const titleEnd = map === null ? title.length : foldWithMap(title).folded.length;
  const { words, anchors } = indexWords(folded);
  return { original, folded, map, titleEnd, words, wordSet: new Set(words), anchors };
};

/** Original index of folded index `i`. */
export const toOriginal = (doc: ScreenDoc, i: number): number =>
  doc.map === null ? i : i >= doc.map.length ? doc.original.length : doc.map[i]!;

const LETTER = /[\p{L}\p{N}]/u;
const MAX_EXCERPT = 140;

/** The original words between folded offsets `start` and `end`, widened to whole words. */
export const excerptOf = (doc: ScreenDoc, start: number, end: number): string => {
  let s = toOriginal(doc, start);
  let e = end <= start ? s : toOriginal(doc, end - 1) + 1;
  const text = doc.original;
  while (s > 0 && LETTER.test(text[s - 1]!) && LETTER.test(text[s]!)) s--;
  while (e < text.length && LETTER.test(text[e]!) && LETTER.test(text[e - 1]!)) e++;
  const quote = text.slice(s, e).replace(/\s+/g, " ").trim();
  return quote.length > MAX_EXCERPT ? `${quote.slice(0, MAX_EXCERPT - 1)}…` : quote;
};

/** Whether the document holds any of these folded words. */
export const hasAnyWord = (doc: ScreenDoc, words: readonly string[]): boolean => {
  for (const w of words) if (doc.wordSet.has(w)) return true;
  return false;
};
