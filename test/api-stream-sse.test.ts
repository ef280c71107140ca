import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testCliContext, testServer } from "./helpers/app.js";
import { readEvents } from "./helpers/sse.js";

const ADMIN = "admin-token-for-tests-0123456789";

describe("GET /api/v1/stream as server-sent events", () => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testCliContext>;
  let base = "";
  let token = "";

  beforeAll(async () => {
    ctx = testCliContext();
    app = await testServer(ctx, { adminToken: ADMIN });
    base = await app.listen({ port: 0, host: "127.0.0.1" });
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/admin/partners",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
      payload: JSON.stringify({ slug: "live", label: "Live" }),
    });
    token = created.json().token;
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  const push = (reference: string) =>
    fetch(`${base}/api/v1/partners/live/postings`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" },
      body: JSON.stringify({
        reference,
        title: `Infirmier ${reference} H/F`,
        description: "Soins aux patients en service de médecine.",
        employer: { name: "CHU de Bordeaux" },
        published_at: "2026-11-24",
        location: { postal_code: "33000", city: "Bordeaux" },
        contract: { type: "CDI" },
      }),
    });

  it("pushes live changes to a connected client, and resumes from Last-Event-ID", async () => {
    await push("A");
    const response = await fetch(`${base}/api/v1/stream?after=0`, {
      headers: { accept: "text/event-stream" },
    });
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const pending = readEvents(response, 2);
    await push("B");
    const events = await pending;
    expect(events.map((e) => [e.event, (e.data.offer as { title: string }).title])).toEqual([
      ["created", "Infirmier A H/F"],
      ["created", "Infirmier B H/F"],
    ]);
    const resumed = await fetch(`${base}/api/v1/stream`, {
      headers: { accept: "text/event-stream", "last-event-id": events[0]!.id },
    });
    const again = await readEvents(resumed, 1);
    expect(again[0]!.id).toBe(events[1]!.id);
  });
});

describe("closing the server", () => {
  it("ends the live streams, so that a connected client does not hold the server open", async () => {
    const ctx = testCliContext();
    const app = await testServer(ctx);
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    const response = await fetch(`${base}/api/v1/stream?after=0`, {
      headers: { accept: "text/event-stream" },
    });
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/^: flux des changements/);
    await app.close();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
    await ctx.close();
  });
});
