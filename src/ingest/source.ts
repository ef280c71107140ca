/**
 * Opens a partner feed (a local path or an http(s) URL) as a stream of bytes: gzip is undone
 * transparently (recognised by its magic bytes, or by HTTP Content-Encoding), the bytes read are
 * counted for a progress display, and an optional size limit stops oversized feeds with
 * `FEED_TOO_LARGE`. Over HTTP, conditional validators (ETag, Last-Modified) can be sent: a 304 is
 * a normal "not modified" source with no bytes; a timeout bounds the whole read.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { AppError, errorMessage } from "../errors.js";
import { prepend } from "./formats/feed-item.js";

export interface SourceOptions {
  /** Largest feed accepted, in bytes (after decompression). */
  maxBytes?: number;
  /** Called after every chunk read. */
  onProgress?: (progress: SourceProgress) => void;
  signal?: AbortSignal;
  /** Extra HTTP request headers. */
  headers?: Readonly<Record<string, string>>;
  /** Validators of the last complete read, sent as If-None-Match / If-Modified-Since. */
  conditional?: { etag?: string | null; lastModified?: string | null };
  /** Abort when opening and reading the whole feed takes longer than this (milliseconds). */
  timeoutMs?: number;
}

export interface SourceProgress {
  /** Bytes read from the file or the network (compressed bytes for a gzip file). */
  bytesRead: number;
  /** Size of the file or HTTP Content-Length when known. */
  totalBytes: number | null;
}

export interface FeedSource {
  /** Short name for messages: the file name or the URL. */
  name: string;
  /** Charset announced by the transport (HTTP Content-Type), if any. */
  charset: string | null;
  totalBytes: number | null;
  /** The feed's bytes, decompressed. Can be iterated once. */
  bytes: AsyncIterable<Uint8Array>;
  bytesRead(): number;
  /** HTTP status of the response (null for a file). */
  status: number | null;
  /** The response's validators, to send back on the next request (null for a file). */
  etag: string | null;
  lastModified: string | null;
  /** HTTP 304: the feed has not changed since the validators sent; `bytes` is empty. */
  notModified: boolean;
  /** The next page of the feed (HTTP `Link: <…>; rel="next"`), as an absolute URL. */
  nextPage: string | null;
}

/** The `rel="next"` target of a Link header, resolved against the URL it came with. */
export const nextPageOf = (link: string | null, url: string): string | null => {
  for (const part of (link ?? "").split(",")) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (match && /\brel\s*=\s*"?next"?/i.test(match[2]!)) return new URL(match[1]!, url).toString();
  }
  return null;
};

const CHUNK_SIZE = 256 * 1024;

const isUrl = (location: string): boolean => /^https?:\/\//i.test(location);

/** The `charset` parameter of a Content-Type header. */
export const charsetFromContentType = (contentType: string | null): string | null =>
  /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "")?.[1] ?? null;

const tooLarge = (name: string, maxBytes: number): AppError =>
  new AppError(
    "FEED_TOO_LARGE",
    `Le flux ${name} dépasse la taille maximale autorisée (${Math.round(maxBytes / 1e6)} Mo).`,
    { details: { source: name, maxBytes } },
  );

/** Details tell the scheduler what happened: `status` and `retryAfter`, `network`, `timeout`. */
const unreadable = (name: string, why: string, cause?: unknown, details: Record<string, unknown> = {}) =>
  new AppError("FEED_UNREADABLE", `Impossible de lire le flux ${name} : ${why}.`, {
    cause,
    details: { source: name, ...details },
  });

interface Opened {
  name: string;
  charset: string | null;
  totalBytes: number | null;
  raw: AsyncIterable<Uint8Array>;
  status: number | null;
  etag: string | null;
  lastModified: string | null;
  nextPage?: string | null;
}

async function openFile(path: string, signal?: AbortSignal): Promise<Opened> {
  const info = await stat(path).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    throw unreadable(path, code === "ENOENT" ? "fichier introuvable" : errorMessage(error), error);
  });
  if (!info.isFile()) throw unreadable(path, "ce n'est pas un fichier");
  const stream = createReadStream(path, { highWaterMark: CHUNK_SIZE, signal });
  const raw = stream as AsyncIterable<Buffer>;
  return {
    name: basename(path),
    charset: null,
    totalBytes: info.size,
    raw,
    status: null,
    etag: null,
    lastModified: null,
  };
}

const isTimeout = (signal: AbortSignal | undefined): boolean =>
  signal?.aborted === true && signal.reason instanceof DOMException && signal.reason.name === "TimeoutError";

