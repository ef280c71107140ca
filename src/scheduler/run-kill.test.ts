import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { indeedFeed, jobs } from "../../test/helpers/feeds.js";
import { openStore, type Store } from "../storage/connect.js";
import { registerPartner } from "../storage/partner-admin.js";
import { type EmploiProcess, serverAddress, spawnEmploi } from "./test-support/emploi-process.js";
import { type FeedServer, servedFeed, startFeedServer } from "./test-support/feed-server.js";
import { feedPartner } from "./test-support/setup.js";

const FEED_SIZE = 3000;
const WORKERS = 3;
const PER_PUSH = 4;

const dir = mkdtempSync(join(tmpdir(), "emploi-run-kill-"));
const database = join(dir, "run.sqlite");
const processes: EmploiProcess[] = [];
let feeds: FeedServer | undefined;
afterAll(async () => {
  for (const p of processes)
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  await feeds?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Distinct jobs (no two are duplicates of each other) for the pulled feed. */
const feed = () =>
  indeedFeed(
    jobs(FEED_SIZE, (i) => ({
      title: `Vendeur ${i} H/F`,
      company: `Société ${i}`,
      description: `<p>Poste ${i} chez Société ${i} : mission ${(i * 7919) % 10007}, équipe ${i % 97}.</p>`,
    })),
  );

const SYLLABLES = ["ba", "ko", "tu", "ri", "me", "sa", "lo", "vi", "da", "ne", "pu", "ga"];
const OCCUPATIONS = [
  "Technicien de maintenance",
  "Comptable",
  "Infirmier",
  "Électricien",
  "Cuisinier",
  "Magasinier",
];

/** A made-up word for a number: employers named apart, so that no two pushed postings merge. */
const word = (n: number) => {
  let text = "";
  for (let i = n + SYLLABLES.length; i > 0; i = Math.floor(i / SYLLABLES.length)) {
    text += SYLLABLES[i % SYLLABLES.length];
  }
  return text;
};

/** A compliant pushed posting, distinct from every other one. */
const pushed = (reference: string, n: number) => ({
  reference,
  title: `${OCCUPATIONS[n % OCCUPATIONS.length]} ${word(n)} H/F`,
  description: `<p>Rejoignez les ateliers ${word(n)} : missions variées au sein d'une équipe de ${(n % 20) + 5} personnes, à Lyon.</p>`,
  employer: { name: `Établissements ${word(n)}` },
  location: { city: "Lyon", postal_code: "69003" },
  contract: { type: "CDI" },
  salary: { text: "2 100 € brut par mois" },
  published_at: "2026-11-20",
});

type Receipt = { reference: string; status: string; offer_id: string | null };
type Event = { id: number; offer: string; partner: string | null };

/** Follow the SSE stream from the start, recording every event (its id, offer, canonical partner). */
const follow = async (base: string, events: Event[]) => {
  const response = await fetch(`${base}/api/v1/stream?after=0`, { headers: { accept: "text/event-stream" } });
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        if (!data) continue;
        const change = JSON.parse(data) as {
          cursor: string;
          id: string;
          offer?: { sources: [{ partner: string }] };
        };
        events.push({
          id: Number(change.cursor),
          offer: change.id,
          partner: change.offer?.sources[0].partner ?? null,
        });
      }
    }
  } catch {
    // The server was killed.
  }
};

/** Push postings one small request after another until the server dies; keeps every receipt returned. */
const pushUntilDeath = async (base: string, token: string, worker: number, receipts: Receipt[]) => {
  for (let n = 0; ; n++) {
    const body = Array.from({ length: PER_PUSH }, (_, i) => {
      const unique = (n * WORKERS + worker) * PER_PUSH + i;
      return JSON.stringify(pushed(`K-${unique}`, unique));
    });
    try {
      const response = await fetch(`${base}/api/v1/partners/burst/postings`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" },
        body: body.join("\n"),
      });
      receipts.push(...((await response.json()) as { receipts: Receipt[] }).receipts);
    } catch {
      return;
    }
  }
};

