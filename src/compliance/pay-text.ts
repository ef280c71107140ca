/**
 * Pay amounts written in an offer's text ("9,50 € brut de l'heure", "1 500 € brut mensuel",
 * "18 000 € par an"), and weekly hours ("35 h par semaine", "temps plein"). Folded text only.
 */
import type { ScreenDoc } from "./doc.js";
import { sentenceBefore } from "./phrases.js";

export interface PayMention {
  start: number;
  end: number;
  /** The lowest amount of a range, in euros. */
  amount: number;
  period: "hour" | "month" | "year";
  net: boolean;
  /** A variable part (commission, tips, bonus) is announced next to it. */
  variable: boolean;
}

const NUM = "(\\d{1,3}(?:[ .\\u00a0\\u202f\\u2009\\u00bf']\\d{3})+(?:,\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
const CUR = "\\s?(?:€|euros?|eur)";
const GN = "(?:\\s?(brut|net)s?)?";
const PERIOD =
  "(?:\\s?(?:/|par|de l'|l'|a l'|le)\\s?(h|heure|mois|an|annee)\\b|\\s(horaire|mensuel(?:le)?s?|annuel(?:le)?s?|\\/\\s?h)\\b)";
const PAY = new RegExp(
  `(?:${NUM}${CUR}?\\s?(?:a|et|-)\\s?)?${NUM}\\s?(k)?${CUR}${GN}(?:${PERIOD})?${GN}`,
  "g",
);
// The period before the amount: "Mensuel de 1617,00 Euros" (France Travail labels), "salaire annuel brut : 18 000 €".
const LABEL = new RegExp(`\\b(horaire|mensuel|annuel)(?:le)?s?${GN}\\s?(?:de|:|a)?\\s?${NUM}${CUR}`, "g");
const NOT_BASE_PAY =
  /(?:prime|indemnite|ticket|titre|panier|frais|rembourse|mutuelle|budget|chiffre d'affaires|\bca\b|capital|loyer|aide|bonus|variable|commission|interessement|participation|13e|avantage|cheque|carte|forfait|majoration|heures supp\w*|pourboire|bourse|gratification|cooptation|parrainage|jusqu'a|jusqu'au|max)[^.;]{0,25}$/;
const VARIABLE_NEAR =
  /^[^.;\n]{0,40}(?:\+|plus|hors|fixe|commission|variable|prime|pourboire|bonus|interessement)/;

const toNumber = (text: string): number =>
  Number(text.replace(/[\s.\u00a0\u202f\u2009\u00bf'](?=\d{3}\b)/g, "").replace(",", "."));

const SALARY_CUE = /\b(?:salaire|remuner\w*|paye|smic|cdi|cdd|temps plein|temps partiel)\b/;

/** "Salaire : 1 400 € brut" without a period: a monthly amount when it is in the usual monthly range. */
const monthlyByDefault = (amount: number): PayMention["period"] | null =>
  amount >= 700 && amount <= 6000 ? "month" : null;

const periodOf = (word: string): PayMention["period"] | null => {
  if (/^(?:h|heure|horaire|\/\s?h)$/.test(word)) return "hour";
  if (/^mois|^mensuel/.test(word)) return "month";
  if (/^(?:an|annee)$|^annuel/.test(word)) return "year";
  return null;
};

const WINDOW = 48;

/** Amounts with a period around each currency sign: the pay regex runs on short windows only. */
const amountsNearCurrency = (doc: ScreenDoc, found: PayMention[]): void => {
  const text = doc.folded;
  let covered = -1;
  const signs = [...positionsOf(text, "€"), ...positionsOf(text, "euro")].sort((a, b) => a - b);
  for (const sign of signs) {
    if (sign < covered) continue;
    const from = Math.max(0, covered, sign - WINDOW);
    for (const m of text.slice(from, sign + WINDOW).matchAll(PAY)) {
      const amount = toNumber(m[1] ?? m[2] ?? "0") * (m[3] === "k" ? 1000 : 1);
      const start = from + m.index;
      const stated = periodOf(m[5] ?? m[6] ?? "");
      const period =
        stated ??
        (m[4] !== undefined && SALARY_CUE.test(sentenceBefore(doc, start)) ? monthlyByDefault(amount) : null);
      if (period === null) continue;
      push(found, doc, start, start + m[0].length, amount, period, (m[4] ?? m[7]) === "net");
      covered = Math.max(covered, start + m[0].length);
    }
  }
};

/** Pay amounts of the text with their period. */
export const payMentions = (doc: ScreenDoc): PayMention[] => {
  const text = doc.folded;
  const found: PayMention[] = [];
  amountsNearCurrency(doc, found);
  const words = doc.wordSet;
  if (words.has("mensuel") || words.has("annuel") || words.has("horaire")) {
    for (const m of text.matchAll(LABEL)) {
      const period = periodOf(m[1] ?? "");
      const net = m[2] === "net";
      if (period !== null)
        push(found, doc, m.index, m.index + m[0].length, toNumber(m[3] ?? "0"), period, net);
    }
  }
  return found;
};

const push = (
  found: PayMention[],
  doc: ScreenDoc,
  start: number,
  end: number,
  amount: number,
  period: PayMention["period"],
  net: boolean,
): void => {
  if (!(amount > 0) || NOT_BASE_PAY.test(sentenceBefore(doc, start))) return;
  const variable = VARIABLE_NEAR.test(doc.folded.slice(end, end + 60));
  found.push({ start, end, amount, period, net, variable });
};

const HOURS = /(?<![\d,.])(\d{1,2})\s?(?:h|heures?)\s?(\d{2})?\s?(?:(?:\/|par)\s?(?:semaine|sem)\b|hebdo\w*)/;
// "Durée hebdomadaire : 20 heures": the week word first.
const HOURS_AFTER_WEEK =
  /(?:hebdo\w*|par semaine)\s?:?\s?(?:de\s)?(?<![\d,.])(\d{1,2})\s?(?:h|heures?)(?![a-z])\s?(\d{2})?/;
const WEEK_WORDS = ["semaine", "hebdo"];

/** Positions of `needle` in `text` (plain substring search, much faster than a regex scan). */
const positionsOf = (text: string, needle: string): number[] => {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) found.push(i);
  return found;
};

const hoursNearWeekWords = (text: string): number | null => {
  for (const word of WEEK_WORDS) {
    for (const at of positionsOf(text, word)) {
      const m =
        HOURS.exec(text.slice(Math.max(0, at - 24), at + word.length + 10)) ??
        HOURS_AFTER_WEEK.exec(text.slice(at, at + 30));
      if (m === null) continue;
      const hours = Number(m[1]) + (m[2] === undefined ? 0 : Number(m[2]) / 60);
      if (hours >= 1 && hours <= 48) return hours;
    }
  }
  return null;
};

const includesAny = (text: string, needles: readonly string[]): boolean =>
  needles.some((n) => text.includes(n));
const FULL_TIME = ["temps plein", "temps complet", "full time", "full-time"];
const PART_TIME = ["temps partiel", "mi-temps", "mi temps", "part time", "part-time"];

/** Weekly hours written as a number in the text ("35 h par semaine"), or null. */
export const statedWeeklyHours = (doc: ScreenDoc): number | null => hoursNearWeekWords(doc.folded);

/** Weekly hours stated in the text: a number, 35 for "temps plein", null when unknown or part time without hours. */
export const weeklyHoursOf = (doc: ScreenDoc): number | null => {
  const hours = hoursNearWeekWords(doc.folded);
  if (hours !== null) return hours;
  if (mentionsPartTime(doc)) return null;
  return includesAny(doc.folded, FULL_TIME) ? 35 : null;
};

export const mentionsPartTime = (doc: ScreenDoc): boolean => includesAny(doc.folded, PART_TIME);

/** Whether the text mentions full-time work. */
export const mentionsFullTime = (doc: ScreenDoc): boolean => includesAny(doc.folded, FULL_TIME);
