/**
 * Test support for the feed server: a small simulator output folder written by the real writers,
 * and a running server on a free port.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFeedServer, type FeedServer } from "./serve-app.js";
import { dayFolder } from "./serve-layout.js";
import { writerFor } from "./writers/registry.js";
import { buildSimPartner, manySimPostings } from "./writers/sample-postings.js";

export const FIXTURE_START = "2026-01-05T00:00:00.000Z";

/**
 * `acme-xml` (Hellowork format) on days 0 (40 postings) and 2 (45 postings), `api-pages` (paginated
 * JSON, 620 postings, 100 a page) on day 0.
 */
export const buildServeFixture = async (): Promise<string> => {
  const root = await mkdtemp(join(tmpdir(), "emploi-serve-"));
  await mkdir(join(root, "partners"), { recursive: true });
  await writeFile(join(root, "manifest.json"), JSON.stringify({ version: 1, start: FIXTURE_START }));
  const xml = buildSimPartner("hellowork", { slug: "acme-xml" });
  await writerFor("hellowork")(
    xml,
    manySimPostings(40, 500),
    join(root, "partners", "acme-xml", dayFolder(0)),
  );
  await writerFor("hellowork")(
    xml,
    manySimPostings(45, 500),
    join(root, "partners", "acme-xml", dayFolder(2)),
  );
  // "api-pages" gives 100 items a page (the page size is drawn from the slug).
  const api = buildSimPartner("json-api", { slug: "api-pages" });
  await writerFor("json-api")(
    api,
    manySimPostings(620, 200),
    join(root, "partners", "api-pages", dayFolder(0)),
  );
  return root;
};

/** A listening feed server on the fixture; `close` it after the tests. */
export const startServer = async (root: string): Promise<{ app: FeedServer; base: string }> => {
  const app = await buildFeedServer({ root });
  const base = await app.listen(0);
  return { app, base };
};
