/**
 * Streaming JSON reader: records are the elements of the root array, of an array at a key path
 * ("ads"), or a single object (the root, or at the path). JSON Lines (one object per line) is
 * detected from the first line, or forced with `lines: true`; there a bad line is a record error.
 * In a document, a record that does not parse is a record error too; a broken structure or a
 * document cut short throws `FEED_MALFORMED` after the records before it.
 */
import { errorMessage } from "../../errors.js";
import type { FeedRecord } from "../raw-posting.js";
import { decodeText } from "./decode.js";
import {
  attempt,
  DEFAULT_MAX_RECORD_CHARS,
  emptyFeed,
  type FeedItem,
  prepend,
  type ReaderOptions,
  recordPosition,
  recordTooLarge,
} from "./feed-item.js";
import { JsonSplitter } from "./json-splitter.js";

export interface JsonReaderOptions extends ReaderOptions {
  /** Dotted key path from the root to the records' array or object; "" (default) for the root. */
  path?: string;
  /** One record per line. Detected from the first line when not given (and no path is). */
  lines?: boolean;
}

const HEAD_LIMIT = 1024 * 1024;

const isRecord = (value: unknown): value is FeedRecord =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One record's text -> a record, or the reason it is not one. */
export const parseRecord = (text: string): { record: FeedRecord } | { reason: string } => {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? { record: value } : { reason: "l'enregistrement n'est pas un objet JSON" };
  } catch (error) {
    return { reason: `JSON invalide (${errorMessage(error).slice(0, 160)})` };
  }
};

const toItem = (text: string, position: string): FeedItem => {
  const parsed = parseRecord(text);
  return "record" in parsed
    ? { ok: true, record: parsed.record, position }
    : { ok: false, ...parsed, position };
};

/** A first line that is a whole JSON object means JSON Lines. */
const looksLikeLines = (head: string): boolean => {
  const newline = head.indexOf("\n");
  const first = (newline === -1 ? head : head.slice(0, newline)).trim();
  if (!first.startsWith("{") || !first.endsWith("}")) return false;
  return "record" in parseRecord(first);
};

async function* parseLines(text: AsyncIterable<string>, maxChars: number): AsyncIterable<FeedItem> {
  let pending = "";
  let line = 0;
  const lineItem = (raw: string): FeedItem | null => {
    line++;
    const content = raw.trim();
    if (!content) return null;
    const position = `ligne ${line}`;
    if (content.length > maxChars) return { ok: false, reason: recordTooLarge(maxChars), position };
    return toItem(content, position);
  };
  for await (const chunk of text) {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    for (const raw of lines) {
      const item = lineItem(raw);
      if (item) yield item;
    }
  }
  const last = lineItem(pending);
  if (last) yield last;
}

async function* parseDocument(
  text: AsyncIterable<string>,
  path: string,
  maxChars: number,
): AsyncIterable<FeedItem> {
  const splitter = new JsonSplitter(path, maxChars);
  let index = 0;
  function* items(): Iterable<FeedItem> {
    for (const { text: json, line, tooLarge } of splitter.drain()) {
      const position = recordPosition(++index, line);
      yield tooLarge ? { ok: false, reason: recordTooLarge(maxChars), position } : toItem(json, position);
    }
  }
  for await (const chunk of text) {
    const failure = attempt(() => splitter.write(chunk));
    yield* items();
    if (failure !== undefined) throw failure;
  }
  splitter.end();
}

/** Reads JSON text chunks into records (see the module comment). */
export async function* parseJson(
  text: AsyncIterable<string>,
  options: JsonReaderOptions = {},
): AsyncIterable<FeedItem> {
  const iterator = text[Symbol.asyncIterator]();
  let head = "";
  let ended = false;
  while (!ended && !head.includes("\n") && head.length < HEAD_LIMIT) {
    const next = await iterator.next();
    if (next.done) ended = true;
    else head += next.value;
  }
  if (ended && !/\S/.test(head)) throw emptyFeed();
  const path = options.path ?? "";
  const maxChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  const lines = options.lines ?? (path === "" && looksLikeLines(head));
  const all = prepend(head, iterator);
  yield* lines ? parseLines(all, maxChars) : parseDocument(all, path, maxChars);
}

/** Reads a JSON or JSON Lines feed's bytes into records. */
export const readJson = (
  bytes: AsyncIterable<Uint8Array>,
  options: JsonReaderOptions = {},
): AsyncIterable<FeedItem> => parseJson(decodeText(bytes, { charset: options.charset }), options);
