/**
 * Streams one feed file as an HTTP response: ETag (content hash) and Last-Modified with 304
 * answers, gzip on request, HEAD, and the body-level faults (truncation, wrong encoding, throttled
 * or hanging bodies). Files are never read whole into memory.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname } from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
import { createGzip } from "node:zlib";
import iconv from "iconv-lite";
import type { Fault } from "./serve-faults.js";

const TYPES: Record<string, string> = {
  ".xml": "application/xml",
  ".json": "application/json",
  ".csv": "text/csv",
  ".html": "text/html",
};

export interface FeedFile {
  path: string;
  /** The simulated date of the snapshot. */
  lastModified: Date;
  /** Extra headers (Link to the next page…). */
  headers?: Record<string, string>;
}

/** A JSON answer (index pages, controls, errors). */
export const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  res
    .writeHead(status, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(text),
      "Cache-Control": "no-store",
    })
    .end(text);
};

const hashes = new Map<string, { key: string; hash: Promise<string> }>();

/** The content hash of a file (SHA-1, hex), cached per size and modification time. */
export const contentHash = async (path: string): Promise<string> => {
  const info = await stat(path);
  const key = `${info.size}:${info.mtimeMs}`;
  const cached = hashes.get(path);
  if (cached?.key === key) return cached.hash;
  const hash = (async () => {
    const digest = createHash("sha1");
    for await (const chunk of createReadStream(path)) digest.update(chunk as Buffer);
    return digest.digest("hex").slice(0, 32);
  })();
  hashes.set(path, { key, hash });
  hash.catch(() => hashes.delete(path));
  return hash;
};

const wantsGzip = (req: IncomingMessage): boolean => {
  const accept = req.headers["accept-encoding"];
  return typeof accept === "string" && /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?\b)/i.test(accept);
};

/** Whether the client's copy is current (If-None-Match first, else If-Modified-Since). */
export const notModified = (req: IncomingMessage, hash: string, lastModified: Date): boolean => {
  const tags = req.headers["if-none-match"];
  if (typeof tags === "string") {
    return (
      tags.trim() === "*" || [...tags.matchAll(/"([^"]*)"/g)].some((m) => m[1]?.replace(/-gz$/, "") === hash)
    );
  }
  const since = Date.parse(req.headers["if-modified-since"] ?? "");
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
};

/** windows-1252 bytes from UTF-8 bytes (characters it lacks become "?"). */
const toLatin1 = (): Transform => {
  const decoder = new StringDecoder("utf8");
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      done(null, iconv.encode(decoder.write(chunk), "windows-1252"));
    },
    flush(done: TransformCallback) {
      done(null, iconv.encode(decoder.end(), "windows-1252"));
    },
  });
};

/** Passes bytes at most `perSecond` a second, in tenth-of-a-second slices. */
const throttle = (perSecond: number): Transform => {
  const slice = Math.max(1, Math.floor(perSecond / 10));
  return new Transform({
    async transform(chunk: Buffer, _encoding, done: TransformCallback) {
      for (let at = 0; at < chunk.length; at += slice) {
        this.push(chunk.subarray(at, at + slice));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      done();
    },
  });
};

/** Streams a file (or its first `bytes`) into the response; `keepOpen` leaves the response unfinished. */
const stream = async (res: ServerResponse, source: Readable, stages: Transform[], keepOpen: boolean) => {
  try {
    if (keepOpen) {
      for (const stage of stages) source = source.pipe(stage);
      source.pipe(res, { end: false });
      await new Promise<void>((resolve) => source.once("end", resolve).once("error", () => resolve()));
    } else await pipeline([source, ...stages, res]);
  } catch {
    // The client went away or the file vanished: nothing more can be sent.
    res.destroy();
  }
};

/** Sends a feed file, applying a body fault when one is given (see serve-faults.ts). */
export const sendFile = async (
  req: IncomingMessage,
  res: ServerResponse,
  file: FeedFile,
  fault: Fault | null,
): Promise<void> => {
  const info = await stat(file.path);
  const hash = await contentHash(file.path);
  const altersBody = fault?.kind === "truncate" || fault?.kind === "wrong-encoding";
  const gzip = wantsGzip(req) && !(fault?.kind === "timeout");
  const latin1Bytes = fault?.kind === "wrong-encoding" && fault.encoding !== "utf8-as-latin1";
  const declared =
    fault?.kind === "wrong-encoding" && fault.encoding === "utf8-as-latin1" ? "iso-8859-1" : "utf-8";
  const headers: Record<string, string | number> = {
    "Content-Type": `${TYPES[extname(file.path)] ?? "application/octet-stream"}; charset=${declared}`,
    "Cache-Control": "no-cache",
    Vary: "Accept-Encoding",
    ...file.headers,
  };
  if (!altersBody) {
    headers.ETag = `"${hash}${gzip ? "-gz" : ""}"`;
    headers["Last-Modified"] = file.lastModified.toUTCString();
    if (notModified(req, hash, file.lastModified)) {
      res.writeHead(304, headers).end();
      return;
    }
  }
  const cut = fault?.kind === "truncate" ? Math.floor(info.size * (fault.at ?? 0.5)) : null;
  const hangAfter = fault?.kind === "timeout" ? (fault.afterBytes ?? 0) : null;
  const sentBytes = Math.min(info.size, cut ?? info.size, hangAfter ?? info.size);
  if (gzip) headers["Content-Encoding"] = "gzip";
  else if (!latin1Bytes) {
    // A cut document announces what it sends; a cut or hanging connection announces the whole file.
    const whole = fault?.kind === "timeout" || (fault?.kind === "truncate" && fault.mode === "connection");
    headers["Content-Length"] = whole ? info.size : sentBytes;
  }
  res.writeHead(200, headers);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const source =
    sentBytes > 0 ? createReadStream(file.path, { start: 0, end: sentBytes - 1 }) : emptySource();
  const stages: Transform[] = [];
  if (latin1Bytes) stages.push(toLatin1());
  if (fault?.kind === "slow" && fault.bytesPerSecond) stages.push(throttle(fault.bytesPerSecond));
  if (gzip) stages.push(createGzip({ level: 1 }));
  const cutConnection = fault?.kind === "truncate" && fault.mode === "connection";
  await stream(res, source, stages, hangAfter !== null || cutConnection);
  if (cutConnection) res.write("", () => res.destroy());
};

const emptySource = (): Readable => Readable.from([]);
