/**
 * Description scanning for text similarity, in one pass and without building strings: fold
 * characters (lower case, no accents), cut sentences (line breaks, sentence ends, bullets, and
 * sentences glued by HTML stripping such as "maintenant !Vos missions"), drop boilerplate
 * sentences (static phrases and section headers, see boilerplate-patterns.ts, and sentences a
 * learned model flags), and return FNV-1a hashes of the words left. A sentence's hash is the
 * FNV-1a of its folded words joined by single spaces.
 */
import { fold } from "../text/fold.js";
import { BOILERPLATE_PHRASES, SECTION_HEADERS } from "./boilerplate-patterns.js";
import { fnv1a } from "./hash.js";
import { stripNoise } from "./text-noise.js";

/** Tells whether a sentence hash is known boilerplate (a learned model); see boilerplate.ts. */
export type BoilerplateLookup = (hash: number) => boolean;

export interface ScannedText {
  /** Hashes of the words (two letters or more) outside static boilerplate, in order. */
  words: Uint32Array;
  /** The same without learned boilerplate; null without a model or when too little is left. */
  specific: Uint32Array | null;
  /** Hashes of the sentences kept (what a boilerplate model learns from). */
  sentences: number[];
}

/** Specific text shorter than this many words is not worth comparing. */
const MIN_SPECIFIC_WORDS = 20;
/** Longer "sentences" are glued paragraphs: a boilerplate phrase inside does not condemn them. */
const MAX_BOILERPLATE_WORDS = 40;

const SEPARATOR = -1;
const SKIP = -2;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Character classes of Latin characters.
const UPPER = 1;
const LOWER = 2;
const FULL_STOP = 4; // . ! ? end a sentence before a space or a capital
const COLON = 8; // : ; end a sentence before a capital
const BREAK = 16; // line breaks and bullets always do
const TABLE_SIZE = 0x250;
// Folded form of each Latin character: one or two ASCII codes packed (c1 | c2 << 8), or SEPARATOR.
const FOLDED = new Int32Array(TABLE_SIZE);
const CLASS = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const f = fold(String.fromCharCode(c)).replace(/[^a-z0-9]/g, "");
  FOLDED[c] = f === "" ? SEPARATOR : f.charCodeAt(0) | (f.length > 1 ? f.charCodeAt(1) << 8 : 0);
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) CLASS[c] = UPPER;
  if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) CLASS[c] = LOWER;
}
for (const c of [46, 33, 63]) CLASS[c] = FULL_STOP;
for (const c of [58, 59]) CLASS[c] = COLON;
for (const c of [10, 13, 42]) CLASS[c] = BREAK;
const BULLETS = new Set([
  0x2022, 0x2023, 0x2043, 0x25aa, 0x25a0, 0x25cf, 0x25e6, 0x25ba, 0x2713, 0x2714, 0x27a2,
]);

const foldCode = (c: number): number => {
  if (c >= 0x300 && c <= 0x36f) return SKIP; // combining accents of decomposed text
  // Punctuation, symbols, arrows, bullets, CJK punctuation, emoji halves; variation selectors.
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff))
    return SEPARATOR;
  // Other scripts: the character itself, marked above 0xffff so it is never read as two codes.
  return c >= 0xfe00 && c <= 0xfe0f ? SKIP : c + 0x10000;
};
const classOf = (c: number): number => (c < TABLE_SIZE ? (CLASS[c] as number) : BULLETS.has(c) ? BREAK : 0);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

