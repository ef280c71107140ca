/**
 * From salary figures as written (amount, period, net or gross, months paid a year) to gross
 * hourly and annual figures. Assumptions (35 h a week, 151.67 h a month, 5 days a week, net =
 * 78 % of gross) are documented in docs/normalisation.md.
 */
import type { SalaryPeriod, WorkingTime } from "./offer.js";
import { PLAUSIBLE } from "./salary-words.js";

/** Net-to-gross ratio for a private-sector employee (about 22 % of employee contributions). */
export const NET_TO_GROSS = 0.78;

export interface Figures {
  min: number | null;
  max: number | null;
  period: SalaryPeriod | null;
  currency: string | null;
  net: boolean;
  monthsPerYear: number;
}

export interface Normalised {
  period: SalaryPeriod | null;
  hourly: number | null;
  annual: number | null;
}

export const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** The period a lone figure most likely has: < 100 hourly, 1,000–10,000 monthly, > 12,000 yearly. */
const periodFromSize = (value: number): SalaryPeriod | null => {
  if (value >= 1 && value < 100) return "hour";
  if (value >= 1000 && value <= 10_000) return "month";
  if (value > 12_000) return "year";
  return null;
};

const plausible = (period: SalaryPeriod, value: number): boolean =>
  value >= PLAUSIBLE[period][0] && value <= PLAUSIBLE[period][1];

/**
 * The period of the figures: the stated one when the first figure fits it, else the one its size
 * says. `undefined` when a stated period cannot be reconciled with the figure: the salary is absurd.
 */
const resolvePeriod = (f: Figures, value: number): SalaryPeriod | null | undefined => {
  if (f.period === null) {
    const period = periodFromSize(value) ?? (f.max === null ? null : periodFromSize(f.max));
    return period !== null && plausible(period, value) ? period : null;
  }
  if (plausible(f.period, value)) return f.period;
  // "40 € a year" may be 40 € an hour or 40 k€ a year; "11.88 € a year" is the hourly SMIC.
  if (f.period === "year" && value < 100) return value < 15 ? "hour" : undefined;
  return periodFromSize(value) ?? undefined;
};

/** Gross hourly and annual figures from the minimum (or single) figure; null when absurd. */
export const normalise = (
  f: Figures,
  ctx: { weeklyHours?: number | null; workingTime?: WorkingTime | null },
): Normalised | null => {
  const value = f.min ?? f.max;
  if (value === null || value < 1 || value > 1_000_000) return null;
  const period = resolvePeriod(f, value);
  if (period === undefined) return null;
  if (period === null || f.currency !== "EUR") return { period, hourly: null, annual: null };
  const gross = f.net ? value / NET_TO_GROSS : value;
  const weekly = ctx.weeklyHours ?? (ctx.workingTime === "part_time" ? null : 35);
  const perMonth = weekly === null ? null : round((weekly * 52) / 12, 2);
  const yearShare = f.monthsPerYear / 12;
  let hourly: number | null = null;
  let annual: number | null = null;
  if (period === "hour") {
    hourly = gross;
    annual = perMonth === null ? null : gross * perMonth * f.monthsPerYear;
  } else if (period === "day") {
    hourly = weekly === null ? null : gross / (weekly / 5);
    annual = gross * 5 * 52 * yearShare;
  } else if (period === "week") {
    hourly = weekly === null ? null : gross / weekly;
    annual = gross * 52 * yearShare;
  } else if (period === "month") {
    hourly = perMonth === null ? null : gross / perMonth;
    annual = gross * f.monthsPerYear;
  } else {
    hourly = perMonth === null ? null : gross / f.monthsPerYear / perMonth;
    annual = gross;
  }
  if ((hourly !== null && (hourly < 1 || hourly > 500)) || (annual !== null && annual > 1_000_000))
    return null;
  return {
    period,
    hourly: hourly === null ? null : round(hourly, 2),
    annual: annual === null ? null : round(annual, 0),
  };
};
