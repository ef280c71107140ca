import { readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../errors.js";
import { collectPartnerFeed } from "../ingest/mapping-feed.js";
import { getPartnerMapping } from "../ingest/partners/partners.js";
import type { FeedServer } from "./serve-app.js";
import { FaultBoard, faultFromQuery, parseFault } from "./serve-faults.js";
import { buildServeFixture, startServer } from "./serve-fixture.js";

let root: string;
let app: FeedServer;
let base: string;
let feedPath: string;
const identity = { "accept-encoding": "identity" };
const feed = (query = "", init: RequestInit = {}) =>
  fetch(`${base}/partners/acme-xml/feed${query}`, { ...init, headers: { ...identity, ...init.headers } });
const setFaults = (body: unknown) =>
  fetch(`${base}/control/faults`, { method: "POST", body: JSON.stringify(body) });

beforeAll(async () => {
  root = await buildServeFixture();
  feedPath = join(root, "partners", "acme-xml", "day-002", "feed.xml");
  ({ app, base } = await startServer(root));
});
afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  await fetch(`${base}/control/faults`, { method: "DELETE" });
});

describe("fault definitions", () => {
  it("checks faults and reads one-request faults from the query", () => {
    expect(faultFromQuery(new URLSearchParams("fault=truncate&at=0.25&mode=connection"))).toEqual({
      kind: "truncate",
      at: 0.25,
      mode: "connection",
    });
    expect(faultFromQuery(new URLSearchParams("page=2"))).toBeNull();
    const error = (() => {
      try {
        parseFault({ kind: "truncate", at: 3 });
      } catch (e) {
        return e;
      }
    })();
    expect(isAppError(error) && error.code === "INVALID_BODY" && error.message).toMatch(
      /« at » doit être un nombre entre 0 et 1/,
    );
  });

  it("applies a partner's fault before the wildcard and clears it after `times` requests", () => {
    const board = new FaultBoard();
    board.apply({ "*": { kind: "slow" }, a: { kind: "error500", times: 2 } });
    expect([
      board.take("a")?.kind,
      board.take("a")?.kind,
      board.take("a")?.kind,
      board.take("b")?.kind,
    ]).toEqual(["error500", "error500", "slow", "slow"]);
    board.apply({ "*": null });
    expect(board.take("b")).toBeNull();
  });
});

describe("faults over HTTP", () => {
  it("error500: set by POST /control/faults for one request, then the feed is back", async () => {
    const set = await setFaults({ "acme-xml": { kind: "error500", times: 1 } });
    expect(((await set.json()) as { faults: unknown }).faults).toEqual({
      "acme-xml": { kind: "error500", times: 1 },
    });
    expect((await feed()).status).toBe(500);
    expect((await feed()).status).toBe(200);
    expect((await feed("?fault=error500&status=503")).status).toBe(503);
  });

  it("rejects an invalid fault with a French message", async () => {
    const response = await setFaults({ "acme-xml": { kind: "flood" } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /« kind » doit valoir slow ou error500/,
    );
  });

  it("slow: waits before answering, and throttles the body", async () => {
    let started = Date.now();
    expect((await feed("?fault=slow&delay=300")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    started = Date.now();
    const size = (await stat(feedPath)).size;
    const body = await (await feed(`?fault=slow&delay=0&bps=${Math.ceil(size / 0.4)}`)).text();
    expect(body).toBe(await readFile(feedPath, "utf8"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it("truncate: a cut document without validators, which the reader refuses as truncated", async () => {
    const size = (await stat(feedPath)).size;
    const response = await feed("?fault=truncate&at=0.5");
    expect(response.headers.get("etag")).toBeNull();
    expect(Buffer.byteLength(await response.text())).toBe(Math.floor(size / 2));
    await setFaults({ "acme-xml": { kind: "truncate", at: 0.6 } });
    const error = await collectPartnerFeed(getPartnerMapping("hellowork"), [
      `${base}/partners/acme-xml/feed`,
    ]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe("FEED_MALFORMED");
  });

  it("truncate (connection): the body stops short of its announced length", async () => {
    const response = await feed("?fault=truncate&at=0.3&mode=connection");
    expect(response.headers.get("content-length")).toBe(String((await stat(feedPath)).size));
    await expect(response.text()).rejects.toThrow();
  });

  it("wrong-encoding: windows-1252 bytes declared UTF-8, or UTF-8 bytes declared ISO-8859-1", async () => {
    const original = await readFile(feedPath, "utf8");
    const latin = await feed("?fault=wrong-encoding");
    expect(latin.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const bytes = Buffer.from(await latin.arrayBuffer());
    expect(bytes.equals(Buffer.from(original, "utf8"))).toBe(false);
    expect(iconv.decode(bytes, "windows-1252")).toBe(original);
    const utf8 = await feed("?fault=wrong-encoding&encoding=utf8-as-latin1");
    expect(utf8.headers.get("content-type")).toBe("application/xml; charset=iso-8859-1");
    expect(Buffer.from(await utf8.arrayBuffer()).equals(Buffer.from(original, "utf8"))).toBe(true);
    // The ingest side sees through both: same postings as the clean feed.
    const read = (query: string) =>
      collectPartnerFeed(getPartnerMapping("hellowork"), [`${base}/partners/acme-xml/feed${query}`]);
    const clean = (await read("")).postings.map((p) => p.title);
    expect(clean).toHaveLength(45);
    expect((await read("?fault=wrong-encoding")).postings.map((p) => p.title)).toEqual(clean);
    expect(
      (await read("?fault=wrong-encoding&encoding=utf8-as-latin1")).postings.map((p) => p.title),
    ).toEqual(clean);
  });

  it("timeout: no answer at all, or headers and a few bytes then silence", async () => {
    await expect(feed("?fault=timeout", { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    const partial = await feed("?fault=timeout&after=100", { signal: AbortSignal.timeout(500) });
    expect(partial.status).toBe(200);
    await expect(partial.text()).rejects.toThrow();
  });

  it("applies a wildcard fault to every partner's feed but not to its mapping or index", async () => {
    await setFaults({ "*": { kind: "error500" } });
    expect((await fetch(`${base}/partners/api-pages/feed?page=3`)).status).toBe(500);
    expect((await fetch(`${base}/partners/api-pages/mapping.json`)).status).toBe(200);
    expect((await fetch(`${base}/partners`)).status).toBe(200);
    await fetch(`${base}/control/faults`, { method: "DELETE" });
    expect((await fetch(`${base}/partners/api-pages/feed?page=3`)).status).toBe(200);
  });
});
