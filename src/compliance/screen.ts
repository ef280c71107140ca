/**
 * The compliance screen: runs every rule once over a posting (or a bare title and text) and decides
 * the verdict, the most severe finding: reject > review > accept (info findings alone accept).
 */
import type { ContractCode, ContractNature, NormalizedPosting, WorkingTime } from "../offer/offer.js";
import { buildDoc, excerptOf } from "./doc.js";
import { detectLanguage } from "./language.js";
import { RULES } from "./rules.js";
import type {
  ComplianceResult,
  Finding,
  Hit,
  Rule,
  ScreenContext,
  ScreenSubject,
  Severity,
  Verdict,
} from "./types.js";

/** A title and text to check, with the structured fields the caller knows (all optional). */
export interface ScreenTextInput {
  title: string;
  text: string;
  contractType?: ContractCode | null;
  contractNature?: ContractNature | null;
  durationMonths?: number | null;
  weeklyHours?: number | null;
  workingTime?: WorkingTime | null;
  salaryText?: string | null;
  salaryMin?: number | null;
  salaryPeriod?: ScreenSubject["salaryPeriod"];
  hourlyGross?: number | null;
  experienceLevel?: ScreenSubject["experienceLevel"];
  location?: string | null;
  employerName?: string | null;
  /** Omit it to skip the date check (a draft checked before publication). */
  publishedAt?: string | null;
}

const MAX_FINDINGS_PER_RULE = 3;
const RANK: Record<Severity, number> = { reject: 0, review: 1, info: 2 };

/** The verdict of a list of findings: the most severe one wins; info findings alone accept. */
export const decideVerdict = (findings: readonly Finding[]): Verdict => {
  if (findings.some((f) => f.severity === "reject")) return "reject";
  return findings.some((f) => f.severity === "review") ? "review" : "accept";
};

const findingOf = (rule: Rule, hit: Hit, excerpt: string): Finding => ({
  rule: rule.id,
  article: rule.article,
  severity: rule.severity,
  excerpt,
  explanation: hit.detail === undefined ? rule.explain : `${rule.explain} ${hit.detail}`,
  suggestion: rule.suggest,
});

const screen = (
  title: string,
  text: string,
  extra: readonly string[],
  subject: ScreenSubject,
  ctx: ScreenContext,
): ComplianceResult => {
  const doc = buildDoc(title, text, extra);
  const language = detectLanguage(doc.words);
  const input = { doc, subject, ctx, language };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const hits = rule.detect(input);
    const seen = new Set<string>();
    for (const hit of hits) {
      const excerpt = "excerpt" in hit ? hit.excerpt : excerptOf(doc, hit.start, hit.end);
      if (seen.has(excerpt)) continue;
      seen.add(excerpt);
      findings.push(findingOf(rule, hit, excerpt));
      if (seen.size >= MAX_FINDINGS_PER_RULE) break;
    }
  }
  findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { verdict: decideVerdict(findings), findings, language: language.language };
};

const subjectOfPosting = (posting: NormalizedPosting, ctx: ScreenContext): ScreenSubject => ({
  contractType: posting.contract.type,
  contractNature: posting.contract.nature,
  durationMonths: posting.contract.durationMonths,
  weeklyHours: posting.contract.weeklyHours,
  workingTime: posting.contract.workingTime,
  salaryMin: posting.salary.min,
  salaryPeriod: posting.salary.period,
  hourlyGross: posting.salary.hourlyGross,
  experienceLevel: posting.experience.level,
  locationLabel: posting.location.label,
  employerName: posting.employer.name,
  // A draft without a date is dated by the platform at publication: the date rule is skipped.
  publishedAt: posting.publishedAt ?? posting.updatedAt ?? (ctx.draft ? undefined : null),
});

/** Screen a normalised posting: title, description, salary text and structured fields. */
export const screenPosting = (posting: NormalizedPosting, ctx: ScreenContext): ComplianceResult =>
  screen(
    posting.title,
    posting.description.text,
    [posting.salary.text ?? ""],
    subjectOfPosting(posting, ctx),
    ctx,
  );

/** Screen a bare title and text (the `emploi check` command, POST /compliance/check). */
export const screenText = (input: ScreenTextInput, ctx: ScreenContext): ComplianceResult =>
  screen(input.title, input.text, [input.salaryText ?? ""], subjectOfText(input), ctx);

const subjectOfText = (input: ScreenTextInput): ScreenSubject => ({
  contractType: input.contractType ?? null,
  contractNature: input.contractNature ?? null,
  durationMonths: input.durationMonths ?? null,
  weeklyHours: input.weeklyHours ?? null,
  workingTime: input.workingTime ?? null,
  salaryMin: input.salaryMin ?? null,
  salaryPeriod: input.salaryPeriod ?? null,
  hourlyGross: input.hourlyGross ?? null,
  experienceLevel: input.experienceLevel ?? null,
  locationLabel: input.location ?? null,
  employerName: input.employerName ?? null,
  publishedAt: input.publishedAt,
});