/** Why a read stopped: the timeout, an abort, or the error itself. */
const stopReason = (error: unknown, signal: AbortSignal | undefined): string =>
  isTimeout(signal) ? "délai dépassé" : signal?.aborted ? "lecture annulée" : errorMessage(error);

const requestHeaders = (options: SourceOptions): Record<string, string> => {
  const headers: Record<string, string> = { "accept-encoding": "gzip", ...options.headers };
  if (options.conditional?.etag) headers["if-none-match"] = options.conditional.etag;
  if (options.conditional?.lastModified) headers["if-modified-since"] = options.conditional.lastModified;
  return headers;
};

async function openUrl(url: string, options: SourceOptions, signal?: AbortSignal): Promise<Opened> {
  const response = await fetch(url, { signal, redirect: "follow", headers: requestHeaders(options) }).catch(
    (error: unknown) => {
      if (isTimeout(signal)) throw unreadable(url, "délai dépassé", error, { timeout: true });
      const why = `le serveur ne répond pas (${stopReason(error, signal)})`;
      throw unreadable(url, why, error, { network: !signal?.aborted });
    },
  );
  const validators = {
    etag: response.headers.get("etag"),
    lastModified: response.headers.get("last-modified"),
    nextPage: nextPageOf(response.headers.get("link"), url),
  };
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return { name: url, charset: null, totalBytes: 0, raw: Readable.from([]), status: 304, ...validators };
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel().catch(() => undefined);
    const why = `réponse HTTP ${response.status} ${response.statusText}`.trim();
    const retryAfter = response.headers.get("retry-after");
    throw unreadable(url, why, undefined, { status: response.status, retryAfter });
  }
  const length = Number(response.headers.get("content-length"));
  // fetch undoes Content-Encoding itself; Content-Length then counts compressed bytes.
  const encoded = response.headers.get("content-encoding") !== null;
  return {
    name: url,
    charset: charsetFromContentType(response.headers.get("content-type")),
    totalBytes: Number.isFinite(length) && length > 0 && !encoded ? length : null,
    raw: response.body as AsyncIterable<Uint8Array>,
    status: response.status,
    ...validators,
  };
}

const withTimeout = (signal: AbortSignal | undefined, timeoutMs: number | undefined) => {
  if (timeoutMs === undefined) return signal;
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
};

const GZIP_MAGIC = [0x1f, 0x8b] as const;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, index) => bytes[index] === byte);

async function* gunzip(name: string, input: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const unzip = Readable.from(input).pipe(createGunzip());
  try {
    for await (const chunk of unzip as AsyncIterable<Buffer>) yield chunk;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(name, `archive gzip illisible ou tronquée (${errorMessage(error)})`, error);
  }
}

/** Opens a path or an http(s) URL as a byte stream (see the module comment). */
export async function openSource(location: string, options: SourceOptions = {}): Promise<FeedSource> {
  const signal = withTimeout(options.signal, options.timeoutMs);
  const opened = isUrl(location)
    ? await openUrl(location, options, signal)
    : await openFile(location, signal);
  const { name, totalBytes } = opened;
  const { maxBytes, onProgress } = options;
  if (maxBytes !== undefined && totalBytes !== null && totalBytes > maxBytes) throw tooLarge(name, maxBytes);
  let bytesRead = 0;
  async function* counted(): AsyncIterable<Uint8Array> {
    try {
      for await (const chunk of opened.raw) {
        bytesRead += chunk.byteLength;
        onProgress?.({ bytesRead, totalBytes });
        yield chunk;
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      const why = `lecture interrompue (${stopReason(error, signal)})`;
      throw unreadable(name, why, error, isTimeout(signal) ? { timeout: true } : {});
    }
  }
  async function* bytes(): AsyncIterable<Uint8Array> {
    const iterator = counted()[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done) return;
    if (startsWith(first.value, ZIP_MAGIC))
      throw unreadable(name, "les archives zip ne sont pas prises en charge");
    const all = prepend(first.value, iterator);
    const plain = startsWith(first.value, GZIP_MAGIC) ? gunzip(name, all) : all;
    let size = 0;
    for await (const chunk of plain) {
      size += chunk.byteLength;
      if (maxBytes !== undefined && size > maxBytes) throw tooLarge(name, maxBytes);
      yield chunk;
    }
  }
  return {
    name,
    charset: opened.charset,
    totalBytes,
    bytes: bytes(),
    bytesRead: () => bytesRead,
    status: opened.status,
    etag: opened.etag,
    lastModified: opened.lastModified,
    notModified: opened.status === 304,
    nextPage: opened.nextPage ?? null,
  };
}