const until = async (condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000) => {
  for (const start = Date.now(); !(await condition()); ) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const runningRuns = (store: Store) =>
  store.db.selectFrom("ingestion_runs").select(["id", "trigger"]).where("status", "=", "running").execute();

describe("`emploi run` killed during a push burst and a scheduled pull", () => {
  it("keeps every receipt it returned, resumes the stream without a gap, marks the runs failed", async () => {
    feeds = await startFeedServer();
    feeds.route("/feed.xml", servedFeed(feed()));
    const setup = await openStore(`sqlite:${database}`);
    await feedPartner(setup, "tire", `${feeds.base}/feed.xml`);
    const { token } = await registerPartner(
      setup,
      { slug: "burst", label: "Burst", kind: "employer" },
      new Date(),
    );
    await setup.close();

    // First life: the scheduler starts pulling at once; three clients push while it does.
    const first = spawnEmploi(["run"], database);
    processes.push(first);
    const base = await serverAddress(first);
    const events: Event[] = [];
    const receipts: Receipt[] = [];
    void follow(base, events);
    const pushers = Array.from({ length: WORKERS }, (_, w) => pushUntilDeath(base, token, w, receipts));
    // A cursor saved once the pull committed its first batch, then more pushes answered.
    await until(() => events.filter((e) => e.partner === "tire").length >= 500, "the pull's first batch");
    const saved = events.at(-1)!.id;
    const answered = receipts.length;
    await until(() => receipts.length >= answered + 2 * PER_PUSH, "pushes answered after the cursor");
    first.child.kill("SIGKILL");
    expect(await first.exited).toMatchObject({ signal: "SIGKILL" });
    await Promise.all(pushers);
    const returned = [...receipts];
    const streamed = [...events];

    const store = await openStore(`sqlite:${database}`);
    try {
      const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(store.db);
      expect(integrity.rows).toEqual([{ integrity_check: "ok" }]);
      const interrupted = await runningRuns(store);
      // The pull was killed mid-feed: its run is still running, nothing of the feed was closed.
      expect(interrupted.map((r) => r.trigger)).toContain("schedule");
      const pulled = await store.db
        .selectFrom("postings as p")
        .innerJoin("partners as s", "s.id", "p.partner_id")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("s.slug", "=", "tire")
        .executeTakeFirstOrThrow();
      expect(Number(pulled.n)).toBeLessThan(FEED_SIZE);

      // Every posting whose receipt was returned is stored, published, and in the change log.
      expect(returned.length).toBeGreaterThanOrEqual(2 * PER_PUSH);
      expect(returned.filter((r) => r.status !== "accepted" || r.offer_id === null)).toEqual([]);
      const stored = await store.db
        .selectFrom("postings as p")
        .innerJoin("offers as o", "o.id", "p.offer_id")
        .select(["p.reference", "p.status", "o.status as offer_status"])
        .where(
          "p.reference",
          "in",
          returned.map((r) => r.reference),
        )
        .execute();
      expect(stored).toHaveLength(returned.length);
      expect(stored.every((p) => p.status === "published" && p.offer_status === "published")).toBe(true);
      const logged = await store.db
        .selectFrom("changes")
        .select("offer_id")
        .where("kind", "=", "created")
        .where(
          "offer_id",
          "in",
          returned.map((r) => r.offer_id!),
        )
        .execute();
      expect(new Set(logged.map((c) => c.offer_id)).size).toBe(returned.length);

      // Second life: the stream resumes from the saved cursor.
      const second = spawnEmploi(["run"], database);
      processes.push(second);
      const again = await serverAddress(second);
      const resumed: Array<{ cursor: string; id: string }> = [];
      for (let cursor = String(saved); ; ) {
        const page = (await (await fetch(`${again}/api/v1/stream?after=${cursor}&limit=1000`)).json()) as {
          changes: Array<{ cursor: string; id: string }>;
          next_cursor: string;
        };
        resumed.push(...page.changes);
        if (page.changes.length < 1000) break;
        cursor = page.next_cursor;
      }
      // No gap: consecutive sequence numbers right after the saved cursor…
      expect(resumed.map((c) => Number(c.cursor))).toEqual(resumed.map((_, i) => saved + 1 + i));
      // …and every change streamed live before the kill is still there, in the same place.
      const byCursor = new Map(resumed.map((c) => [Number(c.cursor), c.id]));
      for (const e of streamed.filter((s) => s.id > saved)) expect(byCursor.get(e.id)).toBe(e.offer);
      const sse = await fetch(`${again}/api/v1/stream`, {
        headers: { accept: "text/event-stream", "last-event-id": String(saved) },
      });
      const reader = sse.body!.getReader();
      let text = "";
      while (!/^id: \d+$/m.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      await reader.cancel();
      expect(/^id: (\d+)$/m.exec(text)?.[1]).toBe(String(saved + 1));

      // The runs the kill interrupted are marked failed by the new process.
      const ids = interrupted.map((r) => r.id);
      await until(async () => {
        const runs = await store.db.selectFrom("ingestion_runs").selectAll().where("id", "in", ids).execute();
        return runs.every((r) => r.status === "failed" && /interrompu/.test(r.message ?? ""));
      }, "the interrupted runs marked failed");
      second.child.kill("SIGTERM");
      expect(await second.exited).toEqual({ code: 0, signal: null });
    } finally {
      await store.close();
    }
  }, 120_000);
});
