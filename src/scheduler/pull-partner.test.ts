import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testReferentials } from "../../test/helpers/app.js";
import { indeedFeed, jobs } from "../../test/helpers/feeds.js";
import type { Store } from "../storage/connect.js";
import type { PartnerRow } from "../storage/database.js";
import { DEFAULT_MAX_FEED_BYTES, type PullDeps, pullPartner } from "./pull-partner.js";
import { loadPullState } from "./pull-store.js";
import { type FeedServer, failingFirst, servedFeed, startFeedServer } from "./test-support/feed-server.js";
import { acceptAll, feedPartner, manualClock, memoryStore, postingStatuses } from "./test-support/setup.js";

let server: FeedServer;
let store: Store;
let partner: PartnerRow;
let clock: ReturnType<typeof manualClock>;
let deps: PullDeps;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

beforeEach(async () => {
  store = await memoryStore();
  partner = await feedPartner(store, "acme", `${server.base}/acme.xml`);
  clock = manualClock("2026-11-20T12:00:00.000Z");
  const retry = { attempts: 3, baseMs: 5, capMs: 20, maxWaitMs: 2000 };
  deps = {
    store,
    referentials: await testReferentials(),
    screen: acceptAll,
    now: clock.now,
    retry,
    random: () => 0,
  };
  server.requests.length = 0;
});
afterEach(() => store.close());

const runs = () => store.db.selectFrom("ingestion_runs").selectAll().orderBy("id").execute();

