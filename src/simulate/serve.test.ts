import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCliContext } from "../cli/app.js";
import { loadConfig } from "../config.js";
import { collectPartnerFeed } from "../ingest/mapping-feed.js";
import { validateMapping } from "../ingest/mapping-validate.js";
import { getPartnerMapping } from "../ingest/partners/partners.js";
import { runServe } from "./serve.js";
import type { FeedServer } from "./serve-app.js";
import { buildServeFixture, startServer } from "./serve-fixture.js";

let root: string;
let app: FeedServer;
let base: string;
const fileOf = (slug: string, day: string, name: string) =>
  readFile(join(root, "partners", slug, day, name), "utf8");
// fetch asks for gzip by default.
const identity = { "accept-encoding": "identity" };
const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });

beforeAll(async () => {
  root = await buildServeFixture();
  ({ app, base } = await startServer(root));
});
afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

describe("feed server routes", () => {
  it("lists partners with their current snapshot (latest day by default)", async () => {
    const index = (await (await fetch(`${base}/partners`)).json()) as {
      day: number;
      partners: Array<{ slug: string; day: number; pages: string[]; mapping: string | null }>;
    };
    expect(index.day).toBe(2);
    expect(index.partners.map((p) => [p.slug, p.day, p.pages.length])).toEqual([
      ["acme-xml", 2, 1],
      ["api-pages", 0, 7],
    ]);
    expect(index.partners[1]?.mapping).toBe("/partners/api-pages/mapping.json");
  });

  it("serves the current snapshot with ETag and Last-Modified, and 304 to conditional requests", async () => {
    const response = await fetch(`${base}/partners/acme-xml/feed`, { headers: identity });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(await response.text()).toBe(await fileOf("acme-xml", "day-002", "feed.xml"));
    const etag = response.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    // Day 2 of a simulation starting on 5 January 2026.
    expect(response.headers.get("last-modified")).toBe("Wed, 07 Jan 2026 00:00:00 GMT");
    expect(
      (await fetch(`${base}/partners/acme-xml/feed`, { headers: { "if-none-match": etag } })).status,
    ).toBe(304);
    const since = { "if-modified-since": "Wed, 07 Jan 2026 00:00:00 GMT" };
    expect((await fetch(`${base}/partners/acme-xml/feed`, { headers: since })).status).toBe(304);
    const head = await fetch(`${base}/partners/acme-xml/feed`, { method: "HEAD", headers: identity });
    expect([head.status, head.headers.get("etag")]).toEqual([200, etag]);
  });

  it("serves an earlier snapshot after POST /control/day, with its own validators", async () => {
    const latest = await fetch(`${base}/partners/acme-xml/feed`);
    const etag = latest.headers.get("etag") ?? "";
    expect((await (await post("/control/day", { day: 1 })).json()) as unknown).toMatchObject({
      day: 1,
      latestDay: 2,
    });
    const earlier = await fetch(`${base}/partners/acme-xml/feed`, { headers: { "if-none-match": etag } });
    expect(earlier.status).toBe(200);
    expect(await earlier.text()).toBe(await fileOf("acme-xml", "day-000", "feed.xml"));
    expect(earlier.headers.get("last-modified")).toBe("Mon, 05 Jan 2026 00:00:00 GMT");
    await post("/control/day", { advance: 1 });
    expect(
      (await fetch(`${base}/partners/acme-xml/feed`, { headers: { "if-none-match": etag } })).status,
    ).toBe(304);
    expect((await post("/control/day", { day: -1 })).status).toBe(400);
  });

  it("compresses with gzip when asked, with a distinct ETag", async () => {
    const plain = await fetch(`${base}/partners/acme-xml/feed`, {
      headers: { "accept-encoding": "identity" },
    });
    const zipped = await fetch(`${base}/partners/acme-xml/feed`, { headers: { "accept-encoding": "gzip" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("etag")).toBe(plain.headers.get("etag")?.replace(/"$/, '-gz"'));
    expect(await zipped.text()).toBe(await plain.text());
    const revalidated = await fetch(`${base}/partners/acme-xml/feed`, {
      headers: { "accept-encoding": "gzip", "if-none-match": zipped.headers.get("etag") ?? "" },
    });
    expect(revalidated.status).toBe(304);
  });

  it("pages a multi-file snapshot by ?page=N and by file name; the pages read back with their mapping", async () => {
    const second = await fetch(`${base}/partners/api-pages/feed?page=2`);
    expect(await second.text()).toBe(await fileOf("api-pages", "day-000", "page-002.json"));
    expect(second.headers.get("link")).toBe('</partners/api-pages/feed?page=3>; rel="next"');
    expect(second.headers.get("x-page-count")).toBe("7");
    const byName = await fetch(`${base}/partners/api-pages/page-002.json`);
    expect(byName.headers.get("etag")).toBe(second.headers.get("etag"));
    const missing = await fetch(`${base}/partners/api-pages/feed?page=8`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { message: string }).message).toMatch(/a 7 page\(s\)/);

    const mapping = validateMapping(await (await fetch(`${base}/partners/api-pages/mapping.json`)).json());
    const pages = Array.from({ length: 7 }, (_, i) => `${base}/partners/api-pages/feed?page=${i + 1}`);
    const { postings, errors } = await collectPartnerFeed(mapping, pages);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(620);
  });

  it("reads an XML feed over HTTP with the registered mapping", async () => {
    const { postings } = await collectPartnerFeed(getPartnerMapping("hellowork"), [
      `${base}/partners/acme-xml/feed`,
    ]);
    expect(postings).toHaveLength(45);
  });

  it("answers 404 in French for unknown partners, files and paths", async () => {
    for (const path of [
      "/partners/nobody/feed",
      "/partners/acme-xml/secret.txt",
      "/partners/..%2F..%2Fetc/feed",
      "/nothing",
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: string }).error).toBe("NOT_FOUND");
    }
  });
});

describe("emploi simulate serve", () => {
  const context = () => {
    const stderr = new PassThrough();
    let text = "";
    stderr.on("data", (chunk) => {
      text += String(chunk);
    });
    return { ctx: createCliContext(loadConfig({}), new PassThrough(), stderr), output: () => text };
  };

  it("serves the folder on the given port and day until stopped", async () => {
    const { ctx, output } = context();
    let stop = () => {};
    const until = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const running = runServe(["--out", root, "--port", "0", "--day", "0", "--quiet"], ctx, until);
    await vi.waitFor(() => expect(output()).toMatch(/sur http:\/\/127\.0\.0\.1:\d+\/partners \(jour 0/));
    const address = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1];
    const index = (await (await fetch(`${address}/partners/acme-xml`)).json()) as { day: number };
    expect(index.day).toBe(0);
    stop();
    expect(await running).toBe(0);
  });

  it("refuses a folder without simulated feeds, and bad arguments, in French", async () => {
    const empty = await mkdtemp(join(tmpdir(), "emploi-serve-empty-"));
    await expect(runServe(["--out", empty], context().ctx)).rejects.toThrow(/Aucun flux simulé/);
    await expect(runServe(["--out", root, "--port", "abc"], context().ctx)).rejects.toThrow(
      /--port : entier positif/,
    );
    await expect(runServe(["--bogus"], context().ctx)).rejects.toThrow(/Arguments invalides/);
    await rm(empty, { recursive: true, force: true });
  });
});
