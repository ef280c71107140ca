/**
 * Contract facts shared by the pay, scheme and contract rules: is the job salaried, what hourly pay
 * the structured fields give, how long an internship lasts.
 */
import type { ContractCode } from "../../offer/offer.js";
import { compileSource, docHas } from "../phrases.js";
import type { RuleInput, ScreenSubject } from "../types.js";

/** Contract types under an employment contract (France Travail codes). */
export const SALARIED_TYPES: ReadonlySet<ContractCode> = new Set([
  "CDI",
  "CDD",
  "MIS",
  "TTI",
  "SAI",
  "DIN",
  "DDI",
]);

const salariedWords = compileSource(
  "cdi|cdd|contrat de travail|contrats? a duree (?:in)?determinee|(?<!non |pas |non-)salariee?s?|mission d'interim|contrat d'interim",
  "",
);

/** True for a salaried contract type, false for another one, null when the type is unknown. */
export const salariedType = (subject: ScreenSubject): boolean | null =>
  subject.contractNature === "NS"
    ? false
    : subject.contractType === null
      ? null
      : SALARIED_TYPES.has(subject.contractType);

/** Whether the job is salaried: by its contract type, or when unknown, by the text. */
export const isSalariedJob = (input: RuleInput): boolean =>
  salariedType(input.subject) ?? docHas(input.doc, salariedWords);

/** Whether the SMIC may apply: a salaried contract type, or an unknown one. */
export const maybeSalaried = (subject: ScreenSubject): boolean => salariedType(subject) !== false;

const WEEKS_PER_MONTH = 52 / 12;

/** Gross hourly pay from the structured salary, and whether the working time behind it is known. */
export const hourlyFromFields = (subject: ScreenSubject): { hourly: number; hoursKnown: boolean } | null => {
  const hoursKnown =
    subject.weeklyHours !== null || subject.workingTime === "full_time" || subject.salaryPeriod === "hour";
  if (subject.hourlyGross !== null) return { hourly: subject.hourlyGross, hoursKnown };
  const min = subject.salaryMin;
  if (min === null || subject.salaryPeriod === null || subject.salaryPeriod === "day") return null;
  const weekly = subject.weeklyHours ?? 35;
  const perHour: Record<"hour" | "week" | "month" | "year", number> = {
    hour: min,
    week: min / weekly,
    month: min / (weekly * WEEKS_PER_MONTH),
    year: min / 12 / (weekly * WEEKS_PER_MONTH),
  };
  return { hourly: perHour[subject.salaryPeriod], hoursKnown };
};

const STAGE_MONTHS =
  /\bstages?\b[^.;\n]{0,40}?\b(\d{1,2}) ?mois\b|\b(\d{1,2}) ?mois de stage\b|\bstages? d'(?:un|1) an\b/;
const STAGE_WEEKS = /\bstages?\b[^.;\n]{0,40}?\b(\d{1,2}) ?semaines\b/;

/** Duration of an internship in months, from the fields or the text; null when unknown. */
export const internshipMonths = ({ subject, doc }: RuleInput): number | null => {
  if (subject.contractType === "STG" && subject.durationMonths !== null) return subject.durationMonths;
  const months = STAGE_MONTHS.exec(doc.folded);
  if (months !== null)
    return months[1] === undefined && months[2] === undefined ? 12 : Number(months[1] ?? months[2]);
  const weeks = STAGE_WEEKS.exec(doc.folded);
  if (weeks !== null) return Number(weeks[1]) / WEEKS_PER_MONTH;
  return subject.contractType === "STG" ? subject.durationMonths : null;
};
