import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { simulate } from "../../src/simulate/generate.js";
import { writerFor } from "../../src/simulate/writers/registry.js";
import { DATA_DIR } from "../helpers/paths.js";
import { folderHash, tempDir } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const run = async (threads: number, progress: string[]) => {
  const out = tempDir(`sim-threads-${threads}`);
  dirs.push(out);
  await simulate({
    dataDir: DATA_DIR,
    out,
    seed: "threads",
    jobs: 250,
    partners: 20,
    days: 1,
    start: new Date("2026-01-05T00:00:00.000Z"),
    violationRate: 0.035,
    writerFor,
    threads,
    progress: (text) => progress.push(text),
  });
  return out;
};

describe("emploi simulate --threads 2", () => {
  it("writes the same files as one thread, half of the snapshots on a worker thread", async () => {
    const single = await run(1, []);
    const progress: string[] = [];
    const double = await run(2, progress);
    expect(progress.filter((line) => line.includes("fil"))).toEqual([]);
    expect(folderHash(double)).toBe(folderHash(single));
  }, 180_000);
});
