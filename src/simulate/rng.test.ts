import { describe, expect, it } from "vitest";
import { mix, pickWeighted, Rng, seedFromText, WeightedSampler } from "./rng.js";

describe("Rng", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed);
      return Array.from({ length: 5 }, () => rng.u32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("draws uniformly in [0, 1) and integers in range", () => {
    const rng = new Rng(7);
    const buckets = new Array(10).fill(0);
    let [min, max] = [1, 0];
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      min = Math.min(min, x);
      max = Math.max(max, x);
      buckets[Math.floor(x * 10)]++;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
    const ints = new Set(Array.from({ length: 1000 }, () => rng.between(3, 5)));
    expect([...ints].sort()).toEqual([3, 4, 5]);
  });

  it("samples distinct elements", () => {
    const picked = new Rng(1).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
    expect(new Rng(1).sample([1, 2], 5)).toHaveLength(2);
  });
});

describe("seeds", () => {
  it("mixes parts into distinct, order-sensitive seeds", () => {
    expect(mix(1, 2, 3)).toBe(mix(1, 2, 3));
    expect(mix(1, 2, 3)).not.toBe(mix(1, 3, 2));
    const seen = new Set(Array.from({ length: 10_000 }, (_, i) => mix(9, i)));
    expect(seen.size).toBe(10_000);
    expect(seedFromText("emploi")).toBe(seedFromText("emploi"));
    expect(seedFromText("emploi")).not.toBe(seedFromText("emplois"));
  });
});

describe("WeightedSampler", () => {
  it("draws indices in proportion to their weights and never a zero weight", () => {
    const sampler = new WeightedSampler([1, 0, 3]);
    const rng = new Rng(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const k = sampler.draw(rng);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeCloseTo(3, 0);
  });

  it("picks from small weighted tables", () => {
    const rng = new Rng(5);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        pickWeighted(rng, [
          ["a", 9],
          ["b", 1],
        ] as const)
      ]++;
    expect(counts.a / 10_000).toBeCloseTo(0.9, 1);
  });
});
