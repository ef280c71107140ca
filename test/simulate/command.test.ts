import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isAppError } from "../../src/errors.js";
import { simulateCommand, startDate } from "../../src/simulate/simulate.command.js";
import { testCliContext } from "../helpers/app.js";
import { tempDir } from "./helpers.js";

const out = tempDir("sim-cli");
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("emploi simulate", () => {
  it("generates a preset market and prints a JSON summary", async () => {
    const ctx = testCliContext();
    const code = await simulateCommand.run(
      ["--preset", "tiny", "--jobs", "150", "--seed", "cli", "--start", "2026-02-02", "--out", out],
      ctx,
    );
    expect(code).toBe(0);
    const summary = JSON.parse(ctx.out().trim());
    expect(summary.initialJobs).toBe(150);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.start).toBe("2026-02-02T00:00:00.000Z");
    expect(manifest.days).toBe(2);
    expect(existsSync(join(out, "truth", "jobs.ndjson"))).toBe(true);
    expect(ctx.err()).toContain("simulate");
  }, 120_000);

  it("refuses bad arguments with a French message", async () => {
    const ctx = testCliContext();
    for (const args of [
      ["--preset", "huge"],
      ["--jobs", "-3"],
      ["--start", "05/01/2026"],
      ["--frobnicate"],
    ]) {
      const error = await simulateCommand.run(args, ctx).catch((e: unknown) => e);
      expect(isAppError(error), args.join(" ")).toBe(true);
    }
  });

  it("hands `simulate serve` to the feed server", async () => {
    const ctx = testCliContext();
    const error = await simulateCommand.run(["serve", "--no-such-option"], ctx).catch((e: unknown) => e);
    expect(isAppError(error) && error.message).toContain("serve");
  });

  it("starts on the given day, or today, at midnight UTC", () => {
    expect(startDate("2026-03-09", new Date()).toISOString()).toBe("2026-03-09T00:00:00.000Z");
    expect(startDate(undefined, new Date("2026-04-01T15:00:00Z")).toISOString()).toBe(
      "2026-04-01T00:00:00.000Z",
    );
  });
});
