import { createHash } from "node:crypto";
import type { RawPosting } from "./raw-posting.js";

/** JSON with object keys sorted, so that equal content always gives equal text. */
export const stableStringify = (value: unknown): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
};

/** SHA-256 (hex) of a mapped posting: any change of partner content changes it. */
export const contentHash = (raw: RawPosting): string =>
  createHash("sha256").update(stableStringify(raw)).digest("hex");
