/**
 * Anchor stems of a phrase regex: the first word any match must start with, cut to at most five
 * letters ("(?:habitant|residant)e?s? …" -> ["habit", "resid"]). A phrase runs only on documents
 * holding a word with one of its stems, which skips most regex scans. Returns null when the regex
 * does not start with a mandatory word of three letters or more: such a phrase always runs.
 */

const STEM_MAX = 5;
const STEM_MIN = 3;

/** Index of the parenthesis closing the one at `open`. */
const closingParen = (src: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") i = src.indexOf("]", i + 1);
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
};

/** Split on the `|` that are not nested in a group or a class. */
const splitTopLevel = (src: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") i = src.indexOf("]", i + 1);
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(src.slice(from));
  return parts;
};

const branchStems = (branch: string): string[] | null => {
  // A leading lookbehind consumes nothing: the match starts after it.
  if (branch.startsWith("(?<=") || branch.startsWith("(?<!")) {
    const close = closingParen(branch, 0);
    return close < 0 ? null : branchStems(branch.slice(close + 1));
  }
  if (branch.startsWith("(")) {
    if (branch.startsWith("(?") && !branch.startsWith("(?:")) return null;
    const close = closingParen(branch, 0);
    if (close < 0 || /^[?*{]/.test(branch.slice(close + 1))) return null;
    return anchorStems(branch.slice(branch.startsWith("(?:") ? 3 : 1, close));
  }
  const word = /^[a-z]+/.exec(branch)?.[0];
  if (word === undefined) return null;
  const optionalLast = /^[?*{]/.test(branch.slice(word.length));
  const stem = optionalLast ? word.slice(0, -1) : word;
  return stem.length < STEM_MIN ? null : [stem.slice(0, STEM_MAX)];
};

/** Stems one of which starts every match of the regex source, or null when there is none. */
export const anchorStems = (src: string): string[] | null => {
  const stems: string[] = [];
  for (const branch of splitTopLevel(src)) {
    const found = branchStems(branch);
    if (found === null) return null;
    stems.push(...found);
  }
  return [...new Set(stems)];
};

// Every stem used by a compiled phrase: documents index the positions of words starting with one.
const KNOWN_STEMS = new Set<string>();
// First three letters (or whole short stem) of every known stem: most words stop at this lookup.
const KNOWN_HEADS = new Set<string>();

/** Record the stems of a compiled phrase (done once, when the rule modules load). */
export const registerStems = (stems: readonly string[]): void => {
  for (const stem of stems) {
    KNOWN_STEMS.add(stem);
    KNOWN_HEADS.add(stem.slice(0, STEM_MIN));
  }
};

const WORD = /[a-z0-9]+/g;

/** The words of a folded text, and the start offsets of the words beginning with each known stem. */
export const indexWords = (folded: string): { words: string[]; anchors: Map<string, number[]> } => {
  const words: string[] = [];
  const anchors = new Map<string, number[]>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    const word = m[0];
    words.push(word);
    if (!KNOWN_HEADS.has(word.length <= STEM_MIN ? word : word.slice(0, STEM_MIN))) continue;
    const max = Math.min(STEM_MAX, word.length);
    for (let n = Math.min(STEM_MIN, word.length); n <= max; n++) {
      const key = n === word.length ? word : word.slice(0, n);
      if (!KNOWN_STEMS.has(key)) continue;
      const list = anchors.get(key);
      if (list === undefined) anchors.set(key, [m.index]);
      else list.push(m.index);
    }
  }
  return { words, anchors };
};
