/**
 * Patterns for salary texts. They run on folded text (lower case, no accents, non-breaking spaces
 * made plain), e.g. "mensuel de 1833.0 euros a 2250.0 euros sur 12.0 mois".
 */
import type { SalaryPeriod } from "./offer.js";

/** An amount: "35 000", "1.833,50", "1833.0", "12,50", "25k", "25 k". Groups: integer, decimals, k. */
export const AMOUNT =
  /(?<![\d.,])(\d{1,3}(?:[ .](?=\d{3}(?!\d))\d{3})+|\d+)(?:[.,](\d{1,2})(?!\d))?(?:\s?(k)(?![a-z]))?/g;

/** What follows an amount to mark it as money. */
export const CURRENCY_AFTER = /^\s*(?:k\s*)?(?:€|eur\b|euros?\b|\$|usd\b|£|gbp\b|chf\b)/;

/** Text between two amounts that makes them a range: "25 000 a 30 000", "25 - 30 k€", "1800 et 2100". */
export const RANGE_LINK =
  /^\s*(?:k\s*)?(?:€|\$|£|eur(?:os?)?|usd|gbp|chf)?\s*(?:bruts?|nets?)?\s*(?:-|–|—|a|au|et|to|~|\/)\s*$/;

/** Words before an amount that make it a benefit, not pay: "tickets restaurant à 9 €", "prime de 200 €". */
export const BENEFIT =
  /\b(?:tickets?|titres?|cheques?|paniers?|primes?|indemnites?|remboursement|mutuelle|participation|interessement|restaurants?|repas|transports?|kilometriques?|bonus|variable)\b/;

/** Numbers that are not amounts, blanked before reading amounts (one pass, alternatives in order). */
export const NOT_AMOUNT = new RegExp(
  [
    /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/, // dates
    /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:h|heures?|hrs?)\b/, // hours: "35h", "151,67 heures"
    /(?<![\d.,])\d+\s*(?:ans?|annees?|years?|jours?|days?|semaines?|weeks?)\b/, // durations, experience
    /\bbac\s*\+\s*\d+/,
    /(?<![\d.,]|\d )0\d+\b/, // codes with a leading zero ("Entreprise 0334"), not "2 000"
  ]
    .map((r) => r.source)
    .join("|"),
  "g",
);

/** "sur 13 mois", "x 13 mois", "13e mois", "13eme mois": months paid per year. */
export const MONTHS_PER_YEAR =
  /(?:\bsur|\bx)\s*(\d{2}(?:[.,]\d+)?)\s*mois\b|(?<![\d.,])(\d{2})\s*(?:e|eme|ieme)\s*mois\b/;

/** Words that make a bare number ("6", "28000") a salary rather than a grade, a code or a count. */
export const SALARY_HINT =
  /\b(?:salaires?|remunerations?|bruts?|brutes?|nets?|nettes?|gross|pay|a partir de|jusqu'? ?a|entre|minimum|maximum|fixe)\b/;

export const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/g;
export const SMIC = /\bsmic\b/;
export const SMIC_PLUS = /\bsmic\s*(?:horaire|mensuel)?\s*\+\s*(\d+(?:[.,]\d+)?)\s*%/;
export const NET = /\bnets?\b|\bnettes?\b/;
export const GROSS = /\bbruts?\b|\bbrutes?\b|\bgross\b/;
export const FROM = /\b(?:a partir de|des|minimum|min|from|au moins|plus de|superieur a)\s*$/;
export const UP_TO = /\b(?:jusqu'? ?a|maximum|max|up to|moins de|inferieur a)\s*$/;

/** Period words; the earliest one in the text wins. Group order follows PERIODS. */
export const PERIOD_WORDS =
  /(heure|horaire|hourly|\bhour|\/\s*h\b)|(\bjour\b|journ|daily|\bday\b|\/\s*j\b)|(semaine|hebdo|weekly|\bweek)|(\bmois\b|mensuel|monthly|\bmonth|\/\s*m\b)|(\ban\b|\bans\b|annuel|\bannee|annum|yearly|\byear|\bpa\b|\/\s*a\b)/;
export const PERIODS: readonly SalaryPeriod[] = ["hour", "day", "week", "month", "year"];

/** One-letter period codes (France Travail `periodeSalaire`, partner feeds). */
export const PERIOD_CODES: Readonly<Record<string, SalaryPeriod>> = {
  h: "hour",
  j: "day",
  d: "day",
  s: "week",
  w: "week",
  m: "month",
  a: "year",
  y: "year",
};

/** Currency words; the group that matched gives the ISO code (see CURRENCY_CODES). */
export const CURRENCY_WORDS =
  /(€|\beur\b|\beuros?\b)|(\$|\busd\b|\bdollars?\b)|(£|\bgbp\b|\blivres? sterling)|(\bchf\b|\bfrancs? suisses?)/;
export const CURRENCY_CODES: readonly string[] = ["EUR", "USD", "GBP", "CHF"];

/** Plausible bounds of one figure for each period; outside them the period is re-read from the size. */
export const PLAUSIBLE: Readonly<Record<SalaryPeriod, readonly [number, number]>> = {
  hour: [1, 500],
  day: [20, 4_000],
  week: [100, 20_000],
  month: [100, 15_000],
  year: [5_000, 1_000_000],
};
