import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { testReferentials } from "../../test/helpers/app.js";
import { indeedFeed, jobs } from "../../test/helpers/feeds.js";
import { DATA_DIR, PROJECT_ROOT } from "../../test/helpers/paths.js";
import { readPartnerFeed } from "../ingest/mapping-feed.js";
import { openStore, type Store } from "../storage/connect.js";
import { mappingOfPartner } from "../storage/partner-mapping.js";
import { findPartner } from "../storage/partner-store.js";
import { failInterruptedRuns } from "../storage/run-store.js";
import { ingestSnapshot } from "../storage/snapshot.js";
import { acceptAll } from "./test-support/setup.js";

const CHILD = join(PROJECT_ROOT, "src/scheduler/test-support/ingest-child.ts");
const TOTAL = 4000;
const KILL_AFTER = 1500;
const TITLES = [
  "Vendeur",
  "Boulanger",
  "Comptable",
  "Infirmier",
  "Électricien",
  "Cuisinier",
  "Chauffeur livreur",
];
const CITIES = [
  ["Lyon", "69003"],
  ["Paris", "75011"],
  ["Marseille", "13001"],
  ["Lille", "59000"],
  ["Nantes", "44000"],
] as const;

/** Distinct jobs (titles, employers, places), so that no two are duplicates of each other. */
const distinctJobs = (n: number) =>
  jobs(n, (i) => {
    const [city, postalcode] = CITIES[i % CITIES.length]!;
    const title = `${TITLES[i % TITLES.length]} ${i} H/F`;
    const description = `<p>Poste ${i} chez Société ${i} à ${city} : mission ${(i * 7919) % 10007}, équipe ${i % 97}.</p>`;
    return { title, company: `Société ${i}`, city, postalcode, description };
  });

const dir = mkdtempSync(join(tmpdir(), "emploi-kill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the child until it reports `KILL_AFTER` accepted postings, then SIGKILL it. */
const ingestAndKill = (database: string, feed: string) =>
  new Promise<{ accepted: number; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, database, feed, DATA_DIR], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let accepted = 0;
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^accepted (\d+)$/.exec(line);
      if (!match) return;
      accepted = Number(match[1]);
      if (accepted >= KILL_AFTER) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => resolve({ accepted, signal }));
  });

const count = async (store: Store, table: "postings" | "offers") => {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

describe("a process killed in the middle of an ingestion", () => {
  it("loses nothing it accepted, leaves no half batch, and a re-run completes", async () => {
    const feed = join(dir, "feed.xml");
    writeFileSync(feed, indeedFeed(distinctJobs(TOTAL)));
    const database = join(dir, "kill.sqlite");
    const { accepted, signal } = await ingestAndKill(database, feed);
    expect(signal).toBe("SIGKILL");
    expect(accepted).toBeGreaterThanOrEqual(KILL_AFTER);

    const store = await openStore(`sqlite:${database}`);
    try {
      const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(store.db);
      expect(integrity.rows).toEqual([{ integrity_check: "ok" }]);
      const postings = await count(store, "postings");
      expect(postings).toBeGreaterThanOrEqual(accepted);
      expect(postings).toBeLessThan(TOTAL);
      // Batches of 500 are transactions: all of a batch or none of it, with its offers and changes.
      expect(postings % 500).toBe(0);
      const orphans = await store.db
        .selectFrom("postings as p")
        .leftJoin("offers as o", "o.id", "p.offer_id")
        .select("p.id")
        .where("p.offer_id", "is not", null)
        .where("o.id", "is", null)
        .execute();
      expect(orphans).toEqual([]);
      const offers = await count(store, "offers");
      expect(offers).toBeGreaterThan(0);
      const logged = await store.db
        .selectFrom("changes")
        .select((eb) => eb.fn.count<number>("offer_id").distinct().as("n"))
        .where("kind", "=", "created")
        .executeTakeFirstOrThrow();
      expect(Number(logged.n)).toBe(offers);
      const partner = await findPartner(store.db, "bulk");
      if (!partner) throw new Error("partner missing");

      const report = await ingestSnapshot(
        store,
        partner,
        readPartnerFeed(mappingOfPartner(partner), [feed]),
        [feed],
        {
          referentials: await testReferentials(),
          screen: acceptAll,
        },
      );
      expect(report).toMatchObject({
        status: "succeeded",
        new: TOTAL - postings,
        unchanged: postings,
        closed: 0,
      });
      expect(await count(store, "postings")).toBe(TOTAL);
      // The dead process's run is still "running" until a scheduler starts and marks it failed.
      expect(await failInterruptedRuns(store.db, "schedule", new Date().toISOString())).toBe(1);
    } finally {
      await store.close();
    }
  }, 120_000);
});
