import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testCliContext, testServer } from "./helpers/app.js";

const ADMIN = "admin-token-for-tests-0123456789";

describe("partner registry, push API and change stream", () => {
  let app: FastifyInstance;
  let ctx: ReturnType<typeof testCliContext>;
  let token = "";
  let otherToken = "";

  const call = async (
    method: "GET" | "POST" | "PATCH" | "DELETE",
    url: string,
    options: {
      token?: string;
      body?: unknown;
      contentType?: string;
      headers?: Record<string, string>;
    } = {},
  ) => {
    const response = await app.inject({
      method,
      url,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { "content-type": options.contentType ?? "application/json" } : {}),
        ...options.headers,
      },
      ...(options.body === undefined
        ? {}
        : { payload: typeof options.body === "string" ? options.body : JSON.stringify(options.body) }),
    });
    const isJson = (response.headers["content-type"] ?? "").toString().startsWith("application/json");
    return {
      status: response.statusCode,
      body: isJson ? response.json() : response.body,
      headers: response.headers,
    };
  };

  const posting = (reference: string, title = `Vendeur ${reference} H/F`) => ({
    reference,
    title,
    description: `<p>Accueil et conseil des clients pour l'offre ${reference}.</p>`,
    url: `https://acme.example/${reference}`,
    employer: { name: "Acme" },
    location: { city: "Lyon", postal_code: "69003" },
    contract: { type: "CDI" },
    salary: { text: "2 100 € brut par mois" },
    published_at: "2026-11-20",
  });

  beforeAll(async () => {
    ctx = testCliContext();
    app = await testServer(ctx, { adminToken: ADMIN });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it("refuses the admin API without the admin token", async () => {
    expect((await call("GET", "/api/v1/admin/partners")).status).toBe(401);
    expect((await call("GET", "/api/v1/admin/partners", { token: "wrong-token-0123456789" })).status).toBe(
      401,
    );
  });

  it("registers partners and gives each a push token once", async () => {
    const created = await call("POST", "/api/v1/admin/partners", {
      token: ADMIN,
      body: { slug: "acme", label: "Acme Emploi", kind: "board", format: "indeed-xml" },
    });
    expect(created.status).toBe(201);
    expect(created.body.partner).toMatchObject({ slug: "acme", kind: "board", has_token: true });
    token = created.body.token;
    expect(token).toMatch(/^emp_/);
    const other = await call("POST", "/api/v1/admin/partners", {
      token: ADMIN,
      body: { slug: "autre", label: "Autre" },
    });
    otherToken = other.body.token;
    const duplicate = await call("POST", "/api/v1/admin/partners", {
      token: ADMIN,
      body: { slug: "acme", label: "x" },
    });
    expect(duplicate.status).toBe(400);
    const badFormat = await call("POST", "/api/v1/admin/partners", {
      token: ADMIN,
      body: { slug: "bad", label: "Bad", format: "nope" },
    });
    expect(badFormat).toMatchObject({
      status: 400,
      body: { message: expect.stringMatching(/Format « nope » inconnu/) },
    });
    const list = await call("GET", "/api/v1/admin/partners", { token: ADMIN });
    expect(list.body.partners.map((p: { slug: string }) => p.slug)).toEqual(["acme", "autre"]);
    expect(JSON.stringify(list.body)).not.toContain("token_hash");
  });

  it("accepts pushed postings in NDJSON with a receipt each, idempotently", async () => {
    const ndjson = [posting("P1"), posting("P2"), { reference: "P3", title: 42 }, posting("P1")]
      .map((p) => JSON.stringify(p))
      .join("\n");
    const first = await call("POST", "/api/v1/partners/acme/postings", {
      token,
      body: `${ndjson}\nnot json\n`,
      contentType: "application/x-ndjson",
    });
    expect(first.status).toBe(200);
    expect(first.body.receipts.map((r: { status: string }) => r.status)).toEqual([
      "accepted",
      "accepted",
      "invalid",
      "invalid",
      "invalid",
    ]);
    expect(first.body.receipts[2].reason).toMatch(/champ « title » : texte attendu/);
    expect(first.body.receipts[3].reason).toMatch(/référence en double/);
    expect(first.body.receipts[4].reason).toBe("JSON invalide");
    const offerId = first.body.receipts[0].offer_id;
    const detail = await call("GET", `/api/v1/offers/${offerId}`);
    expect(detail.body).toMatchObject({ title: "Vendeur P1 H/F", location: { departement: "69" } });
    const again = await call("POST", "/api/v1/partners/acme/postings", {
      token,
      body: [posting("P1"), posting("P2", "Vendeur / Vendeuse")],
    });
    expect(
      again.body.receipts.map((r: { status: string; change: string | null }) => [r.status, r.change]),
    ).toEqual([
      ["unchanged", null],
      ["accepted", "updated"],
    ]);
  });

  it("lets a partner touch only its own postings", async () => {
    expect((await call("POST", "/api/v1/partners/acme/postings", { body: [posting("X")] })).status).toBe(401);
    const forbidden = await call("POST", "/api/v1/partners/acme/postings", {
      token: otherToken,
      body: [posting("X")],
    });
    expect(forbidden).toMatchObject({ status: 403, body: { error: "FORBIDDEN" } });
    expect((await call("DELETE", "/api/v1/partners/acme/postings/P1", { token: otherToken })).status).toBe(
      403,
    );
  });

  it("refuses a JSON array of more than 1,000 postings", async () => {
    const many = Array.from({ length: 1001 }, (_, i) => posting(`M${i}`));
    expect(await call("POST", "/api/v1/partners/acme/postings", { token, body: many })).toMatchObject({
      status: 413,
      body: { error: "BODY_TOO_LARGE" },
    });
  });

  it("closes a posting by reference and streams the tombstone", async () => {
    const start = await call("GET", "/api/v1/stream?after=0&limit=1000");
    const created = start.body.changes.filter((c: { kind: string }) => c.kind === "created");
    expect(created).toHaveLength(2);
    expect(created[0].offer).toHaveProperty("title");
    const cursor = start.body.next_cursor;
    const closed = await call("DELETE", "/api/v1/partners/acme/postings/P1", { token });
    expect(closed.body).toMatchObject({ reference: "P1", status: "closed", change: "removed" });
    expect((await call("DELETE", "/api/v1/partners/acme/postings/P1", { token })).status).toBe(404);
    const next = await call("GET", `/api/v1/stream?after=${cursor}`);
    expect(next.body.changes).toEqual([
      { cursor: expect.any(String), kind: "removed", id: closed.body.offer_id, at: expect.any(String) },
    ]);
    expect(next.body.changes[0]).not.toHaveProperty("offer");
    expect((await call("GET", "/api/v1/stream?after=abc")).status).toBe(400);
  });

  it("streams the published stock as NDJSON with the cursor to follow", async () => {
    const snapshot = await call("GET", "/api/v1/snapshot");
    expect(snapshot.headers["x-cursor"]).toMatch(/^\d+$/);
    const lines = String(snapshot.body)
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((o: { sources: Array<{ reference: string }> }) => o.sources[0]!.reference)).toEqual([
      "P2",
    ]);
  });

  it("removes a partner: token revoked, offers withdrawn", async () => {
    const removed = await call("DELETE", "/api/v1/admin/partners/acme", { token: ADMIN });
    expect(removed.body).toEqual({ closed: 1 });
    expect((await call("GET", "/api/v1/offers")).body.total).toBe(0);
    expect(
      (await call("POST", "/api/v1/partners/acme/postings", { token, body: [posting("Z")] })).status,
    ).toBe(401);
    const runs = await call("GET", "/api/v1/admin/runs?partner=acme", { token: ADMIN });
    // Two pushes and one DELETE.
    expect(runs.body.runs.filter((r: { trigger: string }) => r.trigger === "push")).toHaveLength(3);
  });
});
