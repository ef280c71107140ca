/**
 * The pull scheduler: every tick, the partners whose cadence has come are pulled through a small
 * pool (a slow or failing partner holds one slot, never the others), and expiry runs every few
 * minutes. Decisions are in `schedule.ts`; one pull is `pullPartner`.
 */
import { errorMessage } from "../errors.js";
import { failInterruptedRuns } from "../storage/run-store.js";
import { expirePostings } from "./expire.js";
import { createPool } from "./pool.js";
import type { PullResult } from "./pull-outcome.js";
import { type PullDeps, pullPartner } from "./pull-partner.js";
import { loadCandidates } from "./pull-store.js";
import { duePartners } from "./schedule.js";

export interface SchedulerDeps extends PullDeps {
  /** Pulls running at once (default 4). */
  concurrency?: number;
  /** Time between two looks at what is due, in milliseconds (default 30 s). */
  tickMs?: number;
  /** No automatic ticks: only `runDue()` pulls (tests, one-shot runs). */
  manual?: boolean;
  /** Time between two expiry sweeps, in milliseconds of the scheduler's clock (default 5 min). */
  expiryEveryMs?: number;
  /** EMPLOI_UNCONFIRMED_DAYS (default 42). */
  maxUnconfirmedDays?: number;
}

export interface Scheduler {
  /** Stop ticking, abort the pulls in progress (recorded as failed, closing nothing) and wait for them. */
  stop(): Promise<void>;
  /** Pull every partner due now (through the pool) and wait for those pulls; sweeps expiry when due. */
  runDue(): Promise<PullResult[]>;
  /** Slugs of the partners being pulled or waiting for a slot. */
  inFlight(): string[];
}

const stoppedResult = (partner: string): PullResult => ({
  partner,
  status: "failed",
  attempts: 0,
  runIds: [],
  report: null,
  message: "arrêt du planificateur",
  nextAttemptAt: null,
});

/** Start the scheduler (see the module comment); the first tick runs at once unless `manual`. */
export const startScheduler = (deps: SchedulerDeps): Scheduler => {
  const clock = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => undefined);
  const controller = new AbortController();
  const pool = createPool(deps.concurrency ?? 4);
  const inFlight = new Map<number, { slug: string; done: Promise<PullResult> }>();
  const ready = failInterruptedRuns(deps.store.db, "schedule", clock().toISOString()).then(
    (n) => n > 0 && log("warn", `${n} interrupted scheduled run(s) marked failed`),
    (error: unknown) => log("error", `could not mark interrupted runs: ${errorMessage(error)}`),
  );
  let lastExpiry = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();

  const pull = async (partner: Parameters<typeof pullPartner>[1]): Promise<PullResult> => {
    if (controller.signal.aborted) return stoppedResult(partner.slug);
    try {
      const result = await pullPartner({ ...deps, now: clock }, partner, { signal: controller.signal });
      log(result.status === "failed" ? "warn" : "info", `pull ${partner.slug}: ${result.status}`, {
        partner: partner.slug,
        runs: result.runIds,
        next: result.nextAttemptAt,
        message: result.message,
      });
      return result;
    } catch (error) {
      log("error", `pull ${partner.slug} crashed: ${errorMessage(error)}`, { partner: partner.slug });
      return { ...stoppedResult(partner.slug), message: errorMessage(error) };
    }
  };

  const sweepExpiry = async () => {
    const now = clock();
    if (now.getTime() - lastExpiry < (deps.expiryEveryMs ?? 5 * 60_000)) return;
    lastExpiry = now.getTime();
    const report = await expirePostings(deps.store, now, {
      maxUnconfirmedDays: deps.maxUnconfirmedDays,
      skipPartnerIds: inFlight.keys(),
    });
    if (report.expired + report.unconfirmed > 0) log("info", "expiry", { ...report });
  };

  /** Queue the due partners that are not already in flight; returns their pulls. */
  const startDue = async (): Promise<Array<Promise<PullResult>>> => {
    await ready;
    await sweepExpiry();
    const due = duePartners(await loadCandidates(deps.store.db), clock());
    return due
      .filter((partner) => !inFlight.has(partner.id) && !controller.signal.aborted)
      .map((partner) => {
        const done = pool(() => pull(partner)).finally(() => inFlight.delete(partner.id));
        inFlight.set(partner.id, { slug: partner.slug, done });
        return done;
      });
  };

  const tick = () => {
    ticking = startDue()
      .then(
        () => undefined,
        (error: unknown) => log("error", `scheduler tick failed: ${errorMessage(error)}`),
      )
      .finally(() => {
        if (!controller.signal.aborted) timer = setTimeout(tick, deps.tickMs ?? 30_000);
      });
  };
  if (!deps.manual) tick();

  return {
    async stop() {
      controller.abort();
      clearTimeout(timer);
      await ticking;
      clearTimeout(timer);
      await Promise.allSettled([...inFlight.values()].map((p) => p.done));
    },
    async runDue() {
      return Promise.all(await startDue());
    },
    inFlight: () => [...inFlight.values()].map((p) => p.slug),
  };
};
