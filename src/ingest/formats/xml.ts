/**
 * Streaming XML reader (saxes). Records are the elements with a given name ("job"), or whose path
 * ends with the given one ("jobs/job"; from the root when it starts with "/": "/source/jobs/job");
 * only the record being read is held in memory. An element becomes an object: attributes as
 * "@name", text as "#text", children by name (an array when repeated); an element with neither
 * attributes nor children is its trimmed text.
 * Entity declarations and external DTDs are refused (`FEED_HOSTILE`): saxes never expands them,
 * and a feed that carries them is not a job feed. So is nesting deeper than `MAX_XML_DEPTH`.
 * The record-size cap counts text, tag names, attributes and a fixed cost per element, so that
 * floods of empty elements or attributes are skipped as record errors like long texts. A syntax error or a document cut short throws
 * `FEED_MALFORMED` once the records before it have been yielded.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { AppError } from "../../errors.js";
import type { FeedRecord } from "../raw-posting.js";
import { decodeText } from "./decode.js";
import {
  attempt,
  DEFAULT_MAX_RECORD_CHARS,
  emptyFeed,
  type FeedItem,
  malformed,
  type ReaderOptions,
  recordPosition,
  recordTooLarge,
} from "./feed-item.js";
import {
  ATTRIBUTE_COST,
  addChild,
  ELEMENT_COST,
  type Frame,
  frameValue,
  hostile,
  MAX_XML_DEPTH,
  reasonOf,
  setOwn,
} from "./xml-node.js";

export interface XmlReaderOptions extends ReaderOptions {
  /** Element name ("job"), path suffix ("jobs/job") or path from the root ("/source/jobs/job"). */
  records: string;
}

/** Push-based record assembler around one saxes parser. */
class XmlRecordReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({
    xmlns: false,
    position: true,
  });
  private readonly target: string[];
  private readonly anchored: boolean;
  private readonly maxChars: number;
  private readonly path: string[] = [];
  private stack: Frame[] = [];
  private queue: FeedItem[] = [];
  private count = 0;
  private recordLine = 0;
  private recordChars = 0;
  private recordError: string | null = null;
  private overflow = false;
  private rootSeen = false;
  private prolog = "";

  constructor(options: XmlReaderOptions) {
    this.target = options.records.split("/").filter(Boolean);
    if (this.target.length === 0) {
      throw new AppError(
        "MAPPING_INVALID",
        "Flux XML : l'élément des enregistrements (« records ») n'est pas indiqué.",
      );
    }
    this.anchored = options.records.startsWith("/");
    this.maxChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
    this.parser.on("opentag", (tag) => this.open(tag));
    this.parser.on("text", (text) => this.text(text));
    this.parser.on("cdata", (text) => this.text(text));
    this.parser.on("closetag", () => this.closeTag());
    this.parser.on("doctype", (doctype) => this.doctype(doctype));
    this.parser.on("error", (error) => this.fail(error));
  }

  write(chunk: string): void {
    if (!this.rootSeen) {
      // Refuse entity declarations before saxes buffers a possibly enormous DOCTYPE.
      this.prolog = (this.prolog + chunk).slice(-65536);
      if (this.prolog.includes("<!ENTITY")) throw hostile("des déclarations d'entités (<!ENTITY>)");
    }
    this.parser.write(chunk);
  }

  finish(): void {
    this.parser.close();
  }

  drain(): FeedItem[] {
    const items = this.queue;
    this.queue = [];
    return items;
  }

  private matches(): boolean {
    const { path, target } = this;
    const offset = path.length - target.length;
    if (offset < 0 || (this.anchored && offset !== 0)) return false;
    return target.every((name, index) => path[offset + index] === name);
  }

  private open(tag: SaxesTagPlain): void {
    this.rootSeen = true;
    // The record's own element is both on the path and on the stack.
    if (this.path.length + Math.max(this.stack.length - 1, 0) >= MAX_XML_DEPTH) {
      throw hostile(`plus de ${MAX_XML_DEPTH} niveaux d'éléments imbriqués`, "épuisement de la mémoire");
    }
    if (this.stack.length === 0) {
      this.path.push(tag.name);
      if (!this.matches()) return;
      this.count++;
      this.recordLine = this.parser.line;
      this.recordChars = 0;
      this.recordError = null;
      this.overflow = false;
    }
    let cost = ELEMENT_COST + tag.name.length;
    for (const name in tag.attributes)
      cost += ATTRIBUTE_COST + name.length + (tag.attributes[name]?.length ?? 0);
    // Frames stay on the stack even past the cap: they are needed to find the record's end.
    const frame: Frame = { name: tag.name, node: null, text: "" };
    this.stack.push(frame);
    if (this.charge(cost)) return;
    for (const name in tag.attributes) {
      frame.node ??= {};
      setOwn(frame.node, `@${name}`, tag.attributes[name] ?? "");
    }
  }

  private text(text: string): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined || this.charge(text.length)) return;
    frame.text += text;
  }

  /** Adds to the record's size; true once it is over the cap (what was read of it is dropped). */
  private charge(chars: number): boolean {
    if (this.overflow) return true;
    this.recordChars += chars;
    if (this.recordChars <= this.maxChars) return false;
    this.overflow = true;
    this.recordError = recordTooLarge(this.maxChars);
    for (const open of this.stack) {
      open.node = null;
      open.text = "";
    }
    return true;
  }

  private closeTag(): void {
    const frame = this.stack.pop();
    if (frame === undefined) {
      this.path.pop();
      return;
    }
    const value = frameValue(frame);
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) {
      if (!this.overflow) addChild(parent, frame.name, value);
      return;
    }
    this.path.pop();
    const position = recordPosition(this.count, this.recordLine);
    const record: FeedRecord =
      typeof value === "object" && value !== null && !Array.isArray(value) ? value : { "#text": value };
    if (this.recordError === null) this.queue.push({ ok: true, record, position });
    else if (this.overflow) this.queue.push({ ok: false, reason: this.recordError, position });
    else this.queue.push({ ok: false, reason: this.recordError, position, record });
  }

  private doctype(doctype: string): void {
    if (/<!ENTITY/i.test(doctype)) throw hostile("des déclarations d'entités (<!ENTITY>)");
    if (/\b(SYSTEM|PUBLIC)\b/.test(doctype)) throw hostile("une référence à une DTD externe");
  }

  private fail(error: Error): void {
    const { line, column } = this.parser;
    if (this.stack.length > 0 && /entity/.test(error.message)) {
      this.recordError ??= `référence d'entité XML non définie ou invalide ligne ${line}, colonne ${column}`;
      return;
    }
    throw malformed("XML", reasonOf(error.message), line, column);
  }
}

/** Reads XML text chunks into records (see the module comment). */
export async function* parseXml(
  text: AsyncIterable<string>,
  options: XmlReaderOptions,
): AsyncIterable<FeedItem> {
  const reader = new XmlRecordReader(options);
  let received = false;
  for await (const chunk of text) {
    received ||= /\S/.test(chunk);
    const failure = attempt(() => reader.write(chunk));
    yield* reader.drain();
    if (failure !== undefined) throw failure;
  }
  if (!received) throw emptyFeed();
  const failure = attempt(() => reader.finish());
  yield* reader.drain();
  if (failure !== undefined) throw failure;
}

/** Reads an XML feed's bytes into records. */
export const readXml = (
  bytes: AsyncIterable<Uint8Array>,
  options: XmlReaderOptions,
): AsyncIterable<FeedItem> =>
  parseXml(decodeText(bytes, { charset: options.charset, sniff: "xml" }), options);
