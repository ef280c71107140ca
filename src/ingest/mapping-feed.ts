/**
 * The convenience entry of the ingest runner: a partner's feed sources, read with its mapping,
 * as a stream of mapped postings and per-record errors. A fatal feed problem is thrown as an
 * AppError, after every good record before it was yielded.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { AppError, isAppError } from "../errors.js";
import { readFeed } from "./formats/read-feed.js";
import { mapRecord, referenceOf } from "./mapping.js";
import type { PartnerMapping } from "./mapping-types.js";
import { readPages } from "./paginated.js";
import type { RawPosting } from "./raw-posting.js";
import { type FeedSource, openSource, type SourceProgress } from "./source.js";

export type PartnerFeedItem =
  | { ok: true; posting: RawPosting; position: string }
  | { ok: false; reference: string | null; position: string; reason: string };

export interface ReadPartnerFeedOptions {
  /** Largest feed accepted per source, in bytes. */
  maxBytes?: number;
  /** Bytes read over all sources, and their total size when known. */
  onProgress?: (progress: SourceProgress) => void;
  signal?: AbortSignal;
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
    const items = readFeed(mapping.format, source.bytes, {
      records: mapping.records,
      charset: mapping.charset ?? source.charset,
      delimiter: mapping.delimiter,
      lines: mapping.lines,
    });
    try {
      for await (const item of items) {
        const position = `${source.name}, ${item.position}`;
        if (!item.ok) {
          const reference = item.record ? referenceOf(mapping, item.record) : null;
          yield { ok: false, reference, position, reason: item.reason };
          continue;
        }
        const result = mapRecord(mapping, item.record);
        if (result.ok) yield { ok: true, posting: result.posting, position };
        else yield { ok: false, reference: result.reference, position, reason: result.reason };
      }
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
    if (item.ok) postings.push(item.posting);
    else errors.push(item);
  }
  return { postings, errors };
};
