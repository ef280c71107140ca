/**
 * Salaries of simulated jobs: a sector level, raised for managers, experience and Île-de-France,
 * never under the SMIC for the hours worked (apprentices and the self-employed aside), and written
 * the ways offers write them: hourly, monthly or yearly, a range or a single figure, France
 * Travail's "Mensuel de 2000,00 Euros à 2300,00 Euros sur 12 mois", boards' "35 k€ - 40 k€ brut/an",
 * or only "Selon profil". About a third of offers give nothing.
 */
import { HOURS_PER_MONTH_FULL_TIME } from "../offer/smic.js";
import type { JobContract } from "./contracts.js";
import { pickWeighted, type Rng } from "./rng.js";
import type { Sector } from "./sectors.js";

export type PayPeriod = "hour" | "month" | "year";

export interface JobPay {
  /** Gross figures in the period's unit; null when the offer gives no figure. */
  min: number | null;
  max: number | null;
  period: PayPeriod | null;
  /** What the employer writes when it gives no figure ("Selon profil"), or null. */
  vague: string | null;
  /** Gross hourly equivalent of `min`, for checks against the SMIC. */
  hourly: number | null;
}

export const VAGUE_PAY: readonly string[] = [
  "Selon profil",
  "Selon expérience",
  "À négocier",
  "Salaire attractif selon profil",
  "Selon grille conventionnelle",
  "Rémunération selon profil + primes",
  "Selon profil et expérience",
];

const roundTo = (value: number, step: number): number => Number((Math.round(value / step) * step).toFixed(2));
/** Rounded up: a figure at the SMIC must not fall under it by rounding. */
const ceilTo = (value: number, step: number): number =>
  Number((Math.ceil(value / step - 1e-9) * step).toFixed(2));

export interface PayInput {
  sector: Sector;
  contract: JobContract;
  cadre: boolean;
  experienceYears: number;
  ileDeFrance: boolean;
  smicHourly: number;
}

/** The pay of a job (figures, vague wording, or nothing). */
export const drawPay = (rng: Rng, input: PayInput): JobPay => {
  const { sector, contract, cadre, experienceYears, smicHourly } = input;
  const show = pickWeighted(rng, [
    ["figures", 55],
    ["vague", 12],
    ["none", 33],
  ] as const);
  if (show === "none") return { min: null, max: null, period: null, vague: null, hourly: null };
  if (show === "vague" || contract.code === "APP" || contract.code === "FRA") {
    const vague =
      contract.code === "APP"
        ? "Rémunération selon âge et année d'apprentissage (grille légale)"
        : rng.pick(VAGUE_PAY);
    return { min: null, max: null, period: null, vague, hourly: null };
  }
  const hours = contract.weeklyHours ?? (contract.workingTime === "part_time" ? 24 : 35);
  const monthlyHours = (hours * 52) / 12;
  let monthlyFullTime =
    sector.basePay *
    (cadre ? 1.8 : 1) *
    (1 + Math.min(experienceYears, 10) * 0.03) *
    (input.ileDeFrance ? 1.1 : 1);
  monthlyFullTime *= Math.exp(rng.normal(0, 0.1));
  let hourly = monthlyFullTime / HOURS_PER_MONTH_FULL_TIME;
  if (contract.code !== "LIB") hourly = Math.max(hourly, smicHourly * (1 + rng.next() * 0.04));
  const period: PayPeriod =
    contract.code === "MIS" || contract.workingTime === "part_time" || sector.letter === "G"
      ? rng.chance(0.6)
        ? "hour"
        : "month"
      : cadre || sector.letter === "M" || sector.letter === "C"
        ? rng.chance(0.75)
          ? "year"
          : "month"
        : rng.chance(0.85)
          ? "month"
          : "year";
  const unit = period === "hour" ? 1 : period === "month" ? monthlyHours : monthlyHours * 12;
  const step = period === "hour" ? 0.01 : period === "month" ? 10 : 500;
  const min = ceilTo(Math.max(hourly * unit, smicHourly * unit), step);
  const max = rng.chance(0.65) ? roundTo(min * (1.05 + rng.next() * 0.25), step) : null;
  return { min, max, period, vague: null, hourly: min / unit };
};

/** A below-SMIC hourly pay, for injected violations. */
export const belowSmicPay = (rng: Rng, smicHourly: number): JobPay => {
  const hourly = roundTo(smicHourly * (0.72 + rng.next() * 0.2), 0.1);
  return { min: hourly, max: null, period: "hour", vague: null, hourly };
};

/** How a partner writes figures: France Travail labels, board labels, or compact ones. */
export type PayWording = "ft" | "board" | "compact";

/** "1 950" or "12,35": French grouping and decimal comma (Intl is far too slow per posting). */
export const frNumber = (value: number, decimals: number): string => {
  const [whole = "0", fraction] = value.toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction ? `${grouped},${fraction}` : grouped;
};

const FT_PERIOD: Record<PayPeriod, string> = { hour: "Horaire", month: "Mensuel", year: "Annuel" };

/** The partner's text for a pay; null when the job gives nothing. */
export const payText = (pay: JobPay, wording: PayWording, rng: Rng): string | null => {
  if (pay.min === null || pay.period === null) return pay.vague;
  const { min, max, period } = pay;
  if (wording === "ft") {
    const fmt = (v: number) => (rng.chance(0.5) ? `${v.toFixed(2).replace(".", ",")}` : `${v.toFixed(1)}`);
    const range = max === null ? `de ${fmt(min)} Euros` : `de ${fmt(min)} Euros à ${fmt(max)} Euros`;
    return `${FT_PERIOD[period]} ${range}${period === "hour" ? "" : " sur 12 mois"}`;
  }
  if (wording === "compact") {
    if (period === "year")
      return max === null
        ? `${Math.round(min / 1000)}K€/an`
        : `${Math.round(min / 1000)}K-${Math.round(max / 1000)}K€`;
    const u = period === "hour" ? "EUR/heure" : "EUR/mois";
    const d = period === "hour" ? 2 : 0;
    return max === null ? `${min.toFixed(d)} ${u}` : `${min.toFixed(d)}-${max.toFixed(d)} ${u}`;
  }
  if (period === "year" && rng.chance(0.5)) {
    const k = (v: number) => frNumber(v / 1000, v % 1000 === 0 ? 0 : 1);
    return max === null ? `À partir de ${k(min)} k€ brut annuel` : `${k(min)} k€ - ${k(max)} k€ brut/an`;
  }
  const d = period === "hour" ? 2 : 0;
  const unit = period === "hour" ? "de l'heure" : period === "month" ? "brut/mois" : "brut/an";
  if (max === null)
    return period === "hour" ? `${frNumber(min, d)} € brut ${unit}` : `${frNumber(min, d)} € ${unit}`;
  return rng.chance(0.5)
    ? `${frNumber(min, d)} € - ${frNumber(max, d)} € ${period === "hour" ? "brut de l'heure" : unit}`
    : `Entre ${frNumber(min, d)} € et ${frNumber(max, d)} € bruts ${period === "hour" ? "de l'heure" : period === "month" ? "mensuels" : "annuels"}`;
};
