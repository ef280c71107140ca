import { describe, expect, it } from "vitest";
import { ForwardIndex } from "./forward-index.js";

const read = (index: ForwardIndex, slot: number): number[] => {
  const out = new Uint32Array(index.maxTerms(slot));
  return Array.from(out.subarray(0, index.decode(slot, out)));
};

describe("ForwardIndex", () => {
  it("gives back each slot's sorted ids, small and large, and survives compaction", () => {
    const index = new ForwardIndex();
    const lists = [[0, 1, 2, 127, 128, 16_384, 2_000_000_000], [], [5], [3, 300, 70_000]];
    for (const ids of lists) index.append(Uint32Array.from(ids), ids.length);
    expect(lists.map((_, slot) => read(index, slot))).toEqual(lists);
    index.compact(Int32Array.from([0, -1, -1, 1]), 2);
    expect([read(index, 0), read(index, 1)]).toEqual([lists[0], lists[3]]);
    expect(index.count).toBe(2);
  });
});