describe("pullPartner", () => {
  it("reads the feed gzipped, keeps its ETag, then gets a 304 that confirms every open posting", async () => {
    server.route("/acme.xml", servedFeed(indeedFeed(jobs(5))));
    const first = await pullPartner(deps, partner);
    expect(first).toMatchObject({
      status: "succeeded",
      attempts: 1,
      nextAttemptAt: "2026-11-20T12:15:00.000Z",
    });
    expect(first.report).toMatchObject({ new: 5, closed: 0 });
    expect(server.requests[0]?.headers["accept-encoding"]).toMatch(/gzip/);
    const state = await loadPullState(store.db, partner.id);
    expect(state).toMatchObject({ consecutive_failures: 0, last_status: "succeeded" });
    expect(state?.etag).toMatch(/^"/);

    clock.advance(15);
    const second = await pullPartner(deps, partner);
    expect(server.requests[1]?.headers["if-none-match"]).toBe(state?.etag);
    expect(server.requests[1]?.headers["if-modified-since"]).toBe("Fri, 20 Nov 2026 08:00:00 GMT");
    expect(second).toMatchObject({
      status: "not_modified",
      report: null,
      nextAttemptAt: "2026-11-20T12:30:00.000Z",
    });
    const recorded = await runs();
    expect(recorded.map((r) => [r.status, r.trigger])).toEqual([
      ["succeeded", "schedule"],
      ["not_modified", "schedule"],
    ]);
    expect(recorded[1]?.finished_at).toBe("2026-11-20T12:15:00.000Z");
    const confirmed = await store.db
      .selectFrom("partners")
      .select("confirmed_at")
      .where("id", "=", partner.id)
      .execute();
    expect(confirmed).toEqual([{ confirmed_at: "2026-11-20T12:15:00.000Z" }]);
  });

  it("retries a 500, recording the failed attempt, then succeeds", async () => {
    server.route("/acme.xml", failingFirst(1, 500, servedFeed(indeedFeed(jobs(3)))));
    const result = await pullPartner(deps, partner);
    expect(result).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(result.runIds).toHaveLength(2);
    const [failed, succeeded] = await runs();
    expect(failed).toMatchObject({ status: "failed", received: 0 });
    expect(failed?.message).toMatch(/HTTP 500.*essai 1\/3, nouvel essai/);
    expect(succeeded).toMatchObject({ status: "succeeded", new: 3 });
    expect((await loadPullState(store.db, partner.id))?.consecutive_failures).toBe(0);
  });

  it("gives up after the last attempt, backs off, and honours a long Retry-After", async () => {
    server.route("/acme.xml", failingFirst(9, 503, servedFeed(""), { "retry-after": "600" }));
    const result = await pullPartner(deps, partner);
    // Retry-After (10 min) is longer than the pull may wait: one attempt, the next pull waits for it.
    expect(result).toMatchObject({
      status: "failed",
      attempts: 1,
      nextAttemptAt: "2026-11-20T12:10:00.000Z",
    });
    server.route("/acme.xml", failingFirst(9, 502, servedFeed("")));
    const again = await pullPartner(deps, partner);
    expect(again.attempts).toBe(3);
    expect(await loadPullState(store.db, partner.id)).toMatchObject({
      consecutive_failures: 2,
      last_status: "failed",
      last_error: expect.stringMatching(/HTTP 502/),
    });
    expect(again.nextAttemptAt).toBe("2026-11-20T12:01:00.000Z");
  });

  it("does not retry a 404", async () => {
    const result = await pullPartner(deps, { ...partner, feed_url: `${server.base}/absent.xml` });
    expect(result).toMatchObject({ status: "failed", attempts: 1 });
    expect(result.message).toMatch(/404/);
  });

  it("closes nothing after a truncated feed, and keeps the validators of the last complete read", async () => {
    server.route("/acme.xml", servedFeed(indeedFeed(jobs(10))));
    await pullPartner(deps, partner);
    const etag = (await loadPullState(store.db, partner.id))?.etag;
    const full = indeedFeed(jobs(4));
    server.route("/acme.xml", servedFeed(full.slice(0, full.indexOf("<referencenumber>R4"))));
    clock.advance(15);
    const result = await pullPartner(deps, partner);
    expect(result.status).toBe("failed");
    expect(result.report).toMatchObject({ closed: 0, status: "failed" });
    expect(result.report?.close_skipped_reason).toMatch(/flux incomplet/);
    expect(await postingStatuses(store, partner.id)).toEqual({ published: 10 });
    expect(await loadPullState(store.db, partner.id)).toMatchObject({ etag, consecutive_failures: 1 });
  });

  it("closes nothing after a suspiciously small feed, and forgets the validators to read it again", async () => {
    server.route("/acme.xml", servedFeed(indeedFeed(jobs(10))));
    await pullPartner(deps, partner);
    server.route("/acme.xml", servedFeed(indeedFeed(jobs(3))));
    const result = await pullPartner(deps, partner);
    expect(result.report?.close_skipped_reason).toMatch(/instantané suspect/);
    expect(await postingStatuses(store, partner.id)).toEqual({ published: 10 });
    expect(await loadPullState(store.db, partner.id)).toMatchObject({ etag: null, last_modified: null });
  });

  it("fails without any request when the partner's mapping cannot be resolved", async () => {
    const result = await pullPartner(deps, { ...partner, format: "inconnu" });
    expect(result).toMatchObject({ status: "failed", attempts: 0 });
    expect(server.requests).toHaveLength(0);
    expect((await runs())[0]?.status).toBe("failed");
  });

  it("refuses a feed over the size limit, on its first page and on a next page (2 GiB by default)", async () => {
    expect(DEFAULT_MAX_FEED_BYTES).toBe(2 * 1024 ** 3);
    const limited = { ...deps, maxBytes: 4000 };
    server.route("/acme.xml", servedFeed(indeedFeed(jobs(20))));
    const whole = await pullPartner(limited, partner);
    expect(whole).toMatchObject({ status: "failed", attempts: 1 });
    expect(whole.message).toMatch(/dépasse la taille maximale/);

    // Page 1 fits and links to a page 2 that does not: page 1 is kept, nothing is closed.
    server.route("/acme.xml", (_request, response) => {
      response.writeHead(200, { "content-type": "application/xml", link: '</acme-2.xml>; rel="next"' });
      response.end(indeedFeed(jobs(2)));
    });
    server.route("/acme-2.xml", servedFeed(indeedFeed(jobs(20, (i) => ({ reference: `P${i}` })))));
    const paged = await pullPartner(limited, partner);
    expect(paged).toMatchObject({ status: "failed" });
    expect(paged.report).toMatchObject({ new: 2, closed: 0 });
    expect(paged.report?.close_skipped_reason).toMatch(/flux incomplet.*taille maximale/);
  });
});
