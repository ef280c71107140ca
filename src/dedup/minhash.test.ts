import { describe, expect, it } from "vitest";
import { seededRandom } from "./fixtures.js";
import {
  bandKeys,
  compareSignatures,
  containment,
  containmentOfB,
  decodeSignature,
  encodeSignature,
  estimateJaccard,
  minhash,
  SIGNATURE_SIZE,
  sequenceHash,
  shingleHashes,
} from "./minhash.js";

const rnd = seededRandom(1);
const randomHashes = (n: number): number[] => Array.from({ length: n }, () => Math.floor(rnd() * 2 ** 32));

/** Two sets of `size` elements sharing `shared` of them. */
const pair = (size: number, shared: number): [Uint32Array, Uint32Array] => {
  const common = randomHashes(shared);
  return [
    Uint32Array.from([...common, ...randomHashes(size - shared)]).sort(),
    Uint32Array.from([...common, ...randomHashes(size - shared)]).sort(),
  ];
};

describe("minhash", () => {
  it.each([
    [300, 60],
    [300, 150],
    [300, 240],
    [60, 45],
  ])("estimates Jaccard without bias (%i elements, %i shared)", (size, shared) => {
    const truth = shared / (2 * size - shared);
    const errors = Array.from({ length: 200 }, () => {
      const [a, b] = pair(size, shared);
      return estimateJaccard(minhash(a), minhash(b)) - truth;
    });
    const bias = errors.reduce((x, y) => x + y, 0) / errors.length;
    const sd = Math.sqrt(errors.reduce((x, y) => x + (y - bias) ** 2, 0) / errors.length);
    expect(Math.abs(bias)).toBeLessThan(0.01);
    // The binomial standard deviation of 128 hashes, with some slack.
    expect(sd).toBeLessThan(1.25 * Math.sqrt((truth * (1 - truth)) / SIGNATURE_SIZE) + 0.005);
  });

  it("gives identical signatures for identical sets and 0 for disjoint ones", () => {
    const [a, b] = pair(200, 0);
    expect(estimateJaccard(minhash(a), minhash(a))).toBe(1);
    expect(estimateJaccard(minhash(a), minhash(b))).toBeLessThan(0.03);
  });

  it("measures exactly that a truncated text is contained in the full one, whatever their sizes", () => {
    const full = randomHashes(400);
    for (const kept of [200, 40]) {
      const part = Uint32Array.from(full.slice(0, kept)).sort();
      const c = compareSignatures(minhash(part), minhash(Uint32Array.from(full).sort()));
      // Every minimum of the part is the full text's or above it: no hash says otherwise.
      expect(containment(c)).toBe(1);
      expect(containmentOfB(c)).toBeLessThan(kept === 40 ? 0.3 : 0.7);
    }
  });

  it.each([
    [40, 160, 30],
    [150, 150, 120],
  ])("estimates containment without bias (%i and %i elements, %i shared)", (sizeA, sizeB, shared) => {
    const truth = shared / sizeA;
    const errors = Array.from({ length: 200 }, () => {
      const common = randomHashes(shared);
      const a = Uint32Array.from([...common, ...randomHashes(sizeA - shared)]).sort();
      const b = Uint32Array.from([...common, ...randomHashes(sizeB - shared)]).sort();
      return containment(compareSignatures(minhash(a), minhash(b))) - truth;
    });
    const bias = errors.reduce((x, y) => x + y, 0) / errors.length;
    expect(Math.abs(bias)).toBeLessThan(0.02);
    const sd = Math.sqrt(errors.reduce((x, y) => x + (y - bias) ** 2, 0) / errors.length);
    expect(sd).toBeLessThan(0.1);
  });

  it("round-trips signatures through base64", () => {
    const sig = minhash(Uint32Array.from(randomHashes(50)));
    const encoded = encodeSignature(sig);
    expect(encoded).toHaveLength(684);
    expect([...decodeSignature(encoded)]).toEqual([...sig]);
  });

  it("makes one band key per band, equal for equal bands", () => {
    const [a, b] = pair(300, 300);
    const keys = bandKeys(minhash(a), 32, 4);
    expect(keys).toHaveLength(32);
    expect(new Set(keys).size).toBe(32);
    expect(bandKeys(minhash(b), 32, 4)).toEqual(keys);
  });
});

describe("shingleHashes", () => {
  it("returns sorted distinct shingles, one for short texts", () => {
    const words = Uint32Array.from([1, 2, 3, 1, 2, 3]);
    const shingles = shingleHashes(words, 2);
    expect(shingles).toHaveLength(3);
    expect([...shingles]).toEqual([...shingles].sort((x, y) => x - y));
    expect(shingleHashes(Uint32Array.from([7]), 2)).toHaveLength(1);
    expect(shingleHashes(new Uint32Array(0))).toHaveLength(0);
  });

  it("hashes sequences by order", () => {
    expect(sequenceHash(Uint32Array.from([1, 2]))).not.toBe(sequenceHash(Uint32Array.from([2, 1])));
  });
});
