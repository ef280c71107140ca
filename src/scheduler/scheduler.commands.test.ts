import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testCliContext } from "../../test/helpers/app.js";
import { indeedFeed, jobs } from "../../test/helpers/feeds.js";
import { isAppError } from "../errors.js";
import { formatDuration } from "./runs-table.js";
import { SCHEDULER_COMMANDS } from "./scheduler.commands.js";
import { type FeedServer, servedFeed, startFeedServer } from "./test-support/feed-server.js";
import { feedPartner } from "./test-support/setup.js";

let server: FeedServer;
let ctx: ReturnType<typeof testCliContext>;

const run = (line: string): Promise<number> => {
  const [name, ...argv] = line.split(" ");
  const command = SCHEDULER_COMMANDS.find((c) => c.name === name);
  if (!command) throw new Error(`no command ${name}`);
  return command.run(argv, ctx);
};

const lastLine = () => ctx.out().trim().split("\n").at(-1) ?? "";

beforeAll(async () => {
  server = await startFeedServer();
  server.route("/acme.xml", servedFeed(indeedFeed(jobs(3))));
});
afterAll(() => server.close());
beforeEach(async () => {
  ctx = testCliContext();
  await feedPartner(await ctx.store(), "acme", `${server.base}/acme.xml`);
});
afterEach(() => ctx.close());

describe("scheduler commands", () => {
  it("pull: reads the feed now, then gets a 304; runs: shows both, most recent first", async () => {
    expect(await run("pull acme")).toBe(0);
    expect(JSON.parse(lastLine())).toMatchObject({
      partner: "acme",
      status: "succeeded",
      received: 3,
      new: 3,
    });
    expect(await run("pull acme")).toBe(0);
    expect(JSON.parse(lastLine())).toMatchObject({ status: "not_modified", attempts: 1 });
    expect(await run("pull acme --force")).toBe(0);
    expect(JSON.parse(lastLine())).toMatchObject({ status: "succeeded", unchanged: 3 });

    const before = ctx.out().length;
    expect(await run("runs --partner acme --limit 2")).toBe(0);
    const table = ctx.out().slice(before).trim().split("\n");
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^id\s+partenaire\s+déclencheur\s+statut/);
    expect(table[1]).toMatch(/acme\s+manuel\s+réussi/);
    expect(table[2]).toMatch(/acme\s+manuel\s+inchangé \(304\)/);
  });

  it("pull fails with a non-zero exit when the feed cannot be read", async () => {
    await feedPartner(await ctx.store(), "broken", `${server.base}/absent.xml`);
    expect(await run("pull broken")).toBe(1);
    expect(JSON.parse(lastLine())).toMatchObject({ status: "failed", attempts: 1 });
    expect(ctx.err()).toMatch(/échec du relevé de broken : .*404/);
  });

  it("pull --max-feed-mb: refuses a feed larger than the limit given", async () => {
    expect(await run("pull acme --max-feed-mb 0.001")).toBe(1);
    expect(JSON.parse(lastLine())).toMatchObject({ status: "failed" });
    expect(ctx.err()).toMatch(/dépasse la taille maximale autorisée/);
    await expect(run("pull acme --max-feed-mb beaucoup")).rejects.toThrow(/--max-feed-mb invalide/);
  });

  it("refuses unknown partners and bad arguments with clear errors", async () => {
    const codes = await Promise.all(
      ["pull nope", "runs --partner nope", "runs --limit zero", "pull"].map((line) =>
        run(line).then(
          () => null,
          (error: unknown) => (isAppError(error) ? error.code : String(error)),
        ),
      ),
    );
    expect(codes).toEqual(["PARTNER_UNKNOWN", "PARTNER_UNKNOWN", "INVALID_PARAMETER", "INVALID_PARAMETER"]);
  });

  it("expire: closes postings unconfirmed for longer than the configured limit", async () => {
    await run("pull acme");
    expect(await run("expire")).toBe(0);
    expect(JSON.parse(lastLine())).toEqual({ expired: 0, unconfirmed: 0 });
    const store = await ctx.store();
    await store.db.updateTable("postings").set({ last_seen_at: "2020-01-01T00:00:00.000Z" }).execute();
    await store.db.updateTable("partners").set({ confirmed_at: "2020-01-01T00:00:00.000Z" }).execute();
    await run("expire");
    expect(JSON.parse(lastLine())).toEqual({ expired: 0, unconfirmed: 3 });
  });

  it("says when there is no run yet, and formats durations for people", async () => {
    await run("runs");
    expect(ctx.out()).toBe("Aucune exécution enregistrée.\n");
    expect([850, 12_400, 185_000].map(formatDuration)).toEqual(["850 ms", "12,4 s", "3 min 05 s"]);
  });
});
