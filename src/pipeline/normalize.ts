import type { RawPosting } from "../ingest/raw-posting.js";
import { parseContract } from "../offer/contract.js";
import { parseExperience } from "../offer/experience.js";
import type { Employer, NormalizedPosting } from "../offer/offer.js";
import { parseQualification } from "../offer/qualification.js";
import { parseSalary } from "../offer/salary.js";
import { normalizeSiret } from "../offer/siret.js";
import type { GeoIndex } from "../referentials/geo.js";
import type { RomeIndex } from "../referentials/rome.js";
import { squash } from "../text/fold.js";
import { resolveRome } from "./classify.js";
import { parseDate } from "./dates.js";
import { resolveLocation } from "./geocode.js";
import { cleanDescription, htmlToText } from "./html.js";

/** What the normalisation stages need besides the posting: référentiels, the partner, the clock. */
export interface PipelineContext {
  readonly geo: GeoIndex;
  readonly rome: RomeIndex;
  readonly now: Date;
  readonly partner: {
    readonly slug: string;
    /** Whether the partner's employers agreed to show their names (a posting can still opt out). */
    readonly employersShowName: boolean;
    /** The partner's date format when it is not self-describing (e.g. "DD/MM/YYYY"). */
    readonly dateFormat?: string;
  };
}

/** A posting that cannot become an offer, with the reason in French. */
export interface Malformed {
  readonly malformed: true;
  readonly reason: string;
}

const YES = /^(1|true|oui|yes|y|o|vrai)$/i;

const employerOf = (raw: RawPosting, ctx: PipelineContext): Employer => {
  const name = squash(htmlToText(raw.employer?.name ?? "")) || null;
  const anonymous = YES.test((raw.employer?.anonymous ?? "").trim());
  return {
    name,
    siret: normalizeSiret(raw.employer?.siret),
    showName: ctx.partner.employersShowName && !anonymous && name !== null,
    description: raw.employer?.description ? htmlToText(raw.employer.description) || null : null,
  };
};

/** Turn a mapped partner record into a normalised posting, or say why it is unusable. */
export const normalizePosting = (
  raw: RawPosting,
  contentHash: string,
  ctx: PipelineContext,
): NormalizedPosting | Malformed => {
  // Emoji lost upstream arrive as runs of "?" or U+FFFD at the start of titles.
  const title = squash(htmlToText(raw.title ?? "")).replace(/^[?\uFFFD]{2,}\s*/, "");
  if (title === "") return { malformed: true, reason: "intitulé manquant" };
  const description = cleanDescription(raw.description ?? "");
  if (description.text.trim() === "") return { malformed: true, reason: "description manquante" };
  const contract = parseContract(raw.contract, title);
  const dateOptions = { format: ctx.partner.dateFormat, now: ctx.now };
  const publishedAt = parseDate(raw.publishedAt, dateOptions);
  return {
    partner: ctx.partner.slug,
    reference: raw.reference,
    url: raw.url?.trim() || null,
    title,
    description,
    employer: employerOf(raw, ctx),
    location: resolveLocation(raw.location, ctx.geo, `${title}\n${description.text}`),
    contract,
    salary: parseSalary(raw.salary, {
      weeklyHours: contract.weeklyHours,
      workingTime: contract.workingTime,
      at: publishedAt ? new Date(publishedAt) : ctx.now,
    }),
    rome: resolveRome(raw.rome, title, ctx.rome),
    experience: parseExperience(raw.experience),
    qualification: parseQualification(raw.qualification),
    publishedAt,
    updatedAt: parseDate(raw.updatedAt, dateOptions),
    expiresAt: parseDate(raw.expiresAt, dateOptions),
    contentHash,
  };
};

export const isMalformed = (value: NormalizedPosting | Malformed): value is Malformed => "malformed" in value;
