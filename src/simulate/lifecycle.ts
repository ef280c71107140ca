/**
 * Time and cross-posting. A job lives from its creation day until it is filled or its validity
 * ends (30, 45 or 60 days); the initial market holds jobs of every age. Each job is published by
 * 1 to 8 partners (about 60 % by one only): its employer's own site or ATS first, then boards and
 * aggregators chosen by size and audience. Each copy appears a little late on some boards, lingers
 * after the job closes on others, and is sometimes reposted under a new reference.
 */
import type { SimJob } from "./job.js";
import type { MarketContext } from "./market.js";
import { atsOf } from "./market.js";
import type { PartnerPlan } from "./partners.js";
import { mix, pickWeighted, Rng } from "./rng.js";

export interface JobLife {
  /** Day the employer publishes (negative for the initial market). */
  created: number;
  /** First day the job is no longer open. */
  closed: number;
  reason: "filled" | "expired";
  /** Day of the employer's update, or null. */
  updated: number | null;
  validityDays: number;
}

/** Copies per job: about 60 % once, a tail to 8 (mean about 1.65). */
export const COPIES: readonly (readonly [number, number])[] = [
  [1, 60],
  [2, 27],
  [3, 7],
  [4, 3],
  [5, 1.5],
  [6, 0.8],
  [7, 0.4],
  [8, 0.3],
];

/** The life of a job created on `createdOn` (null: part of the initial market, of any age). */
export const lifeOf = (seed: number, index: number, createdOn: number | null): JobLife => {
  const rng = new Rng(mix(seed, 0x11fe, index));
  const validityDays = pickWeighted(rng, [
    [30, 40],
    [45, 20],
    [60, 40],
  ] as const);
  const filled = rng.chance(0.55);
  const length = filled ? rng.between(3, validityDays - 1) : validityDays;
  const created = createdOn ?? -rng.int(length);
  const updated = rng.chance(0.15) && length > 2 ? created + rng.between(1, length - 1) : null;
  return { created, closed: created + length, reason: filled ? "filled" : "expired", updated, validityDays };
};

/** How one partner handles one job: all drawn from (job, partner), so any pass finds the same values. */
export interface CopyParams {
  lag: number;
  stale: number;
  /** Days after the copy appears before the partner reposts it under a new reference, or null. */
  repostAfter: number | null;
  /** Days both references stay online together after a repost. */
  overlap: number;
  rewrite: boolean;
  omitSalary: boolean;
  omitEmployer: boolean;
  omitPostalCode: boolean;
  trimmed: boolean;
  employerVariant: number;
  hour: number;
}

export const copyParams = (seed: number, job: number, partner: PartnerPlan, primary: boolean): CopyParams => {
  const rng = new Rng(mix(seed, 0xc0, job, partner.index));
  const lag = primary ? 0 : rng.int(partner.maxLag + 1);
  const stale = rng.int(partner.maxStale + 1);
  const repost = rng.chance(partner.repostRate);
  const repostAfter = rng.between(7, 30);
  const overlap = rng.chance(0.3) ? rng.between(1, 7) : 0;
  return {
    lag,
    stale,
    repostAfter: repost ? repostAfter : null,
    overlap,
    rewrite: rng.chance(partner.rewriteRate),
    omitSalary: rng.chance(partner.omits.salary),
    omitEmployer: rng.chance(partner.omits.employer),
    omitPostalCode: rng.chance(partner.omits.postalCode),
    trimmed: partner.kind !== "employer" && rng.chance(0.2),
    employerVariant: rng.chance(0.6) ? 0 : 1 + rng.int(4),
    hour: 6 + rng.int(14),
  };
};

const focusFactor = (p: PartnerPlan, job: SimJob): number => {
  switch (p.focus) {
    case null:
      return 1;
    case "cadre":
      return job.cadre ? 4 : 0.05;
    case "young":
      return job.contract.code === "APP" || job.contract.code === "PRO" || job.experience.years === 0
        ? 4
        : 0.2;
    case "local":
      return !job.employer.national && !job.cadre ? 2 : 0.5;
    case "regions":
      return p.regions?.includes(job.commune.region) ? 5 : 0.05;
    default:
      return p.focus === job.sector.letter ? 5 : 0.1;
  }
};

/** The partners publishing a job, the employer's own channel first. Returns [partner index, primary]. */
export const choosePartners = (ctx: MarketContext, job: SimJob): Array<[number, boolean]> => {
  const rng = new Rng(mix(ctx.seed, 0xc095, job.index));
  const count = pickWeighted(rng, COPIES);
  const chosen: Array<[number, boolean]> = [];
  const own = ctx.employerPartner.get(job.employer.id) ?? atsOf(ctx, job.employer);
  if (own >= 0) chosen.push([own, true]);
  const weights = ctx.boards.map((i) => {
    const p = ctx.partners[i] as PartnerPlan;
    return p.weight * focusFactor(p, job);
  });
  let total = weights.reduce((a, b) => a + b, 0);
  while (chosen.length < count && total > 0) {
    let target = rng.next() * total;
    let pick = weights.length - 1;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i] ?? 0;
      if (target < 0) {
        pick = i;
        break;
      }
    }
    total -= weights[pick] ?? 0;
    weights[pick] = 0;
    chosen.push([ctx.boards[pick] ?? 0, chosen.length === 0]);
  }
  return chosen;
};
