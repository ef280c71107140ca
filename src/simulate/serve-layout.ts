/**
 * Where the feed server finds a partner's snapshot in a simulator output folder:
 * `<out>/manifest.json` and `<out>/partners/<slug>/day-NNN/<files>`. The snapshot served on a day is
 * the partner's latest day folder at or before it. Feed files are the writers' `feed.<ext>` or
 * `page-NNN.<ext>` files, in name order; other files of the folder (`mapping.json`) are served by
 * name only. Adapt here if the layout changes.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const DAY_FOLDER = /^day-(\d+)$/;
const FEED_FILE = /^(?:feed\.(?:xml|json|csv|html)|page-\d{3,}\.(?:json|html|xml))$/;
const SLUG = /^[a-z0-9][a-z0-9_-]*$/i;
const FILE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;
const DAY_MS = 86_400_000;
/** Day 0 when the manifest gives no start date. */
const DEFAULT_START = Date.UTC(2026, 0, 1, 5);

export interface Snapshot {
  slug: string;
  day: number;
  dir: string;
  /** Feed file names, in order (one document, or pages). */
  feeds: string[];
  /** Every file name of the snapshot folder. */
  files: string[];
}

/** "day-007" */
export const dayFolder = (day: number): string => `day-${String(day).padStart(3, "0")}`;

/** Whether a text is a slug or a file name the server may look up (no paths, no dot-dot). */
export const isSlug = (text: string): boolean => SLUG.test(text);
export const isFileName = (text: string): boolean => FILE_NAME.test(text) && !text.includes("..");

const folders = async (dir: string): Promise<string[]> => {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
};

/** The partners of an output folder, in slug order. */
export const listPartners = async (root: string): Promise<string[]> =>
  (await folders(join(root, "partners"))).filter(isSlug).sort();

/** The days a partner has a snapshot for, ascending. */
export const listDays = async (root: string, slug: string): Promise<number[]> => {
  if (!isSlug(slug)) return [];
  return (await folders(join(root, "partners", slug)))
    .map((name) => DAY_FOLDER.exec(name)?.[1])
    .filter((day): day is string => day !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
};

/** The latest day any partner has a snapshot for, or null for an empty folder. */
export const latestDay = async (root: string): Promise<number | null> => {
  let latest: number | null = null;
  for (const slug of await listPartners(root)) {
    const day = (await listDays(root, slug)).at(-1);
    if (day !== undefined && (latest === null || day > latest)) latest = day;
  }
  return latest;
};

/** The partner's snapshot served on `day`: its latest day folder at or before it; null when none. */
export const resolveSnapshot = async (root: string, slug: string, day: number): Promise<Snapshot | null> => {
  const days = (await listDays(root, slug)).filter((d) => d <= day);
  const found = days.at(-1);
  if (found === undefined) return null;
  const dir = join(root, "partners", slug, dayFolder(found));
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && isFileName(e.name))
    .map((e) => e.name)
    .sort();
  return { slug, day: found, dir, feeds: files.filter((name) => FEED_FILE.test(name)), files };
};

/** The simulated instant of a day's snapshots: the manifest's start date plus `day` days. */
export const snapshotInstant = (start: number | null, day: number): Date =>
  new Date((start ?? DEFAULT_START) + day * DAY_MS);

/** The start date (ms) written in `<out>/manifest.json` ("start", "startDate" or "startsAt"), or null. */
export const readStart = async (root: string): Promise<number | null> => {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(join(root, "manifest.json"), "utf8"));
  } catch {
    return null;
  }
  if (typeof manifest !== "object" || manifest === null) return null;
  const record = manifest as Record<string, unknown>;
  for (const key of ["start", "startDate", "startsAt"]) {
    const value = record[key];
    const ms =
      typeof value === "string" || typeof value === "number" ? new Date(value).getTime() : Number.NaN;
    if (!Number.isNaN(ms)) return ms;
  }
  return null;
};
