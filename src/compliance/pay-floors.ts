/**
 * Legal pay floors used by the pay rules, with their dates and sources.
 * The SMIC itself comes from the one dated table in src/offer/smic.ts; only the internship
 * stipend floor is specific to compliance.
 */
import { NET_TO_GROSS } from "../offer/salary-figures.js";
import { HOURS_PER_MONTH_FULL_TIME, smicHourlyGrossAt } from "../offer/smic.js";

export interface PayFloor {
  /** First day the value applies (ISO date). */
  from: string;
  /** SMIC, gross, per hour (euros). */
  smicHourlyGross: number;
  /** Minimum internship stipend per hour (gratification de stage, C. éduc. L124-6: 15 % of the hourly ceiling). */
  internHourly: number;
  source: string;
}

/** Newest first. */
export const PAY_FLOORS: readonly PayFloor[] = [
  {
    from: "2026-01-01",
    smicHourlyGross: smicHourlyGrossAt("2026-01-01"),
    internHourly: 4.5,
    source: "SMIC 1 Jan 2026: 12.02 €/h, 1,823.03 €/month at 35 h; stipend 15 % of 30 €/h (PMSS 4,005 €)",
  },
  {
    from: "2024-11-01",
    smicHourlyGross: smicHourlyGrossAt("2024-11-01"),
    internHourly: 4.35,
    source: "SMIC 1 Nov 2024: 11.88 €/h; stipend 15 % of 29 €/h",
  },
  {
    from: "2024-01-01",
    smicHourlyGross: smicHourlyGrossAt("2024-01-01"),
    internHourly: 4.35,
    source: "SMIC 1 Jan 2024: 11.65 €/h; stipend 15 % of 29 €/h",
  },
  {
    from: "2023-05-01",
    smicHourlyGross: smicHourlyGrossAt("2023-05-01"),
    internHourly: 4.05,
    source: "SMIC 1 May 2023: 11.52 €/h; stipend 15 % of 27 €/h",
  },
];

/** Monthly hours of a full-time job (35 h × 52 / 12). */
export const FULL_TIME_MONTHLY_HOURS = HOURS_PER_MONTH_FULL_TIME;
export const FULL_TIME_WEEKLY_HOURS = 35;
/** Net / gross ratio used to read a net amount as gross: the salary normaliser's, so both agree. */
export const NET_TO_GROSS_RATIO = NET_TO_GROSS;

/** The pay floors in force on a date (the oldest known ones before the first entry). */
export const payFloorAt = (date: Date): PayFloor => {
  const day = date.toISOString().slice(0, 10);
  return PAY_FLOORS.find((floor) => floor.from <= day) ?? PAY_FLOORS[PAY_FLOORS.length - 1]!;
};
