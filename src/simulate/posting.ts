/**
 * One partner's copy of one job on one day: the partner's title habit and rewrites, its way of
 * rendering, cutting and signing the description, of giving the place, the contract, the pay and
 * the employer, its dates and its reference. Returns the posting and its ground truth.
 */
import { contractLabel, experienceLabel, type JobContractCode } from "./contracts.js";
import {
  composeDescription,
  composeEnglishDescription,
  type DescriptionInput,
  type Section,
} from "./description.js";
import type { SimJob } from "./job.js";
import type { CopyParams, JobLife } from "./lifecycle.js";
import type { MarketContext } from "./market.js";
import type { PartnerPlan } from "./partners.js";
import { type JobPay, payText } from "./pay.js";
import { copyEmployer, copyLocation, referenceOf } from "./posting-fields.js";
import { type PostingTruth, truthOf } from "./posting-truth.js";
import { renderDescription } from "./render.js";
import { mix, Rng } from "./rng.js";
import { baseTitle, styleTitle, titleForms } from "./titles.js";
import type { SimPosting } from "./types.js";

const DAY_MS = 86_400_000;
const SHORT_CONTRACT: Record<JobContractCode, string> = {
  CDI: "CDI",
  CDD: "CDD",
  MIS: "Intérim",
  SAI: "Saisonnier",
  APP: "Alternance",
  PRO: "Alternance",
  LIB: "Freelance",
  FRA: "Franchise",
};

const scalePay = (pay: JobPay, factor: number): JobPay =>
  pay.min === null
    ? pay
    : {
        ...pay,
        min: Math.round(pay.min * factor * 100) / 100,
        max: pay.max === null ? null : Math.round(pay.max * factor * 100) / 100,
      };

export interface PostingInput {
  ctx: MarketContext;
  job: SimJob;
  life: JobLife;
  partner: PartnerPlan;
  params: CopyParams;
  primary: boolean;
  refNo: number;
  day: number;
  start: Date;
}

const sectionsOf = (input: PostingInput, pay: JobPay, updated: boolean): Section[] => {
  const { ctx, job } = input;
  const e = job.employer;
  const payWords = payText(pay, "board", new Rng(job.textSeed ^ 0x5a1));
  const d: DescriptionInput = {
    rng: new Rng(job.textSeed),
    template: new Rng(job.templateSeed),
    brand: e.brand,
    kind: e.kind,
    national: e.national,
    anonymous: job.violation?.kind === "employer",
    activity: (job.client ?? e).naf.label,
    workforce: e.workforce.label,
    client: job.client?.brand ?? null,
    title: job.forms.masculine,
    city: job.commune.name,
    departement: job.commune.departement,
    occupation: job.occupation,
    softSkills: ctx.data.softSkills,
    contractLabel: contractLabel(job.contract, "ft"),
    contract: job.contract,
    experience: job.experience,
    payText: payWords,
    remote: job.remote,
    violation: job.violation?.kind === "text" ? job.violation.excerpt : null,
  };
  const sections = job.violation?.kind === "language" ? composeEnglishDescription(d) : composeDescription(d);
  if (updated) {
    const line = "Mise à jour : poste toujours à pourvoir, démarrage rapide.";
    sections.splice(1, 0, { role: "update", heading: null, paragraphs: [line], bullets: [] });
  }
  return sections;
};