const PHRASES = new RegExp(`\\b(?:${BOILERPLATE_PHRASES.join("|")})\\b`);
const HEADER_HASHES = new Set(SECTION_HEADERS.map((h) => fnv1a(h)));
// The longest word of each phrase: only sentences containing one are matched against PHRASES.
const TRIGGERS = new Set(
  BOILERPLATE_PHRASES.map((p) => fnv1a(p.split(" ").reduce((a, b) => (b.length > a.length ? b : a)))),
);
const NON_ALNUM = /[^a-z0-9]+/g;
/** Growable list of 32-bit hashes. */
class HashList {
  data: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  append(other: HashList): void {
    for (let i = 0; i < other.length; i++) this.push(other.data[i] as number);
  }
  reset(): this {
    this.length = 0;
    return this;
  }
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

const WORDS = new HashList(1024);
const SPECIFIC = new HashList(1024);
const CURRENT = new HashList(64);

/** Scan a description: word hashes without boilerplate, and the kept sentences' hashes. */
export const scanDescription = (raw: string, learned?: BoilerplateLookup): ScannedText => {
  const text = stripNoise(raw);
  const n = text.length;
  // Scratch lists reused across calls (scanning is synchronous); results are copied out.
  const words = WORDS.reset();
  const specific = learned === undefined ? null : SPECIFIC.reset();
  const sentences: number[] = [];
  const current = CURRENT.reset();
  let wordHash = FNV_OFFSET;
  let wordLength = 0;
  // The word began with a capital: "JobSud" or "EmbaucheEst" is a brand, not two glued sentences.
  let wordCapitalised = false;
  let sentenceHash = FNV_OFFSET;
  let sentenceWords = 0;
  let sentenceStart = 0;
  let trigger = false;

  const endWord = (): void => {
    if (wordLength === 0) return;
    const h = wordHash >>> 0;
    if (wordLength > 1) current.push(h);
    if (TRIGGERS.has(h)) trigger = true;
    sentenceWords++;
    wordHash = FNV_OFFSET;
    wordLength = 0;
  };
  const endSentence = (end: number, nextStart: number): void => {
    endWord();
    if (sentenceWords > 0) {
      const h = sentenceHash >>> 0;
      const isStatic =
        HEADER_HASHES.has(h) ||
        (trigger &&
          sentenceWords <= MAX_BOILERPLATE_WORDS &&
          PHRASES.test(fold(text.slice(sentenceStart, end)).replace(NON_ALNUM, " ")));
      if (!isStatic) {
        sentences.push(h);
        words.append(current);
        if (specific !== null && learned !== undefined && !learned(h)) specific.append(current);
      }
    }
    current.length = 0;
    sentenceHash = FNV_OFFSET;
    sentenceWords = 0;
    trigger = false;
    sentenceStart = nextStart;
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const kind = classOf(c);
    // "missionsVous serez": a capital glued to a lower-case word starts a sentence.
    if (
      kind === UPPER &&
      !wordCapitalised &&
      i >= 2 &&
      i + 1 < n &&
      classOf(text.charCodeAt(i + 1)) === LOWER &&
      classOf(text.charCodeAt(i - 1)) === LOWER &&
      classOf(text.charCodeAt(i - 2)) === LOWER
    ) {
      endSentence(i, i);
    }
    const code = c < TABLE_SIZE ? (FOLDED[c] as number) : foldCode(c);
    if (code >= 0) {
      if (wordLength === 0) {
        if (sentenceWords > 0) sentenceHash = Math.imul(sentenceHash ^ 32, FNV_PRIME);
        wordCapitalised = kind === UPPER;
      }
      const first = code > 0xffff ? code : code & 0xff;
      wordHash = Math.imul(wordHash ^ first, FNV_PRIME);
      sentenceHash = Math.imul(sentenceHash ^ first, FNV_PRIME);
      wordLength++;
      if (code > 0xff && code <= 0xffff) {
        wordHash = Math.imul(wordHash ^ (code >> 8), FNV_PRIME);
        sentenceHash = Math.imul(sentenceHash ^ (code >> 8), FNV_PRIME);
        wordLength++;
      }
    } else if (code === SEPARATOR) endWord();
    if (kind <= LOWER) continue;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    const stop =
      kind === BREAK ||
      (kind === FULL_STOP && (isSpace(next) || classOf(next) === UPPER)) ||
      (kind === COLON && classOf(next) === UPPER);
    if (stop) endSentence(i, i + 1);
  }
  endSentence(n, n);
  const specificWords =
    specific !== null && specific.length >= MIN_SPECIFIC_WORDS ? specific.toArray() : null;
  return { words: words.toArray(), specific: specificWords, sentences };
};
