import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../src/http/server.js";
import { acceptAll } from "../src/scheduler/test-support/setup.js";
import { openStore, type Store } from "../src/storage/connect.js";
import { testReferentials } from "./helpers/app.js";
import { readEvents } from "./helpers/sse.js";

const ADMIN = "admin-token-for-tests-0123456789";
const dir = mkdtempSync(join(tmpdir(), "emploi-resume-"));
const DATABASE = `sqlite:${join(dir, "stream.sqlite")}`;

const CITIES = [
  ["Lyon", "69003"],
  ["Nantes", "44000"],
  ["Lille", "59000"],
  ["Rennes", "35000"],
] as const;

/** Distinct jobs: no two are duplicates of each other. */
const posting = (i: number, title = `Technicien ${i} H/F`) => {
  const [city, postal_code] = CITIES[i % CITIES.length]!;
  return {
    reference: `R${i}`,
    title,
    description: `<p>Poste ${i} chez Société ${i} à ${city} : mission ${(i * 7919) % 10007}, équipe ${i % 97}.</p>`,
    employer: { name: `Société ${i}` },
    location: { city, postal_code },
    contract: { type: "CDI" },
    published_at: "2026-11-20",
  };
};

type Change = { cursor: string; kind: string; id: string; offer?: { title: string } };

/** A server on the database file, listening on a free port. */
const start = async () => {
  const store = await openStore(DATABASE);
  const app = await buildServer({
    store,
    referentials: await testReferentials(),
    screen: acceptAll,
    now: () => new Date(),
    adminToken: ADMIN,
    logLevel: "silent",
  });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  return { store, app, base };
};

describe("change-stream cursors", () => {
  let server: { store: Store; app: FastifyInstance; base: string };
  let token = "";

  const push = async (postings: unknown[]) => {
    const response = await fetch(`${server.base}/api/v1/partners/p/postings`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" },
      body: postings.map((p) => JSON.stringify(p)).join("\n"),
    });
    expect(response.status).toBe(200);
    return response.json() as Promise<{ receipts: Array<{ offer_id: string | null }> }>;
  };
  const remove = (reference: string) =>
    fetch(`${server.base}/api/v1/partners/p/postings/${reference}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${token}` },
    });
  /** Every change after `after`, page by page. */
  const changesAfter = async (after: string): Promise<Change[]> => {
    const all: Change[] = [];
    for (let cursor = after; ; ) {
      const page = (await (
        await fetch(`${server.base}/api/v1/stream?after=${cursor}&limit=1000`)
      ).json()) as {
        changes: Change[];
        next_cursor: string;
      };
      all.push(...page.changes);
      if (page.changes.length < 1000) return all;
      cursor = page.next_cursor;
    }
  };
  const stop = async () => {
    await server.app.close();
    await server.store.close();
  };

  beforeAll(async () => {
    server = await start();
    const created = await fetch(`${server.base}/api/v1/admin/partners`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
      body: JSON.stringify({ slug: "p", label: "P" }),
    });
    token = ((await created.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("resume after the store is closed and reopened: exactly the missing changes, JSON and SSE", async () => {
    await push([posting(1), posting(2), posting(3)]);
    const saved = (await changesAfter("0")).at(-1)!.cursor;
    await push([posting(4), posting(5), posting(2, "Technicienne 2 H/F")]);
    expect((await remove("R1")).status).toBe(200);
    const missed = await changesAfter(saved);
    expect(missed.map((c) => c.kind).sort()).toEqual(["created", "created", "removed", "updated"]);

    await stop();
    server = await start();
    expect(await changesAfter(saved)).toEqual(missed);
    expect(missed.map((c) => Number(c.cursor))).toEqual([1, 2, 3, 4].map((n) => Number(saved) + n));

    const events = await fetch(`${server.base}/api/v1/stream`, {
      headers: { accept: "text/event-stream", "last-event-id": saved },
    });
    const pending = readEvents(events, missed.length + 1);
    const live = await push([posting(6)]);
    const received = await pending;
    expect(received.slice(0, missed.length).map((e) => [e.id, e.event, e.data])).toEqual(
      missed.map((c) => [c.cursor, c.kind, c]),
    );
    expect(received.at(-1)).toMatchObject({
      id: String(Number(missed.at(-1)!.cursor) + 1),
      event: "created",
      data: { id: live.receipts[0]!.offer_id },
    });
  });

  it("a snapshot followed by the stream from its X-Cursor misses nothing written while it was read", async () => {
    // More offers than a page of the snapshot (1,000), so that it reads the database again later.
    await push(Array.from({ length: 1100 }, (_, i) => posting(100 + i)));
    const response = await fetch(`${server.base}/api/v1/snapshot`);
    const cursor = response.headers.get("x-cursor")!;
    const reader = response.body!.getReader();
    let text = new TextDecoder().decode((await reader.read()).value);

    // While the snapshot is being read: a new offer, an update, a withdrawal.
    const added = await push([posting(5000)]);
    await push([posting(150, "Technicienne 150 H/F")]);
    expect((await remove("R160")).status).toBe(200);

    const firstChunk = text.length;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    // The changes happened while the snapshot was still being sent.
    expect(firstChunk).toBeLessThan(text.length);
    const stock = new Map<string, string>();
    for (const line of text.trim().split("\n")) {
      const offer = JSON.parse(line) as { id: string; title: string };
      stock.set(offer.id, offer.title);
    }
    const followed = await changesAfter(cursor);
    for (const change of followed) {
      if (change.kind === "removed") stock.delete(change.id);
      else stock.set(change.id, change.offer!.title);
    }
    expect(followed.map((c) => c.id)).toContain(added.receipts[0]!.offer_id);

    const current = await (await fetch(`${server.base}/api/v1/snapshot`)).text();
    const expected = new Map(
      current
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { id: string; title: string })
        .map((o) => [o.id, o.title] as const),
    );
    expect(stock.size).toBe(expected.size);
    expect(stock).toEqual(expected);
    expect([...stock.values()]).toContain("Technicienne 150 H/F");
  });
});
