/**
 * Explicit date layouts from partner mappings: "DD/MM/YYYY HH:mm:ss", "YYYYMMDD", "D MMMM YYYY",
 * "X" (epoch seconds), "x" (epoch milliseconds). Other characters are literal; spaces match any
 * run of white space. Compiled layouts are cached.
 */
import { fold } from "../text/fold.js";
import { type Fields, fraction, fullYear, instant, zoneOffset } from "./date-fields.js";
import { MONTHS } from "./date-words.js";

type Token =
  | "YYYY"
  | "YY"
  | "MMMM"
  | "MMM"
  | "MM"
  | "M"
  | "DD"
  | "D"
  | "HH"
  | "H"
  | "mm"
  | "ss"
  | "SSS"
  | "Z"
  | "X"
  | "x";
const TOKEN_PATTERNS: Record<Token, string> = {
  YYYY: "(\\d{4})",
  YY: "(\\d{2})",
  MMMM: "([a-z]+)\\.?",
  MMM: "([a-z]+)\\.?",
  MM: "(\\d{2})",
  M: "(\\d{1,2})",
  DD: "(\\d{2})",
  D: "(\\d{1,2})(?:er)?",
  HH: "(\\d{2})",
  H: "(\\d{1,2})",
  mm: "(\\d{2})",
  ss: "(\\d{2})",
  SSS: "(\\d+)",
  Z: "(Z|[+-]\\d{2}:?\\d{2}|[a-z]{2,4})",
  X: "(\\d+)",
  x: "(\\d+)",
};
const TOKEN = /YYYY|YY|MMMM|MMM|MM|M|DD|D|HH|H|mm|ss|SSS|Z|X|x/g;
const compiled = new Map<string, { regex: RegExp; tokens: Token[] }>();

const compile = (format: string): { regex: RegExp; tokens: Token[] } => {
  const cached = compiled.get(format);
  if (cached) return cached;
  const tokens: Token[] = [];
  let source = "";
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    const literal = format.slice(last, match.index);
    source += literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    tokens.push(match[0] as Token);
    source += TOKEN_PATTERNS[match[0] as Token];
    last = match.index + match[0].length;
  }
  source += format
    .slice(last)
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
  const entry = { regex: new RegExp(`^${source}$`, "i"), tokens };
  compiled.set(format, entry);
  return entry;
};

/** Read `s` with an explicit layout; null when it does not match. */
export const parseWithFormat = (s: string, format: string): Fields | null => {
  const { regex, tokens } = compile(format);
  const m = regex.exec(fold(s));
  if (!m) return null;
  const f: Fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0, offset: null };
  for (const [i, token] of tokens.entries()) {
    const value = m[i + 1] ?? "";
    if (token === "X" || token === "x") return instant(Number(value) * (token === "X" ? 1000 : 1));
    if (token === "YYYY" || token === "YY") f.year = fullYear(value);
    else if (token === "MMMM" || token === "MMM") f.month = MONTHS.get(value) ?? 0;
    else if (token === "MM" || token === "M") f.month = Number(value);
    else if (token === "DD" || token === "D") f.day = Number(value);
    else if (token === "HH" || token === "H") f.hour = Number(value);
    else if (token === "mm") f.minute = Number(value);
    else if (token === "ss") f.second = Number(value);
    else if (token === "SSS") f.ms = fraction(value);
    else {
      const offset = zoneOffset(value);
      if (offset === undefined) return null;
      f.offset = offset;
    }
  }
  return f;
};
