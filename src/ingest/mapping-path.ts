/**
 * Paths into a feed record: dot-separated keys ("Contrat.Type_contrat"), attributes as XML
 * readers name them ("company.@anonymous"), array positions ("locations[0].city", "[-1]" for the
 * last). Arrays met on the way are walked through, so "locations.location.city" reads the city of
 * every location, whether the partner sent one location or several.
 */
import type { FeedValue } from "./raw-posting.js";

export type Segment = string | number;

const SEGMENT = /^([^[\]]*)((?:\[-?\d+\])*)$/;

/** "a.b[0].c" -> ["a", "b", 0, "c"]; null when the syntax is wrong. */
export const parsePath = (path: string): Segment[] | null => {
  const segments: Segment[] = [];
  for (const part of path.split(".")) {
    const match = SEGMENT.exec(part);
    if (match === null) return null;
    const [, name = "", indexes = ""] = match;
    if (name) segments.push(name);
    else if (!indexes) return null;
    for (const index of indexes.matchAll(/-?\d+/g)) segments.push(Number(index[0]));
  }
  return segments.length > 0 ? segments : null;
};

/** Like parsePath, for paths already validated. */
export const splitPath = (path: string): Segment[] => parsePath(path) ?? [path];

const leafTexts = (value: FeedValue | undefined, out: string[]): void => {
  if (value === undefined || value === null) return;
  if (typeof value === "string") {
    if (value !== "") out.push(value);
  } else if (typeof value === "number" || typeof value === "boolean") out.push(String(value));
  else if (Array.isArray(value)) for (const item of value) leafTexts(item, out);
  else if (typeof value["#text"] === "string" && value["#text"] !== "") out.push(value["#text"]);
};

const walk = (value: FeedValue | undefined, segments: Segment[], at: number, out: string[]): void => {
  if (value === undefined || value === null) return;
  if (at === segments.length) {
    leafTexts(value, out);
    return;
  }
  const segment = segments[at];
  if (typeof segment === "number") {
    // A single element stands for a list of one (XML repeats a child only when there are several).
    if (Array.isArray(value)) walk(value.at(segment), segments, at + 1, out);
    else if (segment === 0 || segment === -1) walk(value, segments, at + 1, out);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) walk(item, segments, at, out);
    return;
  }
  if (typeof value === "object" && segment !== undefined && Object.hasOwn(value, segment)) {
    walk(value[segment], segments, at + 1, out);
  }
};

/** Every non-empty text found at the path, in document order. */
export const readPath = (record: FeedValue, segments: Segment[]): string[] => {
  const out: string[] = [];
  walk(record, segments, 0, out);
  return out;
};

const firstLeaf = (value: FeedValue | undefined): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = firstLeaf(item);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  const text = value["#text"];
  return typeof text === "string" ? text.trim() || undefined : undefined;
};

const walkFirst = (value: FeedValue | undefined, segments: Segment[], at: number): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (at === segments.length) return firstLeaf(value);
  const segment = segments[at];
  if (typeof segment === "number") {
    if (Array.isArray(value)) return walkFirst(value.at(segment), segments, at + 1);
    return segment === 0 || segment === -1 ? walkFirst(value, segments, at + 1) : undefined;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = walkFirst(item, segments, at);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (typeof value === "object" && segment !== undefined && Object.hasOwn(value, segment)) {
    return walkFirst(value[segment], segments, at + 1);
  }
  return undefined;
};

/** The first non-blank text at the path, trimmed (the fast path of plain path specs). */
export const readFirst = (record: FeedValue, segments: Segment[]): string | undefined =>
  walkFirst(record, segments, 0);
