/**
 * Bytes -> text for partner feeds. The charset comes from a byte order mark, then the transport
 * (HTTP `charset=` or a mapping override), then the document itself (XML declaration, HTML meta);
 * UTF-8 by default. Declarations are often wrong, so the bytes decide when they can: the first
 * chunk holding non-ASCII bytes is checked, valid UTF-8 is read as UTF-8 whatever was declared,
 * anything else with the declared charset (windows-1252 when none was, or when UTF-8 was declared
 * wrongly). A later switch between encodings is a `FEED_ENCODING` error, never silent mojibake.
 */
import { isAscii, isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { AppError } from "../../errors.js";
import {
  bomOf,
  completeUtf8Length,
  looksMixed,
  normalizeCharset,
  sniffDeclaredCharset,
  toBuffer,
} from "./charset.js";

export interface DecodeOptions {
  /** Charset given by the transport (HTTP Content-Type) or forced by the partner mapping. */
  charset?: string | null;
  /** Which in-document declaration to look for when no charset was given. */
  sniff?: "xml" | "html" | null;
}

const SNIFF_BYTES = 1024;
const mixedEncoding = (offset: number, first: string): AppError =>
  new AppError(
    "FEED_ENCODING",
    `Encodage incohérent : le début du flux est en ${first}, mais les octets vers la position ${offset} ne le sont pas. Le flux doit être réencodé en UTF-8.`,
    { details: { offset, encoding: first } },
  );

/** Reads the first chunks until `size` bytes are there (or the stream ends). */
async function* withHead(
  bytes: AsyncIterable<Uint8Array>,
  size: number,
  onHead: (head: Buffer) => void,
): AsyncIterable<Buffer> {
  const pending: Buffer[] = [];
  let length = 0;
  let headDone = false;
  for await (const chunk of bytes) {
    if (headDone) {
      yield toBuffer(chunk);
      continue;
    }
    pending.push(toBuffer(chunk));
    length += chunk.byteLength;
    if (length >= size) {
      headDone = true;
      const head = Buffer.concat(pending);
      onHead(head);
      yield head;
    }
  }
  if (!headDone) {
    const head = Buffer.concat(pending);
    onHead(head);
    if (head.length > 0) yield head;
  }
}

/**
 * Incremental decoder: `start` with the first bytes (BOM and declaration sniffing), then `write`
 * every chunk in order, then `end`.
 */
export class FeedDecoder {
  private fallback = "windows-1252";
  /** "wide": UTF-16/32, decoded as is; "other": a single-byte charset, watched for UTF-8. */
  private mode: "undecided" | "utf-8" | "other" | "wide" = "undecided";
  private decoder: iconv.DecoderStream | null = null;
  private skip = 0;
  private offset = 0;
  private carry: Buffer | null = null;

  constructor(private readonly options: DecodeOptions = {}) {}

  /** Chooses the charset from the first bytes of the feed. */
  start(head: Uint8Array): void {
    const bytes = toBuffer(head);
    const bom = bomOf(bytes);
    const { charset: given, sniff } = this.options;
    const declared = bom?.charset ?? given ?? (sniff ? sniffDeclaredCharset(bytes, sniff) : null);
    this.skip = bom?.length ?? 0;
    const charset = declared ? normalizeCharset(declared) : "utf-8";
    if (charset.startsWith("utf-16") || charset.startsWith("utf-32")) {
      this.mode = "wide";
      this.decoder = iconv.getDecoder(charset === "utf-16" ? "utf-16le" : charset);
    } else if (charset !== "utf-8") {
      this.fallback = charset;
    }
  }

  /** The text of the next chunk. */
  write(input: Uint8Array): string {
    let chunk = toBuffer(input);
    if (this.skip > 0) {
      chunk = chunk.subarray(this.skip);
      this.skip = 0;
    }
    if (this.mode === "wide") return this.decoder?.write(chunk) ?? "";
    if (this.carry) {
      chunk = Buffer.concat([this.carry, chunk]);
      this.carry = null;
    }
    const complete = completeUtf8Length(chunk);
    const head = complete === chunk.length ? chunk : chunk.subarray(0, complete);
    const tail = complete === chunk.length ? null : Buffer.from(chunk.subarray(complete));
    this.offset += head.length;
    if (this.mode === "undecided") {
      if (isAscii(head)) {
        this.carry = tail;
        return head.toString("latin1");
      }
      this.decide(head);
    }
    if (this.mode === "other") {
      // isUtf8 is cheap; valid UTF-8 with non-ASCII bytes, or UTF-8 sequences among others: mixed.
      if (isUtf8(head) ? !isAscii(head) : looksMixed(head))
        throw mixedEncoding(this.offset - head.length, this.fallback);
      return this.decoder?.write(chunk) ?? "";
    }
    this.carry = tail;
    if (!isUtf8(head)) throw mixedEncoding(this.offset - head.length, "UTF-8");
    return head.toString("utf8");
  }

  /** The text still held by the decoder; an error when the feed ends inside a character. */
  end(): string {
    let text = "";
    if (this.carry) {
      if (this.mode === "utf-8") throw mixedEncoding(this.offset, "UTF-8");
      // A feed that ends on an incomplete sequence, all ASCII before: a single-byte charset.
      this.decoder ??= iconv.getDecoder(this.fallback);
      text = this.decoder.write(this.carry);
      this.carry = null;
    }
    return text + (this.decoder?.end() ?? "");
  }

  private decide(head: Buffer): void {
    if (isUtf8(head)) this.mode = "utf-8";
    else if (looksMixed(head)) throw mixedEncoding(0, "UTF-8 et un autre encodage");
    else {
      this.mode = "other";
      this.decoder = iconv.getDecoder(this.fallback);
    }
  }
}

/** Decodes a feed's bytes into text chunks (see the module comment for the rules). */
export async function* decodeText(
  bytes: AsyncIterable<Uint8Array>,
  options: DecodeOptions = {},
): AsyncIterable<string> {
  const decoder = new FeedDecoder(options);
  for await (const chunk of withHead(bytes, SNIFF_BYTES, (head) => decoder.start(head))) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
