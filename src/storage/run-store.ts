import type { Kysely } from "kysely";
import type { Database, RunRow } from "./database.js";

/** Counters of one ingestion run (also the CLI's JSON summary line). */
export interface RunCounts {
  received: number;
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
  review: number;
  duplicates: number;
  closed: number;
  errors: number;
}

export const emptyCounts = (): RunCounts => ({
  received: 0,
  new: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  review: 0,
  duplicates: 0,
  closed: 0,
  errors: 0,
});

export interface RecordError {
  reference: string | null;
  position: string;
  reason: string;
}

/** `not_modified`: a scheduled pull answered 304, nothing was read. */
export type RunStatus = "running" | "succeeded" | "partial" | "failed" | "not_modified";

export type RunTrigger = "cli" | "schedule" | "push";

export const startRun = async (
  db: Kysely<Database>,
  partnerId: number,
  sources: readonly string[],
  now: string,
  trigger: RunTrigger = "cli",
): Promise<number> => {
  const row = await db
    .insertInto("ingestion_runs")
    .values({
      partner_id: partnerId,
      started_at: now,
      status: "running",
      sources: JSON.stringify(sources),
      trigger,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
};

export interface RunOutcome {
  status: RunStatus;
  counts: RunCounts;
  closeSkippedReason: string | null;
  message: string | null;
  recordErrors: readonly RecordError[];
}

export const finishRun = async (db: Kysely<Database>, runId: number, outcome: RunOutcome, now: string) => {
  await db
    .updateTable("ingestion_runs")
    .set({
      ...outcome.counts,
      status: outcome.status,
      finished_at: now,
      close_skipped_reason: outcome.closeSkippedReason,
      message: outcome.message,
      record_errors: JSON.stringify(outcome.recordErrors),
    })
    .where("id", "=", runId)
    .execute();
};

/** A run that read nothing (a 304, or a feed that could not be opened), recorded whole. */
export interface BareRun {
  partnerId: number;
  sources: readonly string[];
  trigger: RunTrigger;
  status: "not_modified" | "failed";
  startedAt: string;
  finishedAt: string;
  message: string | null;
}

export const recordBareRun = async (db: Kysely<Database>, run: BareRun): Promise<number> => {
  const row = await db
    .insertInto("ingestion_runs")
    .values({
      partner_id: run.partnerId,
      started_at: run.startedAt,
      finished_at: run.finishedAt,
      status: run.status,
      sources: JSON.stringify(run.sources),
      trigger: run.trigger,
      message: run.message,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
};

/**
 * Mark runs left `running` by a process that died as failed (nothing of theirs was closed).
 * Only for the given trigger: a scheduler restarting must not touch a CLI run in progress.
 */
export const failInterruptedRuns = async (
  db: Kysely<Database>,
  trigger: RunTrigger,
  now: string,
): Promise<number> => {
  const result = await db
    .updateTable("ingestion_runs")
    .set({
      status: "failed",
      finished_at: now,
      message: "interrompu : le processus s'est arrêté pendant la lecture",
    })
    .where("status", "=", "running")
    .where("trigger", "=", trigger)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
};

export const listRuns = (db: Kysely<Database>, partnerId?: number, limit = 50): Promise<RunRow[]> => {
  let query = db.selectFrom("ingestion_runs").selectAll().orderBy("id", "desc").limit(limit);
  if (partnerId !== undefined) query = query.where("partner_id", "=", partnerId);
  return query.execute();
};

/** A run with its partner's slug, for the CLI and the API. */
export type RunWithPartner = RunRow & { partner: string };

export const listRunsWithPartner = (
  db: Kysely<Database>,
  filter: { partner?: string; limit?: number } = {},
): Promise<RunWithPartner[]> => {
  let query = db
    .selectFrom("ingestion_runs as r")
    .innerJoin("partners as p", "p.id", "r.partner_id")
    .selectAll("r")
    .select("p.slug as partner")
    .orderBy("r.id", "desc")
    .limit(filter.limit ?? 50);
  if (filter.partner !== undefined) query = query.where("p.slug", "=", filter.partner);
  return query.execute();
};
