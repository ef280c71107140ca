/** The end of a pull: the partner's new pull state, and the result handed back. */
import type { FeedSource } from "../ingest/source.js";
import type { Store } from "../storage/connect.js";
import type { PartnerRow } from "../storage/database.js";
import type { IngestReport } from "../storage/snapshot.js";
import { type PullState, savePullState } from "./pull-store.js";
import { type BackoffPolicy, nextAttemptAt, type PullOutcome } from "./schedule.js";

/** What one pull did. */
export interface PullResult {
  partner: string;
  status: PullOutcome;
  /** HTTP attempts made (0 when the partner's mapping could not be resolved). */
  attempts: number;
  /** Every run recorded by this pull: failed attempts, then the snapshot or the 304. */
  runIds: number[];
  /** The snapshot's report when the feed was read. */
  report: IngestReport | null;
  message: string | null;
  /** When the scheduler will pull this partner again (null: as soon as it runs again). */
  nextAttemptAt: string | null;
}

export interface PullEnd {
  partner: PartnerRow;
  previous: PullState | undefined;
  started: Date;
  runIds: number[];
  /** Stopped by the scheduler: not the partner's fault, not counted as a failure. */
  aborted: boolean;
  status: PullOutcome;
  attempts: number;
  message?: string | null;
  retryAfterMs?: number | null;
  source?: FeedSource;
  report?: IngestReport;
}

interface OutcomeDeps {
  store: Store;
  now: () => Date;
  random?: () => number;
  backoff?: BackoffPolicy;
}

/**
 * Validators are kept only from a complete and trusted read: after a snapshot that closed
 * nothing because it looked suspicious, the next pull must read the feed again, not get a 304.
 */
const validators = (end: PullEnd): Pick<PullState, "etag" | "last_modified"> => {
  const previous = { etag: end.previous?.etag ?? null, last_modified: end.previous?.last_modified ?? null };
  if (end.status === "failed" || !end.source) return previous;
  if (end.status === "not_modified") {
    return {
      etag: end.source.etag ?? previous.etag,
      last_modified: end.source.lastModified ?? previous.last_modified,
    };
  }
  if (end.report?.close_skipped_reason) return { etag: null, last_modified: null };
  return { etag: end.source.etag, last_modified: end.source.lastModified };
};

/** Save the partner's pull state and build the result. */
export const finishPull = async (deps: OutcomeDeps, end: PullEnd): Promise<PullResult> => {
  const finished = deps.now();
  const failed = end.status === "failed";
  const before = end.previous?.consecutive_failures ?? 0;
  const failures = failed ? before + (end.aborted ? 0 : 1) : 0;
  const next = end.aborted
    ? null
    : nextAttemptAt(
        end.status,
        { started: end.started, finished },
        end.partner.cadence_minutes,
        failures,
        deps.random ?? Math.random,
        end.retryAfterMs ?? null,
        deps.backoff,
      ).toISOString();
  await savePullState(deps.store.db, {
    partner_id: end.partner.id,
    ...validators(end),
    last_attempt_at: end.started.toISOString(),
    last_success_at: failed ? (end.previous?.last_success_at ?? null) : finished.toISOString(),
    next_attempt_at: next,
    consecutive_failures: failures,
    last_status: end.status,
    last_error: failed ? (end.message ?? null) : null,
  });
  return {
    partner: end.partner.slug,
    status: end.status,
    attempts: end.attempts,
    runIds: end.runIds,
    report: end.report ?? null,
    message: end.message ?? null,
    nextAttemptAt: next,
  };
};
