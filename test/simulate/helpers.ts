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
