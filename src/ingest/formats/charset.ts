/** Charset labels, byte order marks, declarations and UTF-8 checks on raw feed bytes. */
import iconv from "iconv-lite";
import { AppError } from "../../errors.js";

const LATIN_LABELS = new Set([
  "iso88591",
  "latin1",
  "l1",
  "ascii",
  "usascii",
  "cp1252",
  "windows1252",
  "cp819",
]);
const UTF8_LABELS = new Set(["utf8", "unicode11utf8"]);

export const toBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** "UTF-8", "ISO-8859-1", "latin1"… -> the charset this module decodes with, or an error. */
export const normalizeCharset = (label: string): string => {
  const key = label.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (UTF8_LABELS.has(key)) return "utf-8";
  // As browsers do: Latin-1 labels mean windows-1252, its superset.
  if (LATIN_LABELS.has(key)) return "windows-1252";
  if (key === "utf16" || key === "utf16le" || key === "utf16be") return key.replace("utf16", "utf-16");
  if (iconv.encodingExists(label)) return label.toLowerCase();
  throw new AppError("FEED_ENCODING", `Encodage « ${label} » inconnu : le flux ne peut pas être décodé.`, {
    details: { charset: label },
  });
};

/** The charset named by the byte order mark, and the BOM length. */
export const bomOf = (head: Buffer): { charset: string; length: number } | null => {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { charset: "utf-16be", length: 2 };
  // UTF-16 XML without BOM starts with "<?" on two bytes each.
  if (head[0] === 0x3c && head[1] === 0 && head[2] === 0x3f && head[3] === 0)
    return { charset: "utf-16le", length: 0 };
  if (head[0] === 0 && head[1] === 0x3c && head[2] === 0 && head[3] === 0x3f)
    return { charset: "utf-16be", length: 0 };
  return null;
};

const XML_DECL = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const HTML_META = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i;

/** The charset declared inside the document's first bytes, if any. */
export const sniffDeclaredCharset = (head: Uint8Array, kind: "xml" | "html"): string | null => {
  const text = toBuffer(head)
    .subarray(0, kind === "xml" ? 256 : 4096)
    .toString("latin1");
  const match = (kind === "xml" ? XML_DECL : HTML_META).exec(text);
  return match?.[1] ?? null;
};

/** Length of `bytes` without a trailing, incomplete UTF-8 sequence. */
export const completeUtf8Length = (bytes: Buffer): number => {
  const end = bytes.length;
  for (let i = end - 1; i >= 0 && i >= end - 4; i--) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) return end;
    if (byte >= 0xc0) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return i + need > end ? i : end;
    }
  }
  return end;
};

/**
 * Whether bytes that are not valid UTF-8 still hold UTF-8 sequences (2 or more): text in two
 * encodings. Genuine windows-1252 text almost never forms UTF-8 sequences; mojibake does.
 */
export const looksMixed = (bytes: Buffer): boolean => {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    const need = byte >= 0xf0 && byte < 0xf5 ? 3 : byte >= 0xe0 ? 2 : byte >= 0xc2 && byte < 0xe0 ? 1 : -1;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need;
    } else invalid++;
  }
  return valid >= 2 && invalid >= 1;
};
