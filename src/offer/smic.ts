/**
 * The French minimum wage (SMIC), gross hourly rate in metropolitan France, with the date each
 * rate took effect. Update this table at every revaluation (usually 1 January): compliance
 * (below-minimum pay) and salary normalisation ("SMIC + 10 %") read it.
 */

export interface SmicRate {
  /** First day the rate applies (Europe/Paris date). */
  from: string;
  hourlyGross: number;
}

export const SMIC_RATES: readonly SmicRate[] = [
  { from: "2023-01-01", hourlyGross: 11.27 },
  { from: "2023-05-01", hourlyGross: 11.52 },
  { from: "2024-01-01", hourlyGross: 11.65 },
  { from: "2024-11-01", hourlyGross: 11.88 },
  // +1.18 % on 1 January 2026: 1,823.03 € a month for 35 hours a week.
  { from: "2026-01-01", hourlyGross: 12.02 },
];

/** The latest rate in the table (12.02 € since 1 January 2026). */
export const SMIC_HOURLY_GROSS: number = SMIC_RATES[SMIC_RATES.length - 1]?.hourlyGross ?? 12.02;

/** Hours in a month at 35 hours a week (35 × 52 / 12), the legal basis of the monthly SMIC. */
export const HOURS_PER_MONTH_FULL_TIME = 151.67;

/** The SMIC in force at a date (ISO string or Date); the latest rate when no date is given. */
export const smicHourlyGrossAt = (at?: string | Date | null): number => {
  if (at === undefined || at === null) return SMIC_HOURLY_GROSS;
  const day = (typeof at === "string" ? at : at.toISOString()).slice(0, 10);
  let rate = SMIC_RATES[0]?.hourlyGross ?? SMIC_HOURLY_GROSS;
  for (const entry of SMIC_RATES) if (entry.from <= day) rate = entry.hourlyGross;
  return rate;
};
