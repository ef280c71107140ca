/**
 * The ground truth of one copy: its job, the variants applied, and the violations it carries as
 * published: the injected one when it survives the partner's treatment (truncation may cut a
 * sentence, an omitted salary hides a pay under the SMIC unless the text states it), and what the
 * partner's treatment adds (an omitted employer; a part-time monthly pay shown without its hours).
 */
import { findPartnerMapping, getFormatMapping } from "../ingest/partners/partners.js";
import { HOURS_PER_MONTH_FULL_TIME } from "../offer/smic.js";
import { escapeText } from "../pipeline/html-escape.js";
import type { SimJob } from "./job.js";
import type { CopyParams } from "./lifecycle.js";
import type { SimFormat, SimPosting, SimTruth } from "./types.js";
import type { InjectedViolation } from "./violations.js";

export interface PostingTruth extends SimTruth {
  violations: Array<{ family: string; article: string; rule: string }>;
  /** First snapshot day the reference appears in. */
  firstDay: number;
}

/** What the truth of a copy needs besides the posting and its job. */
export interface CopyContext {
  format: SimFormat;
  variants: string[];
  /** The description as published (truncated, with the boilerplate). */
  html: string;
  params: CopyParams;
  day: number;
  smicHourly: number;
}

const violationSurvives = (v: InjectedViolation, posting: SimPosting, html: string): boolean => {
  // A truncated copy keeps the violation when the words that make it unlawful survive the cut.
  if (v.kind === "text") return html.includes(escapeText(v.core));
  if (v.kind === "pay") return posting.salary !== null || html.includes("Rémunération");
  // The title as written, or with the town appended ("Vendeuse - Lyon").
  if (v.kind === "title") return posting.title === v.excerpt || posting.title.startsWith(`${v.excerpt} - `);
  return true;
};

interface FormatFacts {
  /** The format has no date at all: the platform dates its offers on reception (leboncoin). */
  undated: boolean;
  /** The format's mapping names the employer when the feed does not (La Poste, France Travail…). */
  namesEmployer: boolean;
  /** The format has a field for the working time or the weekly hours. */
  workingTime: boolean;
}

const FACTS = new Map<SimFormat, FormatFacts>();

/** What a format's registered mapping does with a missing date, employer or working time. */
const factsOf = (format: SimFormat): FormatFacts => {
  let facts = FACTS.get(format);
  if (facts === undefined) {
    // csv and json-api partners write their own mapping, which reads every field.
    const mapping =
      format === "csv" || format === "json-api"
        ? null
        : (findPartnerMapping(format) ?? getFormatMapping(format));
    facts = {
      undated: mapping?.undated === true,
      namesEmployer: JSON.stringify(mapping?.fields["employer.name"] ?? "").includes('"const"'),
      workingTime:
        mapping === null ||
        mapping.fields["contract.workingTime"] !== undefined ||
        mapping.fields["contract.weeklyHours"] !== undefined,
    };
    FACTS.set(format, facts);
  }
  return facts;
};

const PAY_UNCLEAR = {
  family: "pay",
  article: "C. trav. L3231-2 ; L5331-3 2°",
  rule: "pay-below-smic-unclear",
};

/**
 * A part-time job whose copy shows a monthly (or yearly) pay below the full-time SMIC and nothing
 * that says part time: the format has no working-time field and the description was cut before
 * its hours. The law doc holds such offers for review; the copy is not clean.
 */
const partTimePayUnclear = (job: SimJob, posting: SimPosting, ctx: CopyContext): boolean => {
  const salary = posting.salary;
  if (job.contract.workingTime !== "part_time" || salary === null || salary.min === null) return false;
  // The full SMIC binds salaried contracts only (work-study contracts have their own floors).
  if (!["CDI", "CDD", "MIS", "SAI"].includes(job.contract.code)) return false;
  if (salary.period !== "month" && salary.period !== "year") return false;
  const monthly = salary.period === "year" ? salary.min / 12 : salary.min;
  if (monthly >= ctx.smicHourly * HOURS_PER_MONTH_FULL_TIME * 0.998) return false;
  if (factsOf(ctx.format).workingTime) return false;
  // The conditions' hours line as written ("24 h hebdomadaires", "24 h par semaine", ": 24 heures"),
  // not cut after "24 h".
  const hours = job.contract.weeklyHours;
  const text = ctx.html.toLowerCase();
  const stated =
    hours !== null &&
    [`${hours} h hebdo`, `${hours} h par semaine`, `${hours} heures`].some((s) => text.includes(s));
  return !(text.includes("temps partiel") || stated);
};

export const truthOf = (posting: SimPosting, job: SimJob, ctx: CopyContext): PostingTruth => {
  const violations: PostingTruth["violations"] = [];
  const v = job.violation;
  const facts = factsOf(ctx.format);
  // A missing date in a format that never has one, or a missing employer that the partner's
  // mapping names, is no violation on the platform (it dates the offer; the employer is known).
  const moot = (v?.kind === "date" && facts.undated) || (v?.kind === "employer" && facts.namesEmployer);
  if (v && !moot && violationSurvives(v, posting, ctx.html))
    violations.push({ family: v.family, article: v.article, rule: v.rule });
  if (ctx.params.omitEmployer && v?.kind !== "employer" && !facts.namesEmployer) {
    violations.push({
      family: "publication",
      article: "C. trav. L5332-2 ; L5332-4",
      rule: "pub-employer-unknown",
    });
  }
  if (v?.kind !== "pay" && partTimePayUnclear(job, posting, ctx)) violations.push(PAY_UNCLEAR);
  return {
    partner: posting.partner,
    reference: posting.reference,
    jobId: job.id,
    variants: ctx.variants,
    violations,
    firstDay: ctx.day,
  };
};
