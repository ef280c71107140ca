/**
 * Europe/Paris wall time <-> UTC without a date library. The zone rules come from the runtime's
 * Intl data; they are read once per year (two daylight-saving transitions found by bisection) and
 * cached, so a conversion costs a few comparisons.
 */

const ZONE = "Europe/Paris";

const formatter = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** Offset of Paris wall time from UTC at an instant, in ms, straight from Intl (slow path). */
const intlOffset = (utcMs: number): number => {
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(utcMs))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - Math.floor(utcMs / 1000) * 1000;
};

interface YearRules {
  standard: number;
  summer: number;
  /** UTC instants where summer time starts and ends (NaN when the year has no summer time). */
  start: number;
  end: number;
}

const years = new Map<number, YearRules>();

/** The first instant in (low, high] whose offset differs from the offset at `low`. */
const findTransition = (low: number, high: number): number => {
  const before = intlOffset(low);
  let lo = low;
  let hi = high;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (intlOffset(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
};

const rulesFor = (year: number): YearRules => {
  const cached = years.get(year);
  if (cached) return cached;
  const jan = Date.UTC(year, 0, 15);
  const jul = Date.UTC(year, 6, 15);
  const dec = Date.UTC(year, 11, 31);
  const standard = intlOffset(jan);
  const summer = intlOffset(jul);
  const rules: YearRules =
    standard === summer
      ? { standard, summer, start: Number.NaN, end: Number.NaN }
      : { standard, summer, start: findTransition(jan, jul), end: findTransition(jul, dec) };
  years.set(year, rules);
  return rules;
};

/** Offset (ms) of Paris wall time from UTC at a UTC instant. */
export const parisOffset = (utcMs: number): number => {
  const rules = rulesFor(new Date(utcMs).getUTCFullYear());
  if (Number.isNaN(rules.start)) return rules.standard;
  return utcMs >= rules.start && utcMs < rules.end ? rules.summer : rules.standard;
};

/**
 * The UTC instant of a Paris wall time given as if it were UTC (`Date.UTC(...)` of the local
 * fields). Ambiguous autumn times take the first occurrence (summer time); times skipped in
 * spring are read with the standard offset (02:30 becomes 03:30 summer time).
 */
export const parisWallToUtc = (wallMs: number): number => {
  const rules = rulesFor(new Date(wallMs).getUTCFullYear());
  const asSummer = wallMs - rules.summer;
  if (parisOffset(asSummer) === rules.summer) return asSummer;
  return wallMs - rules.standard;
};
