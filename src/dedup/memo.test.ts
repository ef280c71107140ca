import { describe, expect, it } from "vitest";
import { memoize } from "./memo.js";

describe("memoize", () => {
  it("computes each key once, null results included, and stays bounded", () => {
    const calls: string[] = [];
    const upper = memoize((k) => {
      calls.push(k);
      return k === "" ? null : k.toUpperCase();
    }, 2);
    expect([upper("a"), upper("a"), upper(""), upper("")]).toEqual(["A", "A", null, null]);
    expect(calls).toEqual(["a", ""]);
    upper("b"); // full: the cache restarts
    upper("a");
    expect(calls).toEqual(["a", "", "b", "a"]);
  });
});
