import { describe, expect, it } from "vitest";
import { TopK } from "./top-k.js";

describe("TopK", () => {
  it("keeps the k best by key, then published, then num, best first", () => {
    const entries = Array.from({ length: 500 }, (_, i) => ({
      slot: i,
      key: (i * 7919) % 13,
      published: (i * 104729) % 5,
      num: (i * 31) % 500,
    }));
    const expected = [...entries]
      .sort((a, b) => b.key - a.key || b.published - a.published || b.num - a.num)
      .map((e) => e.slot);
    for (const k of [0, 1, 7, 100, 500, 600]) {
      const top = new TopK(Math.min(k, 500));
      for (const e of entries) top.offer(e.slot, e.key, e.published, e.num);
      expect(Array.from(top.drain())).toEqual(expected.slice(0, k));
    }
  });
});
