import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { SimPosting, SnapshotWriter } from "../../src/simulate/types.js";

/** A writer for tests: the snapshot as NDJSON of SimPosting, one file. */
export const ndjsonWriter: SnapshotWriter = async (_partner, postings, folder) => {
  mkdirSync(folder, { recursive: true });
  const lines: string[] = [];
  for await (const posting of postings) lines.push(JSON.stringify(posting));
  const path = join(folder, "feed.ndjson");
  writeFileSync(path, lines.length > 0 ? `${lines.join("\n")}\n` : "");
  return [path];
};

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `emploi-${prefix}-`));

const files = (root: string, dir = root): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(root, path) : [path];
    });

/** SHA-256 over every file of a folder (relative path and bytes). */
export const folderHash = (root: string): string => {
  const hash = createHash("sha256");
  for (const path of files(root)) hash.update(relative(root, path)).update(readFileSync(path));
  return hash.digest("hex");
};

export const readNdjson = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as T);

export type { SimPosting };

/** A line of truth/jobs.ndjson (the fields tests read). */
export interface JobLine {
  id: string;
  created: number;
  closed: number;
  updated: number | null;
  commune: string;
  remote: string;
  title: string;
  employer: { siren: string; siret: string; kind: string };
  client: { name: string; siren: string } | null;
  relation: { kind: string; of: string } | null;
  violation: string | null;
  copies: Array<{ partner: string; references: string[] }>;
}

/** A line of truth/postings.ndjson. */
export interface PostingLine {
  partner: string;
  reference: string;
  jobId: string;
  variants: string[];
  violations: Array<{ family: string; article: string }>;
}

/** Word 3-shingles of an HTML text. */
export const shingles = (html: string): Set<string> => {
  const words = html
    .replace(/<[^>]+>/g, " ")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(" "));
  return out;
};

export const jaccard = (a: Set<string>, b: Set<string>): number => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
};

export const median = (values: number[]): number =>
  values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;

/** Each key's share of the total weight, in percent. */
export const sharesOf = <T>(items: readonly T[], key: (item: T) => string, weight: (item: T) => number) => {
  const sums = new Map<string, number>();
  let total = 0;
  for (const item of items) {
    sums.set(key(item), (sums.get(key(item)) ?? 0) + weight(item));
    total += weight(item);
  }
  return new Map([...sums].map(([k, v]) => [k, (100 * v) / (total || 1)]));
};
