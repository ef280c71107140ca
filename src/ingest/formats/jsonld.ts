/**
 * schema.org JobPosting reader. The feed is either JSON (an array of JobPostings, a single one,
 * JSON Lines, or documents with an "@graph") or HTML pages embedding the postings in
 * `<script type="application/ld+json">` blocks, one or many per page (htmlparser2, streaming).
 * Every JobPosting found is a record; other schema.org objects in a page or a graph are ignored;
 * a block that is not valid JSON is a record error.
 */
import { Parser } from "htmlparser2";
import type { FeedRecord, FeedValue } from "../raw-posting.js";
import { decodeText } from "./decode.js";
import {
  attempt,
  DEFAULT_MAX_RECORD_CHARS,
  emptyFeed,
  type FeedItem,
  prepend,
  type ReaderOptions,
  recordTooLarge,
} from "./feed-item.js";
import { parseJson, parseRecord } from "./json.js";

const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/;

const isObject = (value: FeedValue | undefined): value is FeedRecord =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a JSON-LD node is typed JobPosting. */
export const isJobPosting = (node: FeedRecord): boolean => {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && t.replace(SCHEMA_PREFIX, "") === "JobPosting");
};

/** The JobPostings in a JSON-LD value: itself, the elements of an array, or of its "@graph". */
export const jobPostingsIn = (value: FeedValue | undefined): FeedRecord[] => {
  if (Array.isArray(value)) return value.flatMap(jobPostingsIn);
  if (!isObject(value)) return [];
  if (isJobPosting(value)) return [value];
  return Array.isArray(value["@graph"]) || isObject(value["@graph"]) ? jobPostingsIn(value["@graph"]) : [];
};

const typeOf = (record: FeedRecord): string => {
  const type = record["@type"];
  return typeof type === "string" ? type : "sans type";
};

/** JobPostings from a JSON feed: every record should hold at least one. */
async function* fromJson(text: AsyncIterable<string>, maxRecordChars: number): AsyncIterable<FeedItem> {
  for await (const item of parseJson(text, { maxRecordChars })) {
    if (!item.ok) {
      yield item;
      continue;
    }
    const postings = jobPostingsIn(item.record);
    if (postings.length === 0) {
      const reason = `objet schema.org de type « ${typeOf(item.record)} », pas un JobPosting`;
      yield { ok: false, reason, position: item.position };
    }
    for (const [index, record] of postings.entries()) {
      const position = postings.length > 1 ? `${item.position}, offre ${index + 1}` : item.position;
      yield { ok: true, record, position };
    }
  }
}

const unwrap = (block: string): string =>
  block
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "");

/** Collects the ld+json script blocks of HTML pages. */
class LdJsonBlocks {
  readonly items: FeedItem[] = [];
  private block: string | null = null;
  private count = 0;
  readonly parser = new Parser(
    {
      onopentag: (name, attributes) => {
        const type = (attributes.type ?? "").split(";")[0]?.trim().toLowerCase();
        if (name === "script" && type === "application/ld+json") this.block = "";
      },
      ontext: (text) => {
        if (this.block === null) return;
        this.block += text;
        if (this.block.length > this.maxChars) {
          this.items.push({
            ok: false,
            reason: recordTooLarge(this.maxChars),
            position: `bloc JSON-LD ${++this.count}`,
          });
          this.block = null;
        }
      },
      onclosetag: (name) => {
        if (name === "script" && this.block !== null) this.finish(this.block);
      },
    },
    { decodeEntities: true },
  );

  constructor(private readonly maxChars: number) {}

  private finish(block: string): void {
    this.block = null;
    const position = `bloc JSON-LD ${++this.count}`;
    const parsed = parseRecord(`{"@graph":${unwrap(block) || "null"}}`);
    if ("reason" in parsed) {
      this.items.push({
        ok: false,
        reason: parsed.reason.replace(/^JSON invalide/, "bloc JSON-LD invalide"),
        position,
      });
      return;
    }
    const postings = jobPostingsIn(parsed.record);
    for (const [index, record] of postings.entries()) {
      this.items.push({
        ok: true,
        record,
        position: postings.length > 1 ? `${position}, offre ${index + 1}` : position,
      });
    }
  }
}

async function* fromHtml(text: AsyncIterable<string>, maxChars: number): AsyncIterable<FeedItem> {
  const blocks = new LdJsonBlocks(maxChars);
  for await (const chunk of text) {
    const failure = attempt(() => blocks.parser.write(chunk));
    yield* blocks.items.splice(0);
    if (failure !== undefined) throw failure;
  }
  blocks.parser.end();
  yield* blocks.items.splice(0);
}

/** Reads JSON-LD text (JSON or HTML, told apart by the first character) into JobPosting records. */
export async function* parseJsonLd(
  text: AsyncIterable<string>,
  options: ReaderOptions = {},
): AsyncIterable<FeedItem> {
  const iterator = text[Symbol.asyncIterator]();
  let head = "";
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    head += next.value;
    if (/\S/.test(head)) break;
  }
  const first = head.trimStart()[0];
  if (first === undefined) throw emptyFeed();
  const all = prepend(head, iterator);
  const maxChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  yield* first === "<" ? fromHtml(all, maxChars) : fromJson(all, maxChars);
}

/** Reads a JSON-LD feed's bytes (JSON or HTML pages) into JobPosting records. */
export const readJsonLd = (
  bytes: AsyncIterable<Uint8Array>,
  options: ReaderOptions = {},
): AsyncIterable<FeedItem> =>
  parseJsonLd(decodeText(bytes, { charset: options.charset, sniff: "html" }), options);
