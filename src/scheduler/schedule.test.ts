import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import {
  backoffDelay,
  classifyFailure,
  duePartners,
  isDue,
  nextAttemptAt,
  type PullCandidate,
  parseRetryAfter,
  retryDelay,
} from "./schedule.js";

const NOW = new Date("2026-11-20T12:00:00.000Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString();

const candidate = (overrides: Partial<PullCandidate> = {}): PullCandidate => ({
  id: 1,
  slug: "acme",
  feed_url: "https://acme.example/feed.xml",
  cadence_minutes: 15,
  enabled: 1,
  last_attempt_at: null,
  next_attempt_at: null,
  consecutive_failures: null,
  ...overrides,
});

const unreadable = (details: Record<string, unknown>) =>
  new AppError("FEED_UNREADABLE", "Impossible de lire le flux", { details });

describe("isDue / duePartners", () => {
  it("pulls a partner never pulled, and one whose next attempt time has come", () => {
    expect(isDue(candidate(), NOW)).toBe(true);
    expect(isDue(candidate({ next_attempt_at: minutes(0) }), NOW)).toBe(true);
    expect(isDue(candidate({ last_attempt_at: minutes(-5), next_attempt_at: minutes(10) }), NOW)).toBe(false);
  });

  it("never pulls a disabled partner, one without feed URL or without cadence", () => {
    expect(isDue(candidate({ enabled: 0 }), NOW)).toBe(false);
    expect(isDue(candidate({ feed_url: null }), NOW)).toBe(false);
    expect(isDue(candidate({ cadence_minutes: null }), NOW)).toBe(false);
    expect(isDue(candidate({ cadence_minutes: 0 }), NOW)).toBe(false);
  });

  it("honours a shortened cadence for a healthy partner, but not during a failure backoff", () => {
    const shortened = { cadence_minutes: 5, last_attempt_at: minutes(-6), next_attempt_at: minutes(54) };
    expect(isDue(candidate({ ...shortened, consecutive_failures: 0 }), NOW)).toBe(true);
    expect(isDue(candidate({ ...shortened, consecutive_failures: 2 }), NOW)).toBe(false);
  });

  it("orders the due partners: never pulled first, then the most overdue", () => {
    const list = [
      candidate({ id: 1, slug: "late", next_attempt_at: minutes(-1) }),
      candidate({ id: 2, slug: "later", next_attempt_at: minutes(-30) }),
      candidate({ id: 3, slug: "waiting", next_attempt_at: minutes(30) }),
      candidate({ id: 4, slug: "new" }),
    ];
    expect(duePartners(list, NOW).map((p) => p.slug)).toEqual(["new", "later", "late"]);
  });
});

describe("backoff", () => {
  const policy = { baseMs: 1000, capMs: 10_000 };

  it("doubles with each failure, capped, half fixed and half random", () => {
    expect([1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, policy, () => 0))).toEqual([
      500, 1000, 2000, 4000, 5000, 5000,
    ]);
    expect(backoffDelay(3, policy, () => 0.999999)).toBe(4000);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(3000);
  });

  it("waits a cadence after a success, the backoff or Retry-After after a failure", () => {
    const at = { started: NOW, finished: new Date(NOW.getTime() + 60_000) };
    expect(nextAttemptAt("succeeded", at, 15, 0, () => 0).toISOString()).toBe(minutes(15));
    expect(nextAttemptAt("not_modified", at, 15, 0, () => 0).toISOString()).toBe(minutes(15));
    // A pull longer than the cadence: the next one starts when it ends.
    expect(nextAttemptAt("succeeded", at, 0.5, 0, () => 0).toISOString()).toBe(minutes(1));
    expect(nextAttemptAt("failed", at, 15, 3, () => 0, null, policy).toISOString()).toBe(
      new Date(at.finished.getTime() + 2000).toISOString(),
    );
    expect(nextAttemptAt("failed", at, 15, 1, () => 0, 90_000, policy).toISOString()).toBe(minutes(2.5));
  });
});

describe("retries within a pull", () => {
  const policy = { attempts: 3, baseMs: 1000, capMs: 30_000, maxWaitMs: 60_000 };

  it("parses Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("120", NOW)).toBe(120_000);
    expect(parseRetryAfter("Fri, 20 Nov 2026 12:00:30 GMT", NOW)).toBe(30_000);
    expect(parseRetryAfter("Fri, 20 Nov 2026 11:00:00 GMT", NOW)).toBe(0);
    expect(parseRetryAfter("bientôt", NOW)).toBeNull();
    expect(parseRetryAfter(null, NOW)).toBeNull();
  });

  it("retries network errors, 5xx and 429, not 404s, timeouts or other errors", () => {
    expect(classifyFailure(unreadable({ network: true }), NOW).transient).toBe(true);
    expect(classifyFailure(unreadable({ status: 503 }), NOW).transient).toBe(true);
    expect(classifyFailure(unreadable({ status: 429, retryAfter: "7" }), NOW)).toEqual({
      transient: true,
      timeout: false,
      retryAfterMs: 7000,
    });
    expect(classifyFailure(unreadable({ status: 404 }), NOW).transient).toBe(false);
    expect(classifyFailure(unreadable({ timeout: true }), NOW)).toMatchObject({
      transient: false,
      timeout: true,
    });
    expect(classifyFailure(new Error("disque plein"), NOW).transient).toBe(false);
  });

  it("waits the backoff or Retry-After, and gives up when out of attempts or asked to wait too long", () => {
    const transient = { transient: true, timeout: false, retryAfterMs: null };
    expect(retryDelay(1, transient, policy, () => 0)).toBe(500);
    expect(retryDelay(2, transient, policy, () => 0)).toBe(1000);
    expect(retryDelay(3, transient, policy, () => 0)).toBeNull();
    expect(retryDelay(1, { ...transient, retryAfterMs: 5000 }, policy, () => 0)).toBe(5000);
    expect(retryDelay(1, { ...transient, retryAfterMs: 120_000 }, policy, () => 0)).toBeNull();
    expect(retryDelay(1, { ...transient, transient: false }, policy, () => 0)).toBeNull();
  });
});