/** The posting a partner publishes for a job on a day, with its truth. */
export const buildPosting = (input: PostingInput): { posting: SimPosting; truth: PostingTruth } => {
  const { job, life, partner: p, params, day, start } = input;
  const variants: string[] = [];
  const rng = new Rng(mix(input.ctx.seed, 0x9057, job.index, p.index));
  const visibleFrom = life.created + params.lag + (input.refNo > 0 ? (params.repostAfter ?? 0) : 0);
  const updated = life.updated !== null && day >= life.updated + params.lag;
  const pay = updated && job.pay.min !== null ? scalePay(job.pay, 1.03) : job.pay;
  // Title: the employer's, or another appellation of the métier when the board rewrites it.
  let forms = job.forms;
  if (params.rewrite && job.occupation.appellations.length > 1) {
    const other = rng.pick(job.occupation.appellations.filter((a) => a.code !== job.appellation.code));
    forms = titleForms(other);
    variants.push("title-rewritten");
  }
  const titleInput = {
    forms,
    seniority: job.seniority,
    contractWord: SHORT_CONTRACT[job.contract.code],
    workStudy: job.contract.code === "APP" || job.contract.code === "PRO",
  };
  let title =
    job.violation?.kind === "title"
      ? job.violation.excerpt
      : styleTitle(baseTitle(titleInput, p.titleStyle === "plain"), titleInput, p.titleStyle);
  if (p.kind !== "employer" && rng.chance(0.08)) {
    title = `${title} - ${job.commune.name}`;
    variants.push("title-city");
  }
  const sections = sectionsOf(input, pay, updated);
  const kept = params.trimmed
    ? sections.filter((s) => s.role !== "benefits" && s.role !== "closing")
    : sections;
  if (params.trimmed) variants.push("description-trimmed");
  if (p.truncateAt !== null) variants.push("description-truncated");
  if (p.boilerplate) variants.push("boilerplate");
  if (p.renderStyle !== "html-lists") variants.push(`description-${p.renderStyle}`);
  const descriptionHtml = renderDescription(kept, p.renderStyle, p.truncateAt, p.boilerplate);
  const employer = copyEmployer(job, p, params, variants);
  // A fully remote job's copy may give no place, unless the vacancy has several sites (the draw is
  // made either way, so that the rest of the copy does not depend on it).
  const placeless = rng.chance(0.5) && !job.sites;
  const location = copyLocation(job, p, params, placeless, variants);
  // Pay.
  const payWords = params.omitSalary ? null : payText(pay, p.payWording, rng);
  if (params.omitSalary && (pay.min !== null || pay.vague !== null)) variants.push("salary-omitted");
  const salary =
    payWords === null ? null : { text: payWords, min: pay.min, max: pay.max, period: pay.period };
  // Dates.
  // An hour from the copy's habits, then minutes, seconds and milliseconds (feeds write them).
  const hourMs = params.hour * 3_600_000 + rng.int(3_600_000);
  const dated = job.violation?.kind !== "date";
  const publishedAt = dated ? new Date(start.getTime() + visibleFrom * DAY_MS + hourMs) : null;
  if (params.lag > 0) variants.push("date-shifted");
  if (input.refNo > 0) variants.push("repost");
  const reference = referenceOf(p, job.index, input.refNo);
  const posting: SimPosting = {
    partner: p.slug,
    reference,
    url: `https://${p.host}/offres/${reference}`,
    title,
    descriptionHtml,
    employer,
    location,
    contract: {
      type: contractLabel(job.contract, p.contractWording),
      durationMonths: job.contract.durationMonths,
      workingTime: job.contract.workingTime,
      weeklyHours: job.contract.weeklyHours,
    },
    salary,
    rome:
      p.kind === "ats" || p.kind === "employer"
        ? { code: job.occupation.metier.code, appellationCode: job.appellation.code }
        : { code: null, appellationCode: null },
    experience: rng.chance(0.7) ? experienceLabel(job.experience, rng) : null,
    publishedAt,
    updatedAt:
      updated && dated
        ? new Date(start.getTime() + ((life.updated ?? 0) + params.lag) * DAY_MS + hourMs)
        : publishedAt,
    expiresAt:
      p.kind === "aggregator" || !dated
        ? null
        : new Date(start.getTime() + (life.created + life.validityDays) * DAY_MS),
  };
  return {
    posting,
    truth: truthOf(posting, job, {
      format: p.format,
      variants,
      html: descriptionHtml,
      params,
      day,
      smicHourly: input.ctx.smicHourly,
    }),
  };
};
