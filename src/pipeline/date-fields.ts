/** Calendar fields read from a partner date, and the small helpers the date readers share. */
import { ZONE_ABBREVIATIONS } from "./date-words.js";

/** Calendar fields as written; `offset` null means Paris wall time. */
export interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  offset: number | null;
}

export const num = (text: string | undefined, fallback = 0): number =>
  text === undefined || text === "" ? fallback : Number(text);

/** Milliseconds from a fraction of a second of any length ("77" -> 770, "123456" -> 123). */
export const fraction = (text: string | undefined): number =>
  text === undefined ? 0 : Math.floor(Number(`0.${text}`) * 1000);

export const fullYear = (text: string): number => {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
};

/** "+0100", "+01:00", "-05", "Z", "UTC", "CEST" -> ms east of UTC; undefined when unknown. */
export const zoneOffset = (zone: string | undefined): number | null | undefined => {
  if (zone === undefined || zone === "") return null;
  const sign = zone[0];
  if (sign === "+" || sign === "-") {
    const digits = zone.slice(1).replace(":", "");
    const minutes = Number(digits.slice(0, 2)) * 60 + num(digits.slice(2, 4));
    return (sign === "-" ? -1 : 1) * minutes * 60_000;
  }
  return ZONE_ABBREVIATIONS.get(zone.toLowerCase());
};

export const fields = (
  year: number,
  month: number,
  day: number,
  time: ReadonlyArray<string | undefined>,
  zone: string | undefined,
): Fields | null => {
  const offset = zoneOffset(zone);
  if (offset === undefined) return null;
  const [hour, minute, second, ms] = time;
  return {
    year,
    month,
    day,
    hour: num(hour),
    minute: num(minute),
    second: num(second),
    ms: fraction(ms),
    offset,
  };
};

export const instant = (ms: number): Fields => {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    offset: 0,
  };
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
    ? 29
    : (DAYS_IN_MONTH[month - 1] ?? 0);

export function isValid(f: Fields): boolean {
  return (
    f.month >= 1 &&
    f.month <= 12 &&
    f.day >= 1 &&
    f.day <= daysInMonth(f.year, f.month) &&
    f.hour <= 23 &&
    f.minute <= 59 &&
    f.second <= 59
  );
}
