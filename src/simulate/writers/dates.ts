/**
 * Dates as a partner writes them (SimDateStyle). Styles without a time zone are Paris wall time,
 * as the normaliser reads them, so a date always parses back to the same Paris day.
 */
import { parisOffset } from "../../pipeline/paris-time.js";
import type { SimDateStyle } from "../types.js";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The Paris wall-clock fields of an instant. */
const parisFields = (date: Date) => {
  const wall = new Date(date.getTime() + parisOffset(date.getTime()));
  return {
    year: wall.getUTCFullYear(),
    month: pad(wall.getUTCMonth() + 1),
    day: pad(wall.getUTCDate()),
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`,
  };
};

/** "2025-02-25T09:02:49Z", "2025-02-25", "Tue, 25 Feb 2025 09:02:49 GMT", "25/02/2025", "25.02.2025", "1740474169". */
export const renderDate = (date: Date | null, style: SimDateStyle): string => {
  if (date === null || Number.isNaN(date.getTime())) return "";
  switch (style) {
    case "iso":
      return `${date.toISOString().slice(0, 19)}Z`;
    case "rfc822":
      return date.toUTCString();
    case "epoch":
      return String(Math.floor(date.getTime() / 1000));
    case "iso-date": {
      const f = parisFields(date);
      return `${f.year}-${f.month}-${f.day}`;
    }
    case "dmy-slash": {
      const f = parisFields(date);
      return `${f.day}/${f.month}/${f.year}`;
    }
    case "dmy-dot": {
      const f = parisFields(date);
      return `${f.day}.${f.month}.${f.year}`;
    }
  }
};

/** The date layout of a style in the mapping language's `dateFormat` tokens; undefined when self-describing. */
export const dateFormatOf = (style: SimDateStyle): string | undefined => {
  switch (style) {
    case "iso":
      return "iso";
    case "iso-date":
      return "YYYY-MM-DD";
    case "rfc822":
      return undefined;
    case "dmy-slash":
      return "DD/MM/YYYY";
    case "dmy-dot":
      return "DD.MM.YYYY";
    case "epoch":
      return "X";
  }
};
