/**
 * Partner salary fields -> the normalised Salary: figures as written (min, max, period, currency)
 * and gross hourly / annual figures for search and compliance. When in doubt a figure is left
 * null: a missing salary is better than a wrong one. Rules and assumptions: docs/normalisation.md.
 */
import type { RawPosting } from "../ingest/raw-posting.js";
import { fold } from "../text/fold.js";
import { memoize } from "./memo.js";
import { emptySalary, type Salary, type SalaryPeriod, type WorkingTime } from "./offer.js";
import { type Figures, normalise, round } from "./salary-figures.js";
import {
  AMOUNT,
  BENEFIT,
  CURRENCY_AFTER,
  CURRENCY_CODES,
  CURRENCY_WORDS,
  FROM,
  GROSS,
  MONTHS_PER_YEAR,
  NET,
  NOT_AMOUNT,
  PERCENT,
  PERIOD_CODES,
  PERIOD_WORDS,
  PERIODS,
  RANGE_LINK,
  SALARY_HINT,
  SMIC,
  SMIC_PLUS,
  UP_TO,
} from "./salary-words.js";
import { smicHourlyGrossAt } from "./smic.js";

export { NET_TO_GROSS } from "./salary-figures.js";
export { SMIC_HOURLY_GROSS } from "./smic.js";

export interface SalaryContext {
  weeklyHours?: number | null;
  workingTime?: WorkingTime | null;
  /** When the offer was published: picks the SMIC rate for "SMIC + 10 %". Latest rate by default. */
  at?: string | Date | null;
}

type Reading = Figures;

interface Amount {
  value: number;
  k: boolean;
  money: boolean;
  start: number;
  end: number;
}

const SPACES = /[\u00a0\u202f\u2009\u2007]/g;
const GROUP_APOSTROPHE = /(?<=\d)'(?=\d{3})/g;
const MONTHS_PER_YEAR_ALL = new RegExp(MONTHS_PER_YEAR.source, "g");

const toNumber = (text: string): number => Number(text.replace(",", "."));

/** Up to 30 characters before `at`, from the last separator on: "…, tickets restaurant à " for "9 €". */
const clauseBefore = (text: string, at: number): string => {
  const lead = text.slice(Math.max(0, at - 30), at);
  return lead.slice(Math.max(...[",", ";", ":", "(", "+", "/"].map((c) => lead.lastIndexOf(c))) + 1);
};

const readAmounts = (text: string): Amount[] => {
  const amounts: Amount[] = [];
  const benefits = BENEFIT.test(text);
  for (const m of text.matchAll(AMOUNT)) {
    if (benefits && BENEFIT.test(clauseBefore(text, m.index))) continue;
    const k = m[3] !== undefined;
    const value = Number(`${(m[1] ?? "").replace(/[ .]/g, "")}.${m[2] ?? "0"}`) * (k ? 1000 : 1);
    const end = m.index + m[0].length;
    amounts.push({
      value,
      k,
      money: k || CURRENCY_AFTER.test(text.slice(end, end + 12)),
      start: m.index,
      end,
    });
  }
  return amounts;
};

const periodOf = (text: string): SalaryPeriod | null => {
  const code = PERIOD_CODES[text];
  if (code) return code;
  return firstGroup(PERIOD_WORDS, text, PERIODS);
};

/** The code of the first group of `pattern` that matched in `text`. */
const firstGroup = <T>(pattern: RegExp, text: string, values: readonly T[]): T | null => {
  const m = pattern.exec(text);
  if (!m) return null;
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return values[i - 1] ?? null;
  return null;
};

const currencyOf = (text: string): string | null => firstGroup(CURRENCY_WORDS, text, CURRENCY_CODES);

/** The figures of a text: the first amount marked as money (or the first amount) and its range partner. */
const pickRange = (text: string, amounts: Amount[]): Pick<Reading, "min" | "max"> | null => {
  if (amounts.length === 0) return null;
  const at = Math.max(
    0,
    amounts.findIndex((a) => a.money),
  );
  const anchor = amounts[at] as Amount;
  const before = amounts[at - 1];
  const after = amounts[at + 1];
  let pair: [Amount, Amount] | null = null;
  if (before && RANGE_LINK.test(text.slice(before.end, anchor.start))) pair = [before, anchor];
  else if (after && RANGE_LINK.test(text.slice(anchor.end, after.start))) pair = [anchor, after];
  if (pair) {
    const [low, high] = pair;
    // "25-30 k€": the k of the second figure applies to the first.
    const lowValue = high.k && !low.k && low.value < 1000 ? low.value * 1000 : low.value;
    return { min: Math.min(lowValue, high.value), max: Math.max(lowValue, high.value) };
  }
  const lead = text.slice(Math.max(0, anchor.start - 24), anchor.start);
  if (FROM.test(lead)) return { min: anchor.value, max: null };
  if (UP_TO.test(lead)) return { min: null, max: anchor.value };
  return { min: anchor.value, max: anchor.value };
};

