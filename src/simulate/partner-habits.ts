/**
 * A partner's habits, drawn from the seed by kind and format: cadence, truncation, omissions,
 * title style, whether employers show their name, rank, lag and staleness, reposts and rewrites,
 * how it writes dates and places.
 */
import type { CatalogueEntry } from "./partner-catalogue.js";
import { pickWeighted, type Rng } from "./rng.js";
import type { SimDateStyle, SimFormat, SimPartner } from "./types.js";
import { FORMAT_DATE_STYLES } from "./writers/dates.js";

/** How a partner gives the place of work. */
export type LocationStyle = "city" | "postal" | "both" | "insee" | "coordinates";

/**
 * How a partner writes dates: a shipped format always in its real layout (the one its registered
 * mapping reads); a generic format in one of its usual styles, drawn per partner.
 */
export const dateStyleFor = (format: SimFormat, rng: Rng): SimDateStyle => {
  const native = FORMAT_DATE_STYLES[format];
  if (native) return native;
  if (format === "indeed-xml") return rng.chance(0.6) ? "rfc822" : "iso";
  if (format === "csv") return rng.pick<SimDateStyle>(["dmy-slash", "dmy-dot", "iso-date", "dmy-slash-time"]);
  if (format === "json-api") return rng.chance(0.7) ? "iso" : "epoch";
  if (format === "jsonld") return rng.chance(0.7) ? "iso" : "iso-date";
  // leboncoin: its feed carries no date.
  return "iso";
};

export const locationFor = (format: SimFormat, rng: Rng): LocationStyle => {
  if (format === "csv") return rng.pick<LocationStyle>(["city", "postal", "both", "insee"]);
  if (format === "json-api") return rng.pick<LocationStyle>(["both", "coordinates", "insee"]);
  if (format === "indeed-xml") return rng.pick<LocationStyle>(["city", "postal", "both"]);
  return "both";
};

const range = (rng: Rng, min: number, max: number): number =>
  Math.round((min + rng.next() * (max - min)) * 100) / 100;

export const habits = (entry: CatalogueEntry, rng: Rng) => {
  const k = entry.kind;
  const isBoard = k === "board" || k === "aggregator";
  return {
    cadenceDays:
      k === "employer" || k === "ats"
        ? 1
        : k === "aggregator"
          ? pickWeighted(rng, [
              [1, 3],
              [2, 1],
            ] as const)
          : pickWeighted(rng, [
              [1, 6],
              [2, 2],
              [3, 1],
              [7, 1],
            ] as const),
    truncateAt:
      k === "aggregator" && rng.chance(0.7)
        ? rng.pick([300, 500, 800, 1000])
        : k === "board" && rng.chance(0.15)
          ? rng.pick([1500, 2500, 4000])
          : null,
    omits: {
      salary:
        k === "aggregator"
          ? range(rng, 0.2, 0.5)
          : k === "board"
            ? range(rng, 0.05, 0.3)
            : range(rng, 0, 0.05),
      employer: k === "aggregator" ? range(rng, 0.01, 0.04) : k === "board" ? range(rng, 0, 0.02) : 0,
      postalCode: k === "aggregator" ? range(rng, 0.2, 0.6) : range(rng, 0, 0.4),
    },
    titleStyle:
      k === "employer"
        ? rng.pick<SimPartner["titleStyle"]>(["hf", "fh-parens"])
        : pickWeighted<SimPartner["titleStyle"]>(rng, [
            ["hf", 35],
            ["fh-parens", 15],
            ["contract-suffix", 10],
            ["upper", 5],
            ["plain", 35],
          ]),
    employersShowName: !(k === "board" && rng.chance(0.12)),
    rank: Math.round(
      k === "employer"
        ? range(rng, 90, 100)
        : k === "ats"
          ? range(rng, 75, 85)
          : k === "board"
            ? range(rng, 35, 65)
            : range(rng, 10, 30),
    ),
    maxLag: k === "aggregator" ? 3 : k === "board" ? 1 : 0,
    maxStale: k === "aggregator" ? rng.between(2, 10) : k === "board" ? rng.between(0, 5) : rng.between(0, 1),
    repostRate: k === "board" ? range(rng, 0.03, 0.1) : isBoard ? 0.03 : 0.01,
    rewriteRate: k === "aggregator" ? 0.3 : k === "board" ? 0.15 : 0,
  };
};
