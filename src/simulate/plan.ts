/**
 * The planning pass: every job of the simulated period is drawn once, its life recorded in a
 * compact table, its copies added to the publishing partners' entry lists, and its ground truth
 * written (jobs, violations). Nothing else is kept: snapshots rebuild postings from job indices.
 */
import { EntryList, FLAG_PRIMARY, FLAG_REPOST, LifeTable } from "./entries.js";
import { buildJob, jobId, type SimJob } from "./job.js";
import { choosePartners, copyParams, type JobLife, lifeOf } from "./lifecycle.js";
import type { MarketContext } from "./market.js";
import type { NdjsonFile } from "./ndjson-file.js";
import { referenceOf } from "./posting-fields.js";
import { mix, Rng } from "./rng.js";

export interface MarketPlan {
  /** Jobs open on day 0. */
  initial: number;
  /** Jobs over the whole period (initial + new ones). */
  total: number;
  /** First job index of each day's new jobs (dayStarts[d] for d ≥ 1; dayStarts[days + 1] = total). */
  dayStarts: number[];
  lives: LifeTable;
  entries: EntryList[];
}

const DAY_MS = 86_400_000;

/** New jobs per day: the stock divided by the mean life (about 33 days), a third of it on weekends. */
export const newJobsPerDay = (seed: number, initial: number, days: number, start: Date): number[] => {
  const rng = new Rng(mix(seed, 0xda75));
  const counts = [0];
  for (let d = 1; d <= days; d++) {
    const weekday = new Date(start.getTime() + d * DAY_MS).getUTCDay();
    const factor = weekday === 0 || weekday === 6 ? 0.35 : 1.25;
    counts.push(Math.round((initial / 33) * factor * (0.9 + rng.next() * 0.2)));
  }
  return counts;
};

/** The life of a job, a multi-location job sharing its anchor's dates. */
const lifeOfJob = (ctx: MarketContext, job: SimJob, createdOn: (index: number) => number | null): JobLife => {
  const anchor = job.relation?.kind === "multi-location" ? job.relation.anchor : job.index;
  return lifeOf(ctx.seed, anchor, createdOn(anchor));
};

const jobRecord = (job: SimJob, life: JobLife, copies: Array<{ partner: string; references: string[] }>) => ({
  id: job.id,
  created: life.created,
  closed: life.closed,
  closeReason: life.reason,
  updated: life.updated,
  validityDays: life.validityDays,
  title: job.seniority ? `${job.forms.both} ${job.seniority}` : job.forms.both,
  appellation: job.appellation.code,
  rome: job.occupation.metier.code,
  employer: {
    name: job.employer.brand,
    siren: job.employer.siren,
    siret: job.siret,
    naf: job.employer.naf.code,
    kind: job.employer.kind,
  },
  client: job.client ? { name: job.client.brand, siren: job.client.siren } : null,
  commune: job.commune.code,
  postalCode: job.commune.postalCodes[0] ?? null,
  remote: job.remote,
  contract: job.contract,
  salary:
    job.pay.min === null ? job.pay.vague : { min: job.pay.min, max: job.pay.max, period: job.pay.period },
  experienceYears: job.experience.years,
  relation: job.relation ? { kind: job.relation.kind, of: jobId(job.relation.anchor) } : null,
  violation: job.violation ? job.violation.rule : null,
  copies,
});

export interface PlanSinks {
  jobs: NdjsonFile;
  violations: NdjsonFile;
}

/** Draw every job of `days + 1` days and fill the partners' entry lists. */
export const planMarket = (
  ctx: MarketContext,
  options: { jobs: number; days: number; start: Date },
  sinks: PlanSinks,
  progress: (done: number, total: number) => void,
): MarketPlan => {
  const perDay = newJobsPerDay(ctx.seed, options.jobs, options.days, options.start);
  const dayStarts = [0, options.jobs];
  for (let d = 1; d <= options.days; d++) dayStarts.push((dayStarts[d] ?? 0) + (perDay[d] ?? 0));
  const total = dayStarts[options.days + 1] ?? options.jobs;
  const createdOn = (index: number): number | null => {
    if (index < options.jobs) return null;
    let d = 1;
    while ((dayStarts[d + 1] ?? total) <= index) d++;
    return d;
  };
  const lives = new LifeTable(total);
  const entries = ctx.partners.map(() => new EntryList());
  for (let index = 0; index < total; index++) {
    const job = buildJob(ctx, index);
    const life = lifeOfJob(ctx, job, createdOn);
    lives.created[index] = life.created;
    lives.closed[index] = life.closed;
    lives.updated[index] = life.updated ?? LifeTable.NO_DAY;
    lives.validity[index] = life.validityDays;
    lives.filled[index] = life.reason === "filled" ? 1 : 0;
    const copies: Array<{ partner: string; references: string[] }> = [];
    for (const [p, primary] of choosePartners(ctx, job)) {
      const partner = ctx.partners[p];
      const list = entries[p];
      if (!partner || !list) continue;
      const params = copyParams(ctx.seed, index, partner, primary);
      const from = life.created + params.lag;
      const to = life.closed + params.stale;
      const flags = primary ? FLAG_PRIMARY : 0;
      const references = [referenceOf(partner, index, 0)];
      const repostDay = params.repostAfter === null ? null : from + params.repostAfter;
      if (repostDay !== null && repostDay < to) {
        list.push(index, from, Math.min(to, repostDay + params.overlap), flags);
        list.push(index, repostDay, to, flags | FLAG_REPOST);
        references.push(referenceOf(partner, index, 1));
      } else {
        list.push(index, from, to, flags);
      }
      copies.push({ partner: partner.slug, references });
    }
    sinks.jobs.write(jobRecord(job, life, copies));
    if (job.violation) sinks.violations.write({ jobId: job.id, ...job.violation });
    if ((index & 0x3fff) === 0) progress(index, total);
  }
  return { initial: options.jobs, total, dayStarts, lives, entries };
};
