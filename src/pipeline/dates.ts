/**
 * Partner dates -> ISO 8601 UTC instants. Dates without a zone are Europe/Paris wall time.
 * Impossible dates and years outside [1990, now + 10 years] give null, never a guess.
 */
import { fold } from "../text/fold.js";
import { type Fields, fields, fullYear, instant, isValid, num } from "./date-fields.js";
import { parseWithFormat } from "./date-format.js";
import { MONTHS } from "./date-words.js";
import { parisWallToUtc } from "./paris-time.js";

export interface ParseDateOptions {
  /** Explicit layout from the partner mapping, e.g. "DD/MM/YYYY HH:mm:ss" (tokens: date-format.ts). */
  format?: string;
  /** Reference time for the "at most 10 years ahead" check (tests freeze it). */
  now?: Date;
}

const MIN_INSTANT = Date.UTC(1990, 0, 1);
const TEN_YEARS_MS = 3653 * 86_400_000;

const ISO =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const DMY =
  /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:(?:\s+[aà]\s+|T|\s+|\s*,\s*)(\d{1,2})[:hH](\d{2})?(?::(\d{2}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
// On folded text: "mardi 25 fevrier 2025 a 10h30", "tue, 25 feb 2025 09:02:49 gmt", "1er mars 2025".
const DAY_MONTH_YEAR =
  /^(?:[a-z]+\.?,?\s+)?(?:le\s+)?(\d{1,2})(?:er|e)?\s+([a-z]+)\.?,?\s+(\d{4}|\d{2})(?:(?:\s+a\s+|\s+|\s*,\s*)(\d{1,2})[:h](\d{2})?(?::(\d{2}))?)?\s*([a-z]{1,4}|[+-]\d{2}:?\d{2})?$/;
// "february 25, 2025 10:00 utc"
const MONTH_DAY_YEAR =
  /^(?:[a-z]+\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,4}|[+-]\d{2}:?\d{2})?$/;
const DIGITS = /^\d+$/;

/** Digits only: YYYYMMDD, YYYYMMDDHHmm(ss), epoch seconds (9-11 digits) or milliseconds (12-13). */
const parseDigits = (s: string): Fields | null => {
  const n = s.length;
  if (n === 8 || n === 12 || n === 14) {
    const compact = fields(
      num(s.slice(0, 4)),
      num(s.slice(4, 6)),
      num(s.slice(6, 8)),
      [s.slice(8, 10), s.slice(10, 12), s.slice(12, 14)],
      undefined,
    );
    if (n !== 12 || (compact !== null && isValid(compact))) return compact;
  }
  if (n >= 9 && n <= 11) return instant(Number(s) * 1000);
  if (n === 12 || n === 13) return instant(Number(s));
  return null;
};

const parseWords = (s: string): Fields | null => {
  const folded = fold(s).replace(/\s+/g, " ");
  let m = DAY_MONTH_YEAR.exec(folded);
  if (m) {
    const month = MONTHS.get(m[2] ?? "");
    if (month === undefined) return null;
    return fields(fullYear(m[3] ?? ""), month, num(m[1]), [m[4], m[5], m[6]], m[7]);
  }
  m = MONTH_DAY_YEAR.exec(folded);
  if (m) {
    const month = MONTHS.get(m[1] ?? "");
    if (month === undefined) return null;
    return fields(num(m[3]), month, num(m[2]), [m[4], m[5], m[6]], m[7]);
  }
  return null;
};

const parseAuto = (s: string): Fields | null => {
  if (DIGITS.test(s)) return parseDigits(s);
  let m = ISO.exec(s);
  if (m) return fields(num(m[1]), num(m[3]), num(m[4]), [m[5], m[6], m[7], m[8]], m[9]);
  m = DMY.exec(s);
  if (m) return fields(fullYear(m[4] ?? ""), num(m[3]), num(m[1]), [m[5], m[6], m[7]], m[8]);
  return parseWords(s);
};

const toIso = (f: Fields, now: Date | undefined): string | null => {
  if (!isValid(f) || f.year < 1000) return null;
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.ms);
  const utc = f.offset === null ? parisWallToUtc(wall) : wall - f.offset;
  const limit = (now?.getTime() ?? Date.now()) + TEN_YEARS_MS;
  if (utc < MIN_INSTANT || utc > limit) return null;
  return new Date(utc).toISOString();
};

/**
 * Parse a partner date into an ISO 8601 UTC instant ("2025-02-25T09:02:49.000Z"), or null.
 * An explicit `format` is tried first; when the text does not match it, the usual layouts are tried.
 */
export const parseDate = (text: string | undefined | null, options: ParseDateOptions = {}): string | null => {
  if (typeof text !== "string") return null;
  const s = text.trim();
  if (s === "") return null;
  const f = (options.format ? parseWithFormat(s, options.format) : null) ?? parseAuto(s);
  return f === null ? null : toIso(f, options.now);
};
