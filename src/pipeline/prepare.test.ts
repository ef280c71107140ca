import { describe, expect, it } from "vitest";
import { inlinePrepare, type Referentials, type ScreenStage } from "./prepare.js";

const partner = { slug: "p", kind: "board", employersShowName: true };
const screen = {} as ScreenStage;

describe("inlinePrepare", () => {
  it("loads lazily given référentiels once, on the first batch, and never before", async () => {
    let calls = 0;
    const stage = inlinePrepare(async () => {
      calls++;
      return {} as Referentials;
    }, screen);
    expect(calls).toBe(0);
    expect(await stage.prepare([], partner, new Date())).toEqual([]);
    await Promise.all([stage.prepare([], partner, new Date()), stage.prepare([], partner, new Date())]);
    expect(calls).toBe(1);
  });

  it("reports a failed load to the batch that needed it", async () => {
    const stage = inlinePrepare(() => Promise.reject(new Error("référentiels illisibles")), screen);
    await expect(stage.prepare([], partner, new Date())).rejects.toThrow("référentiels illisibles");
  });
});
