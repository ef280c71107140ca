/**
 * Pay below the legal floor of the contract for the working time given (C. trav. L3231-2): the SMIC,
 * or the reduced floor of its scheme (pay-schemes.ts); unpaid trial work;
 * commission-only pay on a salaried contract; unpaid internships beyond two months.
 */
import { hasAnyWord } from "../doc.js";
import { COMMISSION_ONLY, INTERN_UNPAID, UNPAID_TRIAL } from "../lexicons/pay.js";
import { FULL_TIME_MONTHLY_HOURS, NET_TO_GROSS_RATIO, payFloorAt } from "../pay-floors.js";
import { mentionsPartTime, type PayMention, payMentions, weeklyHoursOf } from "../pay-text.js";
import { compilePhrases, findPhrases } from "../phrases.js";
import type { Hit, Rule, RuleInput } from "../types.js";
import { contextTest, NO_HITS, phraseRule } from "./define.js";
import { hourlyFromFields, internshipMonths, isSalariedJob, maybeSalaried } from "./pay-context.js";
import { type ApplicableFloor, applicableFloor } from "./pay-schemes.js";

const SMIC_ARTICLE = "C. trav. L3231-2 ; D6222-26 ; D6325-15 ; D3231-3 ; L5331-3 2°";

/** Below the floor by more than rounding (a monthly 1,801.80 € is 11.8797 €/h for an 11.88 €/h SMIC). */
const BELOW = 0.998;
const euros = (value: number): string => `${value.toFixed(2).replace(".", ",")} €`;

interface PayCheck {
  hits: Hit[];
  unclear: Hit[];
}

// Both SMIC rules read the same check: computed once per screened posting.
const checks = new WeakMap<RuleInput, PayCheck>();
const checkPay = (input: RuleInput): PayCheck => {
  let result = checks.get(input);
  if (result === undefined) {
    result = computePayCheck(input);
    checks.set(input, result);
  }
  return result;
};

/**
 * Hourly pay from the structured salary. Weekly hours from the fields, else from the text ("28 h
 * par semaine"); the normaliser's hourly figure assumed 35 h when the fields gave none, so it is
 * recomputed then. Part-time pay with no hours anywhere says nothing about the hourly rate: null.
 */
const hourlyOfFields = ({ subject, doc }: RuleInput): ReturnType<typeof hourlyFromFields> => {
  if (subject.hourlyGross === null && (subject.salaryMin === null || subject.salaryPeriod === null))
    return null;
  const weeklyHours = subject.weeklyHours ?? weeklyHoursOf(doc);
  const assumed = subject.weeklyHours === null && subject.salaryPeriod !== "hour";
  const measured = hourlyFromFields({
    ...subject,
    weeklyHours,
    hourlyGross: assumed ? null : subject.hourlyGross,
  });
  const partTime = subject.workingTime === "part_time" || mentionsPartTime(doc);
  return measured !== null && !measured.hoursKnown && partTime ? null : measured;
};

/**
 * Compare every stated pay with the legal floor of the contract (the SMIC, or the reduced floor of
 * its scheme); `unclear` when the hours are unknown or pay is partly variable.
 */
const computePayCheck = (input: RuleInput): PayCheck => {
  const result: PayCheck = { hits: [], unclear: [] };
  if (!maybeSalaried(input.subject) && input.subject.contractType !== "STG") return result;
  const fields = hourlyOfFields(input);
  const mentions = payMentions(input.doc);
  if (fields === null && mentions.length === 0) return result;
  const payFloor = payFloorAt(input.ctx.now);
  const floor = applicableFloor(input, payFloor);
  if (floor === null) return result;
  const note = (hourly: number): string =>
    `Salaire indiqué : ${euros(hourly)} brut de l'heure ; ${floor.label} au ${payFloor.from} : ${euros(floor.hourly)} brut de l'heure.`;
  if (
    fields !== null &&
    fields.hourly >= Math.min(3, floor.hourly / 2) &&
    fields.hourly < floor.hourly * BELOW
  ) {
    const hit = { excerpt: `salaire : ${euros(fields.hourly)} brut de l'heure`, detail: note(fields.hourly) };
    (fields.hoursKnown ? result.hits : result.unclear).push(hit);
  }
  if (mentions.length > 0) checkMentions(input, mentions, result, floor, payFloor.from, note);
  return result;
};

const checkMentions = (
  input: RuleInput,
  mentions: readonly PayMention[],
  result: PayCheck,
  floor: ApplicableFloor,
  from: string,
  note: (hourly: number) => string,
): void => {
  const textHours = input.subject.weeklyHours ?? weeklyHoursOf(input.doc);
  const partTime = mentionsPartTime(input.doc) || input.subject.workingTime === "part_time";
  // Amounts far below the floor are not pay (an allowance, a fee); a reduced floor lowers the bar.
  const minHourly = Math.min(4, floor.hourly / 2);
  const minMonthly = Math.min(300, floor.hourly * 25);
  for (const pay of mentions) {
    const gross = pay.net ? pay.amount / NET_TO_GROSS_RATIO : pay.amount;
    const monthly = pay.period === "year" ? gross / 12 : gross;
    if (pay.period === "hour" ? gross < minHourly || gross > 200 : monthly < minMonthly) continue;
    const hours = pay.period === "hour" ? null : textHours;
    const hourly = pay.period === "hour" ? gross : hours === null ? null : monthly / ((hours * 52) / 12);
    const span = { start: pay.start, end: pay.end };
    if (hourly !== null) {
      if (hourly < floor.hourly * BELOW)
        (pay.variable ? result.unclear : result.hits).push({ ...span, detail: note(hourly) });
    } else if (!partTime && monthly < floor.hourly * FULL_TIME_MONTHLY_HOURS * BELOW) {
      const fullTime = euros(floor.hourly * FULL_TIME_MONTHLY_HOURS);
      result.unclear.push({
        ...span,
        detail: `${floor.label[0]?.toUpperCase()}${floor.label.slice(1)} à temps plein au ${from} : ${fullTime} brut par mois.`,
      });
    }
  }
};

