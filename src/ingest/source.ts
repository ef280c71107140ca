/**
 * Opens a partner feed (a local path or an http(s) URL) as a stream of bytes: gzip is undone
 * transparently (recognised by its magic bytes), the bytes read are counted for a progress
 * display, and an optional size limit stops oversized feeds with `FEED_TOO_LARGE`.
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
}

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

const unreadable = (name: string, why: string, cause?: unknown): AppError =>
  new AppError("FEED_UNREADABLE", `Impossible de lire le flux ${name} : ${why}.`, {
    cause,
    details: { source: name },
  });

async function openFile(path: string, signal?: AbortSignal) {
  const info = await stat(path).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    throw unreadable(path, code === "ENOENT" ? "fichier introuvable" : errorMessage(error), error);
  });
  if (!info.isFile()) throw unreadable(path, "ce n'est pas un fichier");
  const stream = createReadStream(path, { highWaterMark: CHUNK_SIZE, signal });
  return { name: basename(path), charset: null, totalBytes: info.size, raw: stream as AsyncIterable<Buffer> };
}

async function openUrl(url: string, signal?: AbortSignal) {
  const response = await fetch(url, { signal, redirect: "follow" }).catch((error: unknown) => {
    throw unreadable(url, `le serveur ne répond pas (${errorMessage(error)})`, error);
  });
  if (!response.ok || response.body === null) {
    await response.body?.cancel().catch(() => undefined);
    throw unreadable(url, `réponse HTTP ${response.status} ${response.statusText}`.trim());
  }
  const length = Number(response.headers.get("content-length"));
  // fetch undoes Content-Encoding itself; Content-Length then counts compressed bytes.
  const encoded = response.headers.get("content-encoding") !== null;
  return {
    name: url,
    charset: charsetFromContentType(response.headers.get("content-type")),
    totalBytes: Number.isFinite(length) && length > 0 && !encoded ? length : null,
    raw: response.body as AsyncIterable<Uint8Array>,
  };
}

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
  const opened = isUrl(location)
    ? await openUrl(location, options.signal)
    : await openFile(location, options.signal);
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
      throw unreadable(name, `lecture interrompue (${errorMessage(error)})`, error);
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
  return { name, charset: opened.charset, totalBytes, bytes: bytes(), bytesRead: () => bytesRead };
}
