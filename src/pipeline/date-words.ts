/** Month names and zone abbreviations seen in partner dates (folded: lower case, no accents). */

const MONTH_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["janvier", "janv", "jan", "january"]],
  [2, ["fevrier", "fevr", "fev", "feb", "february"]],
  [3, ["mars", "mar", "march"]],
  [4, ["avril", "avr", "apr", "april"]],
  [5, ["mai", "may"]],
  [6, ["juin", "jun", "june"]],
  [7, ["juillet", "juil", "jul", "july"]],
  [8, ["aout", "aou", "aug", "august"]],
  [9, ["septembre", "sept", "sep", "september"]],
  [10, ["octobre", "oct", "october"]],
  [11, ["novembre", "nov", "november"]],
  [12, ["decembre", "dec", "december"]],
];

/** Folded month word -> month number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap(([month, words]) => words.map((word) => [word, month] as const)),
);

const HOUR = 3_600_000;

/** Zone abbreviations (folded) -> offset from UTC in ms. */
export const ZONE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ["z", 0],
  ["gmt", 0],
  ["ut", 0],
  ["utc", 0],
  ["cet", HOUR],
  ["cest", 2 * HOUR],
  ["est", -5 * HOUR],
  ["edt", -4 * HOUR],
  ["cst", -6 * HOUR],
  ["cdt", -5 * HOUR],
  ["mst", -7 * HOUR],
  ["mdt", -6 * HOUR],
  ["pst", -8 * HOUR],
  ["pdt", -7 * HOUR],
]);
