import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppError, isAppError } from "../errors.js";
import { charsetFromContentType, openSource, type SourceProgress } from "./source.js";

let dir = "";
let server: Server;
let base = "";
const BODY = "<jobs><job><id>1</id></job></jobs>";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "emploi-source-"));
  server = createServer((request, response) => {
    if (request.url === "/feed.xml") {
      response.writeHead(200, {
        "content-type": "application/xml; charset=ISO-8859-1",
        "content-length": BODY.length,
      });
      response.end(BODY);
    } else if (request.url === "/conditional.xml") {
      const fresh = request.headers["if-none-match"] === '"v1"';
      const headers = { etag: '"v1"', "last-modified": "Wed, 04 Nov 2026 10:00:00 GMT" };
      if (fresh) {
        response.writeHead(304, headers);
        response.end();
      } else if (/gzip/.test(request.headers["accept-encoding"] ?? "")) {
        response.writeHead(200, { ...headers, "content-encoding": "gzip" });
        response.end(gzipSync(BODY));
      } else {
        response.writeHead(200, headers);
        response.end(BODY);
      }
    } else if (request.url === "/busy") {
      response.writeHead(503, { "retry-after": "120" });
      response.end();
    } else if (request.url === "/slow") {
      response.writeHead(200);
      response.write("<jobs>");
      const timer = setTimeout(() => response.end("</jobs>"), 5000);
      response.on("close", () => clearTimeout(timer));
    } else if (request.url === "/feed.xml.gz") {
      response.writeHead(200, { "content-type": "application/gzip" });
      response.end(gzipSync(BODY));
    } else {
      response.writeHead(404, "Not Found");
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const readAll = async (bytes: AsyncIterable<Uint8Array>): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of bytes) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
};

const failure = async (action: () => Promise<unknown>): Promise<AppError> => {
  const error = await action().then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`AppError attendue, reçu ${String(error)}`);
  return error;
};

describe("openSource", () => {
  it("reads a file, with its size and the bytes read for a progress display", async () => {
    const path = join(dir, "feed.xml");
    await writeFile(path, BODY);
    const progress: SourceProgress[] = [];
    const source = await openSource(path, { onProgress: (p) => progress.push(p) });
    expect(source.name).toBe("feed.xml");
    expect(source.totalBytes).toBe(BODY.length);
    expect(await readAll(source.bytes)).toBe(BODY);
    expect(source.bytesRead()).toBe(BODY.length);
    expect(progress.at(-1)).toEqual({ bytesRead: BODY.length, totalBytes: BODY.length });
  });

  it("gunzips a gzip file recognised by its magic bytes, whatever its name", async () => {
    const path = join(dir, "feed.bin");
    await writeFile(path, gzipSync(BODY));
    const source = await openSource(path);
    expect(await readAll(source.bytes)).toBe(BODY);
  });

  it("fails clearly on a missing file, a corrupt gzip and a zip archive", async () => {
    const missing = await failure(() => openSource(join(dir, "absent.xml")));
    expect(missing.code).toBe("FEED_UNREADABLE");
    expect(missing.message).toContain("fichier introuvable");
    const corrupt = join(dir, "corrupt.gz");
    await writeFile(corrupt, gzipSync(BODY).subarray(0, 20));
    const gzipError = await failure(async () => readAll((await openSource(corrupt)).bytes));
    expect(gzipError.message).toContain("gzip");
    const zip = join(dir, "feed.zip");
    await writeFile(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const zipError = await failure(async () => readAll((await openSource(zip)).bytes));
    expect(zipError.message).toContain("zip");
  });

  it("stops a feed over the size limit with FEED_TOO_LARGE, also once decompressed", async () => {
    const path = join(dir, "big.xml");
    await writeFile(path, "x".repeat(5000));
    expect((await failure(() => openSource(path, { maxBytes: 1000 }))).code).toBe("FEED_TOO_LARGE");
    const bomb = join(dir, "bomb.gz");
    await writeFile(bomb, gzipSync(Buffer.alloc(2_000_000, 0x20)));
    const error = await failure(async () => readAll((await openSource(bomb, { maxBytes: 100_000 })).bytes));
    expect(error.code).toBe("FEED_TOO_LARGE");
    expect(error.message).toContain("taille maximale");
  });

  it("reads an http URL with its charset and length, and gunzips it", async () => {
    const source = await openSource(`${base}/feed.xml`);
    expect(source.charset).toBe("ISO-8859-1");
    expect(source.totalBytes).toBe(BODY.length);
    expect(await readAll(source.bytes)).toBe(BODY);
    expect(await readAll((await openSource(`${base}/feed.xml.gz`)).bytes)).toBe(BODY);
  });

  it("fails with the HTTP status when the server refuses", async () => {
    const error = await failure(() => openSource(`${base}/missing`));
    expect(error.code).toBe("FEED_UNREADABLE");
    expect(error.message).toContain("404");
  });
});

describe("openSource over HTTP: conditional requests, gzip, timeouts", () => {
  it("asks for gzip, exposes the validators, and answers 304 as a source without bytes", async () => {
    const first = await openSource(`${base}/conditional.xml`);
    expect(first).toMatchObject({ status: 200, etag: '"v1"', notModified: false });
    expect(first.lastModified).toBe("Wed, 04 Nov 2026 10:00:00 GMT");
    expect(first.totalBytes).toBeNull();
    expect(await readAll(first.bytes)).toBe(BODY);
    const again = await openSource(`${base}/conditional.xml`, { conditional: { etag: first.etag } });
    expect(again).toMatchObject({ status: 304, notModified: true, etag: '"v1"' });
    expect(await readAll(again.bytes)).toBe("");
  });

  it("gives the HTTP status and Retry-After of a refusal in the error details", async () => {
    const error = await failure(() => openSource(`${base}/busy`));
    expect(error.details).toMatchObject({ status: 503, retryAfter: "120" });
  });

  it("stops a read that exceeds the timeout, saying so", async () => {
    const started = Date.now();
    const error = await failure(async () =>
      readAll((await openSource(`${base}/slow`, { timeoutMs: 200 })).bytes),
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error.message).toContain("délai dépassé");
    expect(error.details).toMatchObject({ timeout: true });
  });

  it("reports a refused connection as a network failure", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(() => openSource(`http://127.0.0.1:${port}/feed.xml`));
    expect(error.details).toMatchObject({ network: true });
  });

  it("files have no HTTP status nor validators", async () => {
    const path = join(dir, "plain.xml");
    await writeFile(path, BODY);
    expect(await openSource(path)).toMatchObject({ status: null, etag: null, notModified: false });
  });
});

describe("charsetFromContentType", () => {
  it("reads the charset parameter", () => {
    expect(charsetFromContentType('text/xml; charset="windows-1252"')).toBe("windows-1252");
    expect(charsetFromContentType("application/json")).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
});