export const payBelowSmic: Rule = {
  id: "pay-below-smic",
  family: "pay",
  article: SMIC_ARTICLE,
  severity: "reject",
  detects:
    "Pay below the legal floor of the contract for the working time given: the SMIC, or the reduced floor of apprentices, professionalisation contracts, minors, interns",
  explain:
    "Le salaire annoncé est inférieur au minimum légal du contrat (SMIC, ou minimum réduit de l'apprentissage, du contrat de professionnalisation, des mineurs ou gratification de stage) pour la durée de travail indiquée.",
  suggest:
    "Indiquez un salaire au moins égal au SMIC (ou précisez le dispositif légal qui permet moins : apprentissage, contrat de professionnalisation, mineur).",
  detect: (input) => checkPay(input).hits,
};

export const payUnclear: Rule = {
  id: "pay-below-smic-unclear",
  family: "pay",
  article: SMIC_ARTICLE,
  severity: "review",
  detects:
    "Monthly pay below the full-time legal floor with no working time given, or below the floor with a variable part",
  explain:
    "Le salaire annoncé semble inférieur au minimum légal du contrat ; la durée du travail n'est pas indiquée, ou une part variable est annoncée : un modérateur doit vérifier.",
  suggest: "Précisez la durée hebdomadaire (temps partiel) et le salaire de base brut.",
  detect: (input) => {
    const { hits, unclear } = checkPay(input);
    return hits.length > 0 ? NO_HITS : unclear;
  },
};

export const unpaidTrial = phraseRule(
  {
    id: "pay-unpaid-trial",
    family: "pay",
    article: "C. trav. L3211-1 ; L8221-5 ; L5331-3",
    severity: "reject",
    detects: "Unpaid trial days or weeks before hiring",
    explain:
      "Tout travail effectué, même à l'essai, doit être rémunéré : une journée ou semaine d'essai non payée est du travail dissimulé.",
    suggest:
      "Rémunérez la période d'essai ou remplacez-la par un entretien ou une mise en situation courte et encadrée (PMSMP via France Travail).",
  },
  UNPAID_TRIAL,
  {},
);

const commissionPhrases = compilePhrases(COMMISSION_ONLY);

export const commissionOnly: Rule = {
  id: "pay-commission-only",
  family: "pay",
  article: "C. trav. L3231-2 ; L5331-3 2°",
  severity: "review",
  detects: "Pay made only of commissions on a salaried contract",
  explain:
    "Un salarié doit percevoir au moins le SMIC : une rémunération « 100 % commission » n'est possible que pour un travailleur indépendant.",
  suggest:
    "Indiquez le salaire fixe garanti (au moins le SMIC) et la part variable, ou précisez qu'il s'agit d'une activité indépendante.",
  detect: (input) => {
    const words = [
      "commission",
      "commissions",
      "fixe",
      "variable",
      "pourcentage",
      "chiffre",
      "resultat",
      "vente",
    ];
    if (!hasAnyWord(input.doc, words)) return NO_HITS;
    const hits = findPhrases(input.doc, commissionPhrases);
    return hits.length > 0 && isSalariedJob(input) && !selfEmployed(input) ? hits : NO_HITS;
  },
};

/** The text describes a self-employed activity: commissions are its normal pay. */
const selfEmployed = contextTest(
  "auto ?entrepreneur|micro ?entrepreneur|independant\\w*|freelance|vdi|mandataire|agent commercial|honoraires|portage",
);

const internPhrases = compilePhrases(INTERN_UNPAID);

export const internUnpaid: Rule = {
  id: "pay-intern-unpaid",
  family: "pay",
  article: "C. éduc. L124-6",
  severity: "reject",
  detects: "An internship of more than two months without the legal stipend",
  explain:
    "Un stage de plus de deux mois doit donner lieu à une gratification minimale (15 % du plafond horaire de la sécurité sociale).",
  suggest:
    "Indiquez la gratification légale (au moins le minimum horaire en vigueur) ou ramenez le stage à deux mois maximum.",
  detect: (input) => {
    if (!hasAnyWord(input.doc, ["stage", "stages", "stagiaire", "stagiaires"])) return NO_HITS;
    const months = internshipMonths(input);
    return months !== null && months > 2 ? findPhrases(input.doc, internPhrases) : NO_HITS;
  },
};

export const PAY_RULES: readonly Rule[] = [
  payBelowSmic,
  payUnclear,
  unpaidTrial,
  commissionOnly,
  internUnpaid,
];
