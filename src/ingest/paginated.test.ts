import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectPartnerFeed } from "./mapping-feed.js";
import type { PartnerMapping } from "./mapping-types.js";
import { resolveLink } from "./paginated.js";
import { nextPageOf } from "./source.js";

const mapping: PartnerMapping = {
  slug: "api",
  label: "API",
  format: "json",
  records: "items",
  next: "next",
  fields: { reference: "id", title: "title" },
};

const page = (ids: string[], next: string | null) =>
  JSON.stringify({ items: ids.map((id) => ({ id, title: `Offre ${id}` })), next });

const PAGES: Record<string, string> = {
  "page-1.json": page(["a", "b"], "page-2.json"),
  "page-2.json": page(["c"], "page-3.json"),
  "page-3.json": page(["d"], null),
};

describe("paginated JSON feeds", () => {
  it("follows next links between files, reading each page once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emploi-pages-"));
    for (const [name, text] of Object.entries(PAGES)) writeFileSync(join(dir, name), text);
    const { postings } = await collectPartnerFeed(mapping, [join(dir, "page-1.json")]);
    expect(postings.map((p) => p.reference)).toEqual(["a", "b", "c", "d"]);
    const all = await collectPartnerFeed(
      mapping,
      Object.keys(PAGES).map((n) => join(dir, n)),
    );
    expect(all.postings.map((p) => p.reference)).toEqual(["a", "b", "c", "d"]);
  });

  it("stops on a loop and follows links over HTTP", async () => {
    const pages = { ...PAGES, "page-3.json": page(["d"], "page-1.json") };
    const server = createServer((req, res) => {
      const body = pages[(req.url ?? "").split("/").pop() as keyof typeof pages];
      res.writeHead(body ? 200 : 404, { "content-type": "application/json" }).end(body ?? "");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      const { postings } = await collectPartnerFeed(mapping, [`http://127.0.0.1:${port}/feed/page-1.json`]);
      expect(postings.map((p) => p.reference)).toEqual(["a", "b", "c", "d"]);
    } finally {
      server.close();
    }
  });

  it("follows HTTP Link rel=next headers for any format", async () => {
    const server = createServer((req, res) => {
      const n = Number(new URL(req.url ?? "/", "http://x").searchParams.get("page") ?? "1");
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (n < 3) headers.link = `</feed?page=${n + 1}>; rel="next"`;
      res.writeHead(200, headers).end(JSON.stringify([{ id: `p${n}`, title: `Offre ${n}` }]));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      const plain: PartnerMapping = { ...mapping, next: undefined, records: "" };
      const { postings } = await collectPartnerFeed(plain, [`http://127.0.0.1:${port}/feed`]);
      expect(postings.map((p) => p.reference)).toEqual(["p1", "p2", "p3"]);
    } finally {
      server.close();
    }
  });

  it("reads the next page from a Link header", () => {
    expect(
      nextPageOf('</feed?page=2>; rel="next", </feed?page=9>; rel="last"', "http://x.example/feed"),
    ).toBe("http://x.example/feed?page=2");
    expect(nextPageOf(null, "http://x.example/")).toBeNull();
  });

  it("resolves links relative to a URL or a file", () => {
    expect(resolveLink("http://x.example/api/jobs?page=1", "?page=2")).toBe(
      "http://x.example/api/jobs?page=2",
    );
    expect(resolveLink("/data/feed/page-1.json", "page-2.json")).toBe("/data/feed/page-2.json");
  });
});
