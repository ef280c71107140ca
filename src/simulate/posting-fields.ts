/**
 * Fields of a partner's copy that depend on the partner's habits: its reference, how it names the
 * employer (variants, omission, anonymity) and how it gives the place.
 */

import { employerNameVariant } from "./employers.js";
import type { SimJob } from "./job.js";
import type { CopyParams } from "./lifecycle.js";
import type { PartnerPlan } from "./partners.js";
import type { SimPosting } from "./types.js";

/** The partner's reference for the n-th publication of a job (a bijection of job and n: never shared). */
export const referenceOf = (partner: PartnerPlan, job: number, n: number): string => {
  const code = Math.imul((job * 4 + n) ^ (partner.index * 0x2545f491), 0x9e3779b1) >>> 0;
  if (partner.referenceStyle === "numeric") return String(code);
  if (partner.referenceStyle === "hex") return code.toString(16).padStart(8, "0");
  return `${partner.referencePrefix}-${code.toString(36).toUpperCase()}`;
};

/** The employer as the copy names it; records the variant applied. */
export const copyEmployer = (
  job: SimJob,
  p: PartnerPlan,
  params: CopyParams,
  variants: string[],
): SimPosting["employer"] => {
  const e = job.employer;
  const hidden = job.violation?.kind === "employer" || params.omitEmployer;
  const name = employerNameVariant(e, job.commune.name, params.employerVariant);
  if (name !== e.brand && !hidden && p.employersShowName) variants.push("employer-variant");
  if (params.omitEmployer) variants.push("employer-omitted");
  if (!p.employersShowName) variants.push("employer-anonymous");
  // An anonymous offer still names its employer to the platform (C. trav. L5332-2): the name and
  // SIRET travel in the feed, flagged anonymous (or the partner's mapping says not to show names).
  return hidden
    ? { name: null, siret: null, anonymous: false }
    : { name, siret: job.siret, anonymous: !p.employersShowName };
};

/** The place as the copy gives it (city, postal code, both, INSEE code, coordinates, or nothing when fully remote). */
export const copyLocation = (
  job: SimJob,
  p: PartnerPlan,
  params: CopyParams,
  placeless: boolean,
  variants: string[],
): SimPosting["location"] => {
  const c = job.commune;
  const postalCode = params.omitPostalCode ? null : (c.postalCodes[0] ?? null);
  const style = job.remote === "full" && placeless ? "remote" : p.location;
  if (params.omitPostalCode || style === "city") variants.push("location-city-only");
  if (style === "postal" && postalCode) variants.push("location-postal-code-only");
  return {
    city: style === "postal" && postalCode ? null : style === "remote" ? null : c.name,
    postalCode: style === "city" || style === "remote" ? null : postalCode,
    commune: style === "insee" ? c.code : null,
    departement: style === "both" || style === "insee" ? c.departement : null,
    region: style === "remote" ? null : style === "coordinates" ? c.region : null,
    lat: style === "coordinates" ? c.lat : null,
    lon: style === "coordinates" ? c.lon : null,
    remote: p.kind === "aggregator" ? null : job.remote,
  };
};