/** A text read once, whatever the posting: SMIC multiples wait for the SMIC in force at its date. */
interface TextReading extends Reading {
  /** "SMIC" (1), "Smic + 10 %" (1.1), "de 27 % à 100 % du SMIC" (0.27, 1): multiples of the SMIC. */
  smic: readonly [number, number] | null;
}

/** "SMIC", "Smic + 10 %", "53 % du SMIC", "de 27 % à 100 % du SMIC" -> low and high multiples. */
const smicFactors = (plus: RegExpExecArray | null, percents: number[]): readonly [number, number] => {
  const factors = plus !== null ? [1 + toNumber(plus[1] ?? "0") / 100] : percents.map((p) => p / 100);
  const low = factors[0] ?? 1;
  return [low, factors[factors.length - 1] ?? low];
};

const readText = memoize((raw: string): TextReading => {
  let text = fold(raw).replace(SPACES, " ");
  if (text.includes("'")) text = text.replace(GROUP_APOSTROPHE, " ");
  let monthsPerYear = 12;
  if (text.includes("mois")) {
    const perYear = MONTHS_PER_YEAR.exec(text);
    if (perYear) monthsPerYear = toNumber(perYear[1] ?? perYear[2] ?? "12");
    text = text.replace(MONTHS_PER_YEAR_ALL, " ");
  }
  let plus: RegExpExecArray | null = null;
  let percents: number[] = [];
  if (text.includes("%")) {
    plus = SMIC_PLUS.exec(text);
    percents = Array.from(text.matchAll(PERCENT), (m) => toNumber(m[1] ?? "0"));
    text = text.replace(PERCENT, " ");
  }
  text = text.replace(NOT_AMOUNT, " ");
  let amounts = readAmounts(text);
  const money = amounts.some((a) => a.money);
  const smic = !money && text.includes("smic") && SMIC.test(text);
  // Unmarked numbers count only in a salary context: "1800", "1800 brut", not "groupe 6".
  const period = periodOf(text);
  if (!money && period === null && /[a-z]/.test(text) && !SALARY_HINT.test(text)) amounts = [];
  const range = smic ? null : pickRange(text, amounts);
  return {
    min: range?.min ?? null,
    max: range?.max ?? null,
    period: smic ? "hour" : period,
    currency: smic ? "EUR" : currencyOf(text),
    net: NET.test(text) && !GROSS.test(text),
    monthsPerYear: monthsPerYear >= 12 && monthsPerYear <= 16 ? monthsPerYear : 12,
    smic: smic ? smicFactors(plus, percents) : null,
  };
});

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

const readNumber = (text: string | undefined): number | null => {
  const s = text?.trim();
  if (!s) return null;
  if (PLAIN_NUMBER.test(s)) return Number(s);
  const first = readAmounts(fold(s).replace(SPACES, " "))[0];
  return first ? first.value : null;
};

const readPeriodField = memoize((text: string) => periodOf(fold(text).trim()));
const readCurrencyField = memoize((text: string) => currencyOf(fold(text)));

/** Normalise a partner's salary: structured figures when given, else the free text. */
export const parseSalary = (raw: RawPosting["salary"], ctx: SalaryContext = {}): Salary => {
  const text = raw?.text?.trim() || null;
  const fromText = text ? readText(text) : null;
  const smic = fromText?.smic ? smicHourlyGrossAt(ctx.at) : 0;
  const min = readNumber(raw?.min);
  const max = readNumber(raw?.max);
  const structured = min !== null || max !== null;
  const periodField = raw?.period ? readPeriodField(raw.period) : null;
  const currencyField = raw?.currency ? readCurrencyField(raw.currency) : null;
  const reading: Reading = {
    min: structured ? min : fromText?.smic ? round(smic * fromText.smic[0], 2) : (fromText?.min ?? null),
    max: structured ? max : fromText?.smic ? round(smic * fromText.smic[1], 2) : (fromText?.max ?? null),
    period: periodField ?? fromText?.period ?? null,
    currency: currencyField ?? fromText?.currency ?? null,
    net: fromText?.net ?? false,
    monthsPerYear: fromText?.monthsPerYear ?? 12,
  };
  if (reading.min !== null && reading.max !== null && reading.min > reading.max) {
    [reading.min, reading.max] = [reading.max, reading.min];
  }
  if (reading.min === null && reading.max === null) return emptySalary(text);
  reading.currency ??= "EUR";
  const normalised = normalise(reading, ctx);
  if (normalised === null) return emptySalary(text);
  return {
    text,
    min: reading.min === null ? null : round(reading.min, 2),
    max: reading.max === null ? null : round(reading.max, 2),
    period: normalised.period,
    currency: reading.currency,
    basis: reading.net ? "net" : "gross",
    hourlyGross: normalised.hourly,
    annualGross: normalised.annual,
  };
};
