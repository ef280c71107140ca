/**
 * Paginated JSON feeds (a partner API answering pages of `{ items: [...], next: "page-2" }`): each
 * page is read whole (pages are small), its records mapped like any feed, and the `next` link —
 * relative to the page, for a URL or a file — followed until there is none. A page already read
 * is never read twice, so listing every page as a source is harmless.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { AppError } from "../errors.js";
import { readFeed } from "./formats/read-feed.js";
import { mapRecord, referenceOf } from "./mapping.js";
import type { PartnerFeedItem } from "./mapping-feed.js";
import { readFirst, splitPath } from "./mapping-path.js";
import type { PartnerMapping } from "./mapping-types.js";
import type { FeedValue } from "./raw-posting.js";
import { type FeedSource, openSource } from "./source.js";

const MAX_PAGES = 100_000;
const isUrl = (location: string) => /^https?:\/\//i.test(location);

/** Where a link found in `page` points to. */
export const resolveLink = (page: string, link: string): string =>
  isUrl(page) ? new URL(link, page).toString() : isUrl(link) ? link : resolve(dirname(page), link);

/** The whole content of a source. */
const bytesOf = async (source: FeedSource): Promise<Buffer> => {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source.bytes) chunks.push(chunk);
  return Buffer.concat(chunks);
};

async function* oneChunk(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/** The records of every page reachable from `location` through `mapping.next`. */
export async function* readPages(
  mapping: PartnerMapping & { next: string },
  first: { location: string; source?: FeedSource },
  visited: Set<string>,
  options: { maxBytes?: number; signal?: AbortSignal } = {},
): AsyncIterable<PartnerFeedItem> {
  let location: string | null = first.location;
  let opened = first.source;
  while (location !== null && !visited.has(location)) {
    if (visited.size >= MAX_PAGES)
      throw new AppError("FEED_MALFORMED", `Plus de ${MAX_PAGES} pages : lien « next » en boucle ?`);
    visited.add(location);
    const bytes: Buffer = opened
      ? await bytesOf(opened)
      : isUrl(location)
        ? await bytesOf(await openSource(location, options))
        : await readFile(location).catch(() => {
            throw new AppError("FEED_UNREADABLE", `Page introuvable : ${location}`);
          });
    opened = undefined;
    const name = location;
    for await (const item of readFeed("json", oneChunk(bytes), {
      records: mapping.records,
      charset: mapping.charset,
    })) {
      const position = `${name}, ${item.position}`;
      if (!item.ok) {
        yield {
          ok: false,
          reference: item.record ? referenceOf(mapping, item.record) : null,
          position,
          reason: item.reason,
        };
        continue;
      }
      const result = mapRecord(mapping, item.record);
      yield result.ok
        ? { ok: true, posting: result.posting, position }
        : { ok: false, reference: result.reference, position, reason: result.reason };
    }
    const next = readFirst(JSON.parse(bytes.toString("utf8")) as FeedValue, splitPath(mapping.next));
    location = next ? resolveLink(location, next) : null;
  }
}
