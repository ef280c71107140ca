/**
 * Snapshot writing in two shards of partners, so that two threads can share it. The output does
 * not depend on the number of threads: partners always fall in the same shard, each shard writes
 * its own part of the postings truth, and the parts are joined in shard order at the end.
 */
import { join } from "node:path";
import { EntryList, LifeTable } from "./entries.js";
import type { MarketContext } from "./market.js";
import { NdjsonFile } from "./ndjson-file.js";
import { type PartnerPlan, publicPartner, snapshotsOn } from "./partners.js";
import type { MarketPlan } from "./plan.js";
import { snapshotPostings } from "./snapshots.js";
import type { SimFormat, SnapshotWriter } from "./types.js";

export const SHARDS = 2;

/** One written snapshot. */
export interface ShardSnapshot {
  day: number;
  partner: number;
  files: string[];
  postings: number;
}

/** Partners of each shard: heaviest first (entries × snapshot days) onto the lighter shard. */
export const assignShards = (
  partners: readonly PartnerPlan[],
  plan: MarketPlan,
  days: number,
): number[][] => {
  const weight = (p: PartnerPlan) => {
    let snapshots = 0;
    for (let d = 0; d <= days; d++) if (snapshotsOn(p, d)) snapshots++;
    return (plan.entries[p.index]?.length ?? 0) * snapshots;
  };
  const order = [...partners].sort((a, b) => weight(b) - weight(a) || a.index - b.index);
  const shards: number[][] = Array.from({ length: SHARDS }, () => []);
  const load = new Array<number>(SHARDS).fill(0);
  for (const p of order) {
    const s = load.indexOf(Math.min(...load));
    shards[s]?.push(p.index);
    load[s] = (load[s] ?? 0) + weight(p);
  }
  return shards.map((list) => list.sort((a, b) => a - b));
};

export const dayFolder = (day: number): string => `day-${String(day).padStart(3, "0")}`;

export const truthPart = (out: string, shard: number): string => join(out, "truth", `postings.${shard}.part`);

export interface ShardJob {
  ctx: MarketContext;
  plan: MarketPlan;
  partners: readonly number[];
  shard: number;
  out: string;
  days: number;
  start: Date;
  writerFor: (format: SimFormat) => SnapshotWriter;
  progress: (text: string) => void;
}

/** Write every snapshot of a shard's partners, day by day; returns what was written. */
export const writeShard = async (job: ShardJob): Promise<ShardSnapshot[]> => {
  const { ctx, plan, out } = job;
  const truth = new NdjsonFile(truthPart(out, job.shard));
  const written: ShardSnapshot[] = [];
  try {
    for (let day = 0; day <= job.days; day++) {
      for (const index of job.partners) {
        const partner = ctx.partners[index];
        if (!partner || !snapshotsOn(partner, day)) continue;
        const folder = join(out, "partners", partner.slug, dayFolder(day));
        const counter = { postings: 0 };
        const postings = snapshotPostings(ctx, plan, partner, day, job.start, truth, counter);
        const files = await job.writerFor(partner.format)(publicPartner(partner), postings, folder);
        written.push({ day, partner: index, files, postings: counter.postings });
        job.progress(`jour ${day}/${job.days} · ${partner.slug} : ${counter.postings} annonces`);
      }
    }
  } finally {
    truth.close();
  }
  return written;
};

/** What a worker thread needs of the plan for its partners (typed arrays, cheap to copy). */
export interface PlanMessage {
  initial: number;
  total: number;
  dayStarts: number[];
  lives: {
    created: Int16Array;
    closed: Int16Array;
    updated: Int16Array;
    validity: Uint8Array;
    filled: Uint8Array;
  };
  entries: Array<{ partner: number; lists: ReturnType<EntryList["arrays"]> }>;
}

export const planMessage = (plan: MarketPlan, partners: readonly number[]): PlanMessage => ({
  initial: plan.initial,
  total: plan.total,
  dayStarts: plan.dayStarts,
  lives: plan.lives,
  entries: partners.map((partner) => ({
    partner,
    lists: (plan.entries[partner] ?? new EntryList()).arrays(),
  })),
});

export const planFromMessage = (message: PlanMessage, partnerCount: number): MarketPlan => {
  const entries = Array.from({ length: partnerCount }, () => new EntryList());
  for (const { partner, lists } of message.entries) entries[partner] = EntryList.of(lists);
  return {
    initial: message.initial,
    total: message.total,
    dayStarts: message.dayStarts,
    lives: new LifeTable(message.total, message.lives),
    entries,
  };
};
