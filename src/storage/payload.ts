/**
 * The large JSON columns of a posting (its normalised data and its raw partner record) may be
 * stored as JSON text or deflated JSON bytes; both read the same. The writer stores text: deflate
 * halves a row (ratio 2.3 at level 1) but costs ~50 µs a payload to write and ~30 µs to read,
 * more CPU than the smaller rows save in SQLite (measured at 190,000 postings, docs/performance.md).
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";

/** A stored JSON column: plain JSON text, or deflated JSON bytes. */
export type Payload = string | Uint8Array;

/** Deflate a JSON text for storage (level 1: fast; JSON text compresses 3–4×). */
export const packJson = (json: string): Uint8Array => deflateRawSync(json, { level: 1 });

/** The JSON text of a stored payload. */
export const payloadText = (value: Payload): string =>
  typeof value === "string" ? value : inflateRawSync(value).toString("utf8");

/** Parse a stored payload. */
export const unpackJson = <T>(value: Payload): T => JSON.parse(payloadText(value)) as T;
