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

export type RunStatus = "running" | "succeeded" | "partial" | "failed";

export const startRun = async (
  db: Kysely<Database>,
  partnerId: number,
  sources: readonly string[],
  now: string,
  trigger: "cli" | "schedule" | "push" = "cli",
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

export const listRuns = (db: Kysely<Database>, partnerId?: number, limit = 50): Promise<RunRow[]> => {
  let query = db.selectFrom("ingestion_runs").selectAll().orderBy("id", "desc").limit(limit);
  if (partnerId !== undefined) query = query.where("partner_id", "=", partnerId);
  return query.execute();
};
