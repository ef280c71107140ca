/**
 * Dates as a partner writes them (SimDateStyle). Each shipped format has its real layout, the one
 * its registered mapping reads (`FORMAT_DATE_STYLES`); generic formats draw theirs per partner.
 * Styles without a time zone are Paris wall time, as the normaliser reads them, so a date always
 * parses back to the same instant (to the layout's precision) or the same Paris day.
 */
import { parisOffset } from "../../pipeline/paris-time.js";
import type { SimDateStyle, SimFormat } from "../types.js";

/**
 * The layout of each shipped format's sample feed (../shared/fixtures/partner-feeds). leboncoin's
 * feed has no date, so its partners keep the default style, never written.
 */
export const FORMAT_DATE_STYLES: Readonly<Partial<Record<SimFormat, SimDateStyle>>> = {
  apec: "dmy-slash-time",
  "clever-connect": "iso-ms",
  decathlon: "iso-offset",
  edf: "ymd-compact",
  enedis: "ymd-compact",
  "engagement-jeunes": "iso-date",
  "france-travail-cegid": "iso-local",
  hellowork: "ymd-time",
  "hellowork-buddi": "ymd-time",
  jobteaser: "ymd-time-ms",
  jooble: "ymd-time",
  kelio: "ymd-time-utc",
  laposte: "dmy-dash-time",
};

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The calendar fields of an instant, on the Paris wall clock or in UTC. */
const fieldsOf = (date: Date, zone: "paris" | "utc") => {
  const wall = zone === "utc" ? date : new Date(date.getTime() + parisOffset(date.getTime()));
  return {
    year: wall.getUTCFullYear(),
    month: pad(wall.getUTCMonth() + 1),
    day: pad(wall.getUTCDate()),
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`,
    ms: pad(wall.getUTCMilliseconds(), 3),
  };
};

/** .NET's round-trip fraction: trailing zeros dropped, nothing for a whole second ("58.77", "16.9"). */
const shortFraction = (ms: string): string => {
  const digits = ms.replace(/0+$/, "");
  return digits === "" ? "" : `.${digits}`;
};

/** An instant in a style ("" when absent); examples in docs/simulator-feeds.md. */
export const renderDate = (date: Date | null, style: SimDateStyle): string => {
  if (date === null || Number.isNaN(date.getTime())) return "";
  const f = fieldsOf(date, style === "ymd-time-utc" || style === "iso-offset" ? "utc" : "paris");
  switch (style) {
    case "iso":
      return `${date.toISOString().slice(0, 19)}Z`;
    case "iso-ms":
      return date.toISOString();
    case "iso-offset":
      return `${f.year}-${f.month}-${f.day}T${f.time}+00:00`;
    case "iso-local":
      return `${f.year}-${f.month}-${f.day}T${f.time}${shortFraction(f.ms)}`;
    case "rfc822":
      return date.toUTCString();
    case "epoch":
      return String(Math.floor(date.getTime() / 1000));
    case "iso-date":
      return `${f.year}-${f.month}-${f.day}`;
    case "ymd-compact":
      return `${f.year}${f.month}${f.day}`;
    case "ymd-time":
      return `${f.year}-${f.month}-${f.day} ${f.time}`;
    case "ymd-time-ms":
      return `${f.year}-${f.month}-${f.day} ${f.time}.${f.ms}`;
    case "ymd-time-utc":
      return `${f.year}-${f.month}-${f.day} ${f.time} UTC`;
    case "dmy-slash":
      return `${f.day}/${f.month}/${f.year}`;
    case "dmy-slash-time":
      return `${f.day}/${f.month}/${f.year} ${f.time}`;
    case "dmy-dash-time":
      return `${f.day}-${f.month}-${f.year} ${f.time}`;
    case "dmy-dot":
      return `${f.day}.${f.month}.${f.year}`;
  }
};

const LAYOUTS: Record<SimDateStyle, string | undefined> = {
  // ISO 8601 variants and RFC 822 are read without a layout ("iso" is the mapping's word for it).
  iso: "iso",
  "iso-ms": "iso",
  "iso-offset": "iso",
  "iso-local": "iso",
  rfc822: undefined,
  epoch: "X",
  "iso-date": "YYYY-MM-DD",
  "ymd-compact": "YYYYMMDD",
  "ymd-time": "YYYY-MM-DD HH:mm:ss",
  "ymd-time-ms": "YYYY-MM-DD HH:mm:ss.SSS",
  "ymd-time-utc": "YYYY-MM-DD HH:mm:ss Z",
  "dmy-slash": "DD/MM/YYYY",
  "dmy-slash-time": "DD/MM/YYYY HH:mm:ss",
  "dmy-dash-time": "DD-MM-YYYY HH:mm:ss",
  "dmy-dot": "DD.MM.YYYY",
};

/** Every date style. */
export const DATE_STYLES = Object.keys(LAYOUTS) as SimDateStyle[];

/** The date layout of a style in the mapping language's `dateFormat` tokens; undefined when self-describing. */
export const dateFormatOf = (style: SimDateStyle): string | undefined => LAYOUTS[style];
