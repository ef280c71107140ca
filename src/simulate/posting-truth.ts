/**
 * The ground truth of one copy: its job, the variants applied, and the injected violations that
 * survive the partner's treatment (truncation may cut a sentence, an omitted salary hides a pay
 * under the SMIC unless the text states it; a partner omitting the employer adds a violation).
 */
import { escapeText } from "../pipeline/html-escape.js";
import type { SimJob } from "./job.js";
import type { CopyParams } from "./lifecycle.js";
import type { SimPosting, SimTruth } from "./types.js";
import type { InjectedViolation } from "./violations.js";

export interface PostingTruth extends SimTruth {
  violations: Array<{ family: string; article: string; rule: string }>;
  /** First snapshot day the reference appears in. */
  firstDay: number;
}

const violationSurvives = (v: InjectedViolation, posting: SimPosting, html: string): boolean => {
  if (v.kind === "text") return html.includes(escapeText(v.excerpt));
  if (v.kind === "pay") return posting.salary !== null || html.includes("Rémunération");
  if (v.kind === "title") return posting.title === v.excerpt;
  return true;
};

export const truthOf = (
  posting: SimPosting,
  job: SimJob,
  variants: string[],
  html: string,
  params: CopyParams,
  day: number,
): PostingTruth => {
  const violations: PostingTruth["violations"] = [];
  const v = job.violation;
  if (v && violationSurvives(v, posting, html))
    violations.push({ family: v.family, article: v.article, rule: v.rule });
  if (params.omitEmployer && v?.kind !== "employer") {
    violations.push({
      family: "publication",
      article: "C. trav. L5332-2 ; L5332-4",
      rule: "pub-employer-unknown",
    });
  }
  return {
    partner: posting.partner,
    reference: posting.reference,
    jobId: job.id,
    variants,
    violations,
    firstDay: day,
  };
};
