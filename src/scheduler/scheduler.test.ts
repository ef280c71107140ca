import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testReferentials } from "../../test/helpers/app.js";
import { indeedFeed, jobs } from "../../test/helpers/feeds.js";
import type { Store } from "../storage/connect.js";
import { startRun } from "../storage/run-store.js";
import { loadPullState } from "./pull-store.js";
import { type Scheduler, type SchedulerDeps, startScheduler } from "./scheduler.js";
import { type FeedServer, hangingFeed, servedFeed, startFeedServer } from "./test-support/feed-server.js";
import { acceptAll, feedPartner, manualClock, memoryStore, postingStatuses } from "./test-support/setup.js";

let server: FeedServer;
let store: Store;
let clock: ReturnType<typeof manualClock>;
let deps: SchedulerDeps;
let scheduler: Scheduler | undefined;

beforeAll(async () => {
  server = await startFeedServer();
  server.route("/fast.xml", servedFeed(indeedFeed(jobs(3))));
  server.route("/slow.xml", hangingFeed);
});
afterAll(() => server.close());

beforeEach(async () => {
  store = await memoryStore();
  clock = manualClock("2026-11-20T12:00:00.000Z");
  const referentials = await testReferentials();
  deps = { store, referentials, screen: acceptAll, now: clock.now, manual: true, random: () => 0 };
});
afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  await store.close();
});

describe("startScheduler", () => {
  it("aborts a slow partner at its timeout, while a fast one completes without waiting", async () => {
    const slow = await feedPartner(store, "slow", `${server.base}/slow.xml`);
    await feedPartner(store, "fast", `${server.base}/fast.xml`);
    const finished: Record<string, number> = {};
    const started = Date.now();
    scheduler = startScheduler({
      ...deps,
      timeoutMs: 1500,
      log: (_level, _message, fields) => {
        if (typeof fields?.partner === "string") finished[fields.partner] ??= Date.now() - started;
      },
    });
    const results = await scheduler.runDue();
    const bySlug = Object.fromEntries(results.map((r) => [r.partner, r]));
    expect(bySlug.fast).toMatchObject({ status: "succeeded" });
    expect(bySlug.slow).toMatchObject({ status: "failed", attempts: 1 });
    expect(bySlug.slow?.message).toMatch(/délai dépassé/);
    expect(finished.fast).toBeLessThan(1500);
    expect(finished.slow).toBeGreaterThanOrEqual(1400);
    expect(await loadPullState(store.db, slow.id)).toMatchObject({ consecutive_failures: 1 });
  });

  it("pulls each partner at its cadence, and backs off a failing one", async () => {
    const fast = await feedPartner(store, "fast", `${server.base}/fast.xml`, 15);
    await feedPartner(store, "broken", `${server.base}/absent.xml`, 15);
    scheduler = startScheduler(deps);
    expect((await scheduler.runDue()).map((r) => [r.partner, r.status]).sort()).toEqual([
      ["broken", "failed"],
      ["fast", "succeeded"],
    ]);
    // The failing partner is tried again after its backoff (30 s to 1 min), the other one is not due.
    clock.advance(1);
    const retried = await scheduler.runDue();
    expect(retried.map((r) => [r.partner, r.nextAttemptAt])).toEqual([
      ["broken", "2026-11-20T12:02:00.000Z"],
    ]);
    clock.advance(14);
    const again = await scheduler.runDue();
    expect(again.map((r) => [r.partner, r.status]).sort()).toEqual([
      ["broken", "failed"],
      ["fast", "not_modified"],
    ]);
    expect(await postingStatuses(store, fast.id)).toEqual({ published: 3 });
    // Third failure in a row: a backoff of 2 to 4 minutes (jitter 0: 2 minutes).
    expect(again.find((r) => r.partner === "broken")?.nextAttemptAt).toBe("2026-11-20T12:17:00.000Z");
    expect(again.find((r) => r.partner === "fast")?.nextAttemptAt).toBe("2026-11-20T12:30:00.000Z");
  });

  it("bounds the pulls running at once", async () => {
    for (const slug of ["a", "b", "c"]) await feedPartner(store, slug, `${server.base}/slow.xml`);
    scheduler = startScheduler({ ...deps, concurrency: 2, timeoutMs: 60_000 });
    const running = scheduler.runDue();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const inFlight = await store.db.selectFrom("ingestion_runs").select("status").execute();
    expect(inFlight.filter((r) => r.status === "running")).toHaveLength(2);
    expect(scheduler.inFlight().sort()).toEqual(["a", "b", "c"]);
    await scheduler.stop();
    const results = await running;
    expect(results.map((r) => r.status)).toEqual(["failed", "failed", "failed"]);
  });

  it("stops: aborts pulls in progress without counting a failure, due again at restart", async () => {
    const slow = await feedPartner(store, "slow", `${server.base}/slow.xml`);
    scheduler = startScheduler({ ...deps, timeoutMs: 60_000 });
    const running = scheduler.runDue();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await scheduler.stop();
    const [result] = await running;
    expect(result?.status).toBe("failed");
    expect(result?.report?.close_skipped_reason).toMatch(/flux incomplet/);
    expect(await loadPullState(store.db, slow.id)).toMatchObject({
      consecutive_failures: 0,
      next_attempt_at: null,
    });
  });

  it("marks runs left running by a dead process as failed, and sweeps expiry", async () => {
    const fast = await feedPartner(store, "fast", `${server.base}/fast.xml`);
    const orphan = await startRun(store.db, fast.id, ["x"], "2026-11-20T11:00:00.000Z", "schedule");
    const cli = await startRun(store.db, fast.id, ["x"], "2026-11-20T11:00:00.000Z", "cli");
    scheduler = startScheduler(deps);
    await scheduler.runDue();
    await store.db.updateTable("postings").set({ expires_at: "2026-11-20T12:10:00.000Z" }).execute();
    clock.advance(20);
    await scheduler.runDue();
    const runs = await store.db.selectFrom("ingestion_runs").select(["id", "status"]).execute();
    expect(runs.find((r) => r.id === orphan)?.status).toBe("failed");
    expect(runs.find((r) => r.id === cli)?.status).toBe("running");
    expect(await postingStatuses(store, fast.id)).toEqual({ closed: 3 });
  });

  it("ticks by itself when not manual, and stops cleanly", async () => {
    await feedPartner(store, "fast", `${server.base}/fast.xml`);
    scheduler = startScheduler({ ...deps, manual: false, tickMs: 50 });
    await expect
      .poll(() => store.db.selectFrom("postings").select("id").execute(), { timeout: 5000 })
      .toHaveLength(3);
    await scheduler.stop();
    expect(scheduler.inFlight()).toEqual([]);
  });
});
