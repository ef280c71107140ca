import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError, ERROR_CODES } from "./errors.js";

describe("error codes", () => {
  const doc = readFileSync(new URL("../docs/errors.md", import.meta.url), "utf8");
  const documented = new Map(
    [...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(\d{3})\s*\|/gm)].map((m) => [m[1]!, Number(m[2])] as const),
  );

  it("documents every code with its HTTP status in docs/errors.md", () => {
    expect(Object.fromEntries(documented)).toEqual(ERROR_CODES);
  });

  it("gives each AppError the status of its code", () => {
    expect(new AppError("NOT_FOUND", "absent").status).toBe(404);
    expect(new AppError("FEED_TOO_LARGE", "trop gros").status).toBe(413);
  });
});
