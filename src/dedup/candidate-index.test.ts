import { describe, expect, it } from "vitest";
import { CandidateIndex } from "./candidate-index.js";

const fp = (...keys: number[]) => ({ keys });

describe("CandidateIndex", () => {
  it("finds postings sharing a key, most shared keys first, then the most recent", () => {
    const index = new CandidateIndex<string>();
    index.add("a", fp(1, 2, 3));
    index.add("b", fp(3, 4));
    index.add("c", fp(1, 2, 9));
    index.add("d", fp(7));
    expect(index.candidates(fp(1, 2, 3))).toEqual(["a", "c", "b"]);
    expect(index.candidates(fp(8))).toEqual([]);
    expect(index.candidates(fp(1, 2, 3), 1)).toEqual(["a"]);
  });

  it("forgets removed postings and replaces re-added ones", () => {
    const index = new CandidateIndex<number>();
    index.add(1, fp(10, 11));
    index.add(2, fp(10));
    expect(index.remove(1)).toBe(true);
    expect(index.remove(1)).toBe(false);
    expect(index.candidates(fp(10, 11))).toEqual([2]);
    index.add(2, fp(12));
    expect(index.candidates(fp(10))).toEqual([]);
    expect(index.candidates(fp(12))).toEqual([2]);
    expect(index.size).toBe(1);
  });

  it("ignores keys shared by too many postings", () => {
    const index = new CandidateIndex<number>({ maxPerKey: 3 });
    for (let i = 0; i < 5; i++) index.add(i, fp(100, 200 + i));
    expect(index.candidates(fp(100))).toEqual([]);
    expect(index.candidates(fp(100, 203))).toEqual([3]);
    expect(index.stats().saturatedKeys).toBe(1);
  });

  it("stays correct through growth and compaction", () => {
    const index = new CandidateIndex<number>();
    for (let i = 0; i < 5000; i++) index.add(i, fp(i % 97, 100_000 + i, -i - 1));
    for (let i = 0; i < 5000; i += 2) index.remove(i);
    expect(index.size).toBe(2500);
    expect(index.candidates(fp(100_001))).toEqual([1]);
    expect(index.candidates(fp(-3))).toEqual([]);
    expect(index.candidates(fp(-4))).toEqual([3]);
    const sameBucket = index.candidates(fp(5), 1000);
    expect(sameBucket.every((id) => id % 97 === 5 && id % 2 === 1)).toBe(true);
    expect(sameBucket).toHaveLength(26);
    expect(index.stats()).toMatchObject({ postings: 2500, entries: 7500 });
    expect(index.stats().bytes).toBeGreaterThan(7500 * 8);
  });
});
