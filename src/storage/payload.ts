/**
 * The large JSON columns of a posting (its normalised data and its raw partner record) are stored
 * deflated: a posting row shrinks from ~7 kB to ~2 kB, and writes, checkpoints and the page
 * cache go three times further. Rows written before stay plain JSON text; both read the same.
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
