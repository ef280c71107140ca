/**
 * Pure scheduling decisions: which partners are due, how long to wait after failures, when to
 * try again. Time is passed in; randomness (jitter) is injected so tests are exact.
 */
import { isAppError } from "../errors.js";

/** What the scheduler needs to know of a partner and of its last pulls. */
export interface PullCandidate {
  id: number;
  slug: string;
  feed_url: string | null;
  cadence_minutes: number | null;
  enabled: number;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  consecutive_failures: number | null;
}

/** Exponential backoff: `baseMs × 2^(n-1)`, capped, with "equal jitter" (half fixed, half random). */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/** Between two scheduled pulls of a failing partner: 1 min, 2, 4 … up to 6 h. */
export const FAILURE_BACKOFF: BackoffPolicy = { baseMs: 60_000, capMs: 6 * 3600_000 };

/** Within one pull, between attempts on a transient error: 1 s, 2 s, 4 s … (3 attempts in all). */
export interface RetryPolicy extends BackoffPolicy {
  attempts: number;
  /** A Retry-After longer than this ends the pull; the next pull waits for it instead. */
  maxWaitMs: number;
}

export const PULL_RETRY: RetryPolicy = { attempts: 3, baseMs: 1000, capMs: 30_000, maxWaitMs: 60_000 };

const MINUTE = 60_000;

/** Whether a partner is pulled by the scheduler at all. */
export const isScheduled = (p: PullCandidate): boolean =>
  p.enabled === 1 && !!p.feed_url && p.cadence_minutes !== null && p.cadence_minutes > 0;

/**
 * Due when never tried, when its next attempt time has come, or — for a healthy partner whose
 * cadence was shortened since — when a cadence has passed since the last attempt.
 */
export const isDue = (p: PullCandidate, now: Date): boolean => {
  if (!isScheduled(p)) return false;
  if (p.next_attempt_at === null) return true;
  const t = now.getTime();
  if (Date.parse(p.next_attempt_at) <= t) return true;
  if ((p.consecutive_failures ?? 0) > 0 || p.last_attempt_at === null) return false;
  return Date.parse(p.last_attempt_at) + (p.cadence_minutes ?? 0) * MINUTE <= t;
};

/** The partners due at `now`, the most overdue first (never tried ones before all). */
export const duePartners = <T extends PullCandidate>(candidates: readonly T[], now: Date): T[] =>
  candidates
    .filter((p) => isDue(p, now))
    .sort((a, b) => (a.next_attempt_at ?? "").localeCompare(b.next_attempt_at ?? "") || a.id - b.id);

/** The delay before attempt `n + 1` after `n` consecutive failures (n ≥ 1). */
export const backoffDelay = (failures: number, policy: BackoffPolicy, random: () => number): number => {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
};

/** Retry-After as a delay in milliseconds: delta-seconds or an HTTP date; null when absent or invalid. */
export const parseRetryAfter = (value: string | null | undefined, now: Date): number | null => {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
};

/** What went wrong with one attempt to open a feed, as far as retrying is concerned. */
export interface AttemptFailure {
  transient: boolean;
  timeout: boolean;
  /** Delay the server asked for (429, 503), in milliseconds. */
  retryAfterMs: number | null;
}

const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Network failures, 5xx, 408/425/429 are worth another attempt; a timeout or a 404 is not. */
export const classifyFailure = (error: unknown, now: Date): AttemptFailure => {
  const details = isAppError(error) ? (error.details ?? {}) : {};
  const status = typeof details.status === "number" ? details.status : null;
  const timeout = details.timeout === true;
  const transient =
    !timeout &&
    (details.network === true || (status !== null && (TRANSIENT_STATUS.has(status) || status >= 500)));
  const retryAfter = typeof details.retryAfter === "string" ? details.retryAfter : null;
  return { transient, timeout, retryAfterMs: parseRetryAfter(retryAfter, now) };
};

/**
 * The wait before attempt `attempt + 1` of one pull, or null when the pull should give up: no
 * attempts left, not transient, or the server asks to wait longer than `maxWaitMs`.
 */
export const retryDelay = (
  attempt: number,
  failure: AttemptFailure,
  policy: RetryPolicy,
  random: () => number,
): number | null => {
  if (!failure.transient || attempt >= policy.attempts) return null;
  const backoff = backoffDelay(attempt, policy, random);
  if (failure.retryAfterMs === null) return backoff;
  return failure.retryAfterMs > policy.maxWaitMs ? null : Math.max(backoff, failure.retryAfterMs);
};

/** How a pull ended, for the next attempt time. */
export type PullOutcome = "succeeded" | "partial" | "not_modified" | "failed";

/**
 * When to pull next: a cadence after the start of this pull (never before it ended) when it
 * worked; after a failure, the backoff for `failures` consecutive failures, or the server's
 * Retry-After when longer.
 */
export const nextAttemptAt = (
  outcome: PullOutcome,
  at: { started: Date; finished: Date },
  cadenceMinutes: number | null,
  failures: number,
  random: () => number,
  retryAfterMs: number | null = null,
  policy: BackoffPolicy = FAILURE_BACKOFF,
): Date => {
  const end = at.finished.getTime();
  if (outcome !== "failed") {
    return new Date(Math.max(end, at.started.getTime() + (cadenceMinutes ?? 0) * MINUTE));
  }
  return new Date(end + Math.max(backoffDelay(failures, policy, random), retryAfterMs ?? 0));
};
