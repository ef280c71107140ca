/**
 * Streams a partner's snapshot of a day: every entry online that day is rebuilt into a posting
 * (job, life, copy habits), and its truth is written the first time the reference appears.
 * Lifecycle events (created, updated, filled, expired, reposted) are derived from the same plan.
 */
import { FLAG_PRIMARY, FLAG_REPOST, FLAG_TRUTH, LifeTable } from "./entries.js";
import { buildJob, jobId } from "./job.js";
import { copyParams, type JobLife } from "./lifecycle.js";
import type { MarketContext } from "./market.js";
import type { NdjsonFile } from "./ndjson-file.js";
import type { PartnerPlan } from "./partners.js";
import type { MarketPlan } from "./plan.js";
import { buildPosting } from "./posting.js";
import { referenceOf } from "./posting-fields.js";
import type { SimPosting } from "./types.js";

const lifeAt = (lives: LifeTable, index: number): JobLife => {
  const updated = lives.updated[index] ?? LifeTable.NO_DAY;
  return {
    created: lives.created[index] ?? 0,
    closed: lives.closed[index] ?? 0,
    reason: lives.filled[index] === 1 ? "filled" : "expired",
    updated: updated === LifeTable.NO_DAY ? null : updated,
    validityDays: lives.validity[index] ?? 30,
  };
};

export interface SnapshotCounter {
  postings: number;
}

/** The postings of `partner` online on `day`, in job order. */
export function* snapshotPostings(
  ctx: MarketContext,
  plan: MarketPlan,
  partner: PartnerPlan,
  day: number,
  start: Date,
  truth: NdjsonFile,
  counter: SnapshotCounter,
): Generator<SimPosting> {
  const list = plan.entries[partner.index];
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    if (!list.online(i, day)) continue;
    const index = list.job[i] ?? 0;
    const flags = list.flags[i] ?? 0;
    const primary = (flags & FLAG_PRIMARY) !== 0;
    const { posting, truth: record } = buildPosting({
      ctx,
      job: buildJob(ctx, index),
      life: lifeAt(plan.lives, index),
      partner,
      params: copyParams(ctx.seed, index, partner, primary),
      primary,
      refNo: flags & FLAG_REPOST,
      day,
      start,
    });
    if ((flags & FLAG_TRUTH) === 0) {
      truth.write(record);
      list.flags[i] = flags | FLAG_TRUTH;
    }
    counter.postings++;
    yield posting;
  }
}

/** Lifecycle events of day `day`: jobs created, updated, filled or expired, postings reposted. */
export const writeEvents = (ctx: MarketContext, plan: MarketPlan, day: number, out: NdjsonFile): void => {
  const { lives } = plan;
  for (let index = 0; index < plan.total; index++) {
    const id = jobId(index);
    if (lives.created[index] === day) out.write({ day, type: "created", jobId: id });
    if (lives.updated[index] === day) out.write({ day, type: "updated", jobId: id });
    if (lives.closed[index] === day)
      out.write({ day, type: lives.filled[index] === 1 ? "filled" : "expired", jobId: id });
  }
  ctx.partners.forEach((partner, p) => {
    const list = plan.entries[p];
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      if ((list.flags[i] ?? 0) & FLAG_REPOST && list.from[i] === day) {
        const index = list.job[i] ?? 0;
        out.write({
          day,
          type: "reposted",
          jobId: jobId(index),
          partner: partner.slug,
          reference: referenceOf(partner, index, 1),
          previous: referenceOf(partner, index, 0),
        });
      }
    }
  });
};
