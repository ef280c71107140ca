import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testReferentials } from "../../test/helpers/app.js";
import { indeedFeed } from "../../test/helpers/feeds.js";
import { buildServer } from "../http/server.js";
import { openStore, type Store } from "../storage/connect.js";
import { listRuns } from "../storage/run-store.js";
import { type EmploiProcess, spawnEmploi } from "./test-support/emploi-process.js";
import { type FeedServer, servedFeed, startFeedServer } from "./test-support/feed-server.js";
import { acceptAll, feedPartner } from "./test-support/setup.js";

const dir = mkdtempSync(join(tmpdir(), "emploi-split-"));
const database = join(dir, "shared.sqlite");

describe("the scheduler and the server as two processes on one database", () => {
  let feeds: FeedServer;
  let store: Store;
  let app: FastifyInstance;
  let scheduler: EmploiProcess | undefined;

  beforeAll(async () => {
    feeds = await startFeedServer();
    const job = {
      reference: "Z1",
      title: "Vendeur zorblak H/F",
      description: "<p>Accueil des clients, vente et conseil au rayon zorblak du magasin de Lyon.</p>",
    };
    feeds.route("/feed.xml", servedFeed(indeedFeed([job])));
    store = await openStore(`sqlite:${database}`);
    await feedPartner(store, "tire", `${feeds.base}/feed.xml`);
    // The server process: HTTP only, its search engine built now, before anything was pulled.
    app = await buildServer({
      store,
      referentials: await testReferentials(),
      screen: acceptAll,
      now: () => new Date(),
      adminToken: null,
      logLevel: "silent",
    });
  });
  afterAll(async () => {
    if (scheduler && scheduler.child.exitCode === null) scheduler.child.kill("SIGKILL");
    await app.close();
    await store.close();
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const search = async () =>
    (await app.inject({ method: "GET", url: "/api/v1/offers?q=zorblak" })).json() as { total: number };

  it("a posting pulled by `emploi scheduler` becomes searchable in the server", async () => {
    expect((await search()).total).toBe(0);
    scheduler = spawnEmploi(["scheduler"], database, { LOG_LEVEL: "info" });
    await scheduler.waitFor(/planificateur des flux partenaires démarré \(sans serveur HTTP\)/);
    await scheduler.waitFor(/"msg":"pull tire: succeeded"/);
    // The server follows the change log of other processes by polling (every second).
    let total = 0;
    for (let i = 0; i < 300 && total === 0; i++) {
      total = (await search()).total;
      if (total === 0) await delay(100);
    }
    expect(total).toBe(1);
    const [run] = await listRuns(store.db);
    expect(run).toMatchObject({ trigger: "schedule", status: "succeeded", new: 1 });

    scheduler.child.kill("SIGTERM");
    expect(await scheduler.exited).toEqual({ code: 0, signal: null });
    expect(scheduler.lines.join("\n")).toMatch(/planificateur arrêté/);
  }, 90_000);
});
