/**
 * The convenience entry of the ingest runner: a partner's feed sources, read with its mapping,
 * as a stream of mapped postings and per-record errors. A fatal feed problem is thrown as an
 * AppError, after every good record before it was yielded.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { AppError, isAppError } from "../errors.js";
import { contentHash } from "./content-hash.js";
import { readFeed } from "./formats/read-feed.js";
import { mapRecord, referenceOf } from "./mapping.js";
import type { PartnerMapping } from "./mapping-types.js";
import { readPages } from "./paginated.js";
import type { RawPosting } from "./raw-posting.js";
import { type FeedSource, openSource, type SourceProgress } from "./source.js";

export type PartnerFeedItem =
  /** A mapped posting, with its content hash when the reader computed it. */
  | { ok: true; posting: RawPosting; position: string; hash?: string }
  /** A posting the reader found unchanged (its hash is the one `known` gave): not sent whole. */
  | { ok: true; known: true; reference: string; hash: string; position: string }
  | { ok: false; reference: string | null; position: string; reason: string };

/** Reads one source's bytes into mapped postings (in this thread, or on a worker thread). */
export type SourceParser = (
  mapping: PartnerMapping,
  bytes: AsyncIterable<Uint8Array>,
  options: { charset: string | null; name: string; known?: ReadonlyMap<string, string> },
) => AsyncIterable<PartnerFeedItem>;

export interface ReadPartnerFeedOptions {
  /** Largest feed accepted per source, in bytes. */
  maxBytes?: number;
  /** Bytes read over all sources, and their total size when known. */
  onProgress?: (progress: SourceProgress) => void;
  signal?: AbortSignal;
  /**
   * The content hash of each open posting of the partner, by reference: a posting read with the
   * same hash is yielded as `known`, without its content (the writer has nothing to do for it).
   */
  known?: ReadonlyMap<string, string>;
  /** Where sources are parsed; this thread by default (threads/feed-pool.ts: worker threads). */
  parse?: SourceParser;
}

/** Parse one source in this thread: records read, mapped, hashed; the known ones marked. */
export async function* parseSource(
  mapping: PartnerMapping,
  bytes: AsyncIterable<Uint8Array>,
  options: { charset: string | null; name: string; known?: ReadonlyMap<string, string> },
): AsyncIterable<PartnerFeedItem> {
  const items = readFeed(mapping.format, bytes, {
    records: mapping.records,
    charset: mapping.charset ?? options.charset,
    delimiter: mapping.delimiter,
    lines: mapping.lines,
  });
  for await (const item of items) {
    const position = `${options.name}, ${item.position}`;
    if (!item.ok) {
      const reference = item.record ? referenceOf(mapping, item.record) : null;
      yield { ok: false, reference, position, reason: item.reason };
      continue;
    }
    const result = mapRecord(mapping, item.record);
    if (!result.ok) {
      yield { ok: false, reference: result.reference, position, reason: result.reason };
      continue;
    }
    const hash = contentHash(result.posting);
    const reference = result.posting.reference;
    if (options.known?.get(reference) === hash) yield { ok: true, known: true, reference, hash, position };
    else yield { ok: true, posting: result.posting, position, hash };
  }
}

/** A location to open, or a source the caller already opened (to look at its HTTP status first). */
export type FeedLocation = string | FeedSource;

/** Sum of the sizes of local files; null as soon as one is a URL or cannot be measured. */
const knownTotal = async (sources: readonly FeedLocation[]): Promise<number | null> => {
  let total = 0;
  for (const source of sources) {
    if (typeof source !== "string") {
      if (source.totalBytes === null) return null;
      total += source.totalBytes;
      continue;
    }
    if (/^https?:\/\//i.test(source)) return null;
    const size = await stat(source).then(
      (info) => info.size,
      () => null,
    );
    if (size === null) return null;
    total += size;
  }
  return total;
};

const inSource = (error: unknown, name: string): unknown =>
  isAppError(error) && error.details?.source === undefined
    ? new AppError(error.code, `${name} : ${error.message}`, {
        cause: error,
        details: { ...error.details, source: name },
      })
    : error;

/**
 * Reads every source of a partner's feed with its mapping (see the module comment). Sources
 * already opened are read as they are: their progress is reported through their own options.
 */
export async function* readPartnerFeed(
  mapping: PartnerMapping,
  sources: readonly FeedLocation[],
  options: ReadPartnerFeedOptions = {},
): AsyncIterable<PartnerFeedItem> {
  if (sources.length === 0)
    throw new AppError("FEED_UNREADABLE", "Aucun flux à lire : indiquez un fichier ou une URL.");
  if (mapping.format === "json" && mapping.next) {
    const visited = new Set<string>();
    for (const location of sources) {
      const first =
        typeof location === "string"
          ? { location: /^https?:\/\//i.test(location) ? location : resolve(location) }
          : { location: location.name, source: location };
      yield* readPages({ ...mapping, next: mapping.next }, first, visited, options);
    }
    return;
  }
  const total = sources.length === 1 ? undefined : await knownTotal(sources);
  let before = 0;
  // Pages announced by `Link: rel="next"` are read after the source that announced them, once.
  const queue: FeedLocation[] = [...sources];
  const visited = new Set<string>();
  for (let location = queue.shift(); location !== undefined; location = queue.shift()) {
    const key = typeof location === "string" ? location : location.name;
    if (visited.has(key)) continue;
    visited.add(key);
    const source =
      typeof location !== "string"
        ? location
        : await openSource(location, {
            maxBytes: options.maxBytes,
            signal: options.signal,
            onProgress: (progress) =>
              options.onProgress?.({
                bytesRead: before + progress.bytesRead,
                totalBytes: total === undefined ? progress.totalBytes : total,
              }),
          });
    const parse = options.parse ?? parseSource;
    try {
      yield* parse(mapping, source.bytes, {
        charset: source.charset,
        name: source.name,
        known: options.known,
      });
    } catch (error) {
      throw inSource(error, source.name);
    }
    before += source.bytesRead();
    if (source.nextPage && !visited.has(source.nextPage)) queue.unshift(source.nextPage);
  }
}

/** Reads a whole feed into memory: for checks and tests on small feeds, not for ingestion. */
export const collectPartnerFeed = async (
  mapping: PartnerMapping,
  sources: readonly FeedLocation[],
  options: ReadPartnerFeedOptions = {},
): Promise<{ postings: RawPosting[]; errors: Extract<PartnerFeedItem, { ok: false }>[] }> => {
  const postings: RawPosting[] = [];
  const errors: Extract<PartnerFeedItem, { ok: false }>[] = [];
  for await (const item of readPartnerFeed(mapping, sources, options)) {
    if (!item.ok) errors.push(item);
    else if (!("known" in item)) postings.push(item.posting);
  }
  return { postings, errors };
};
