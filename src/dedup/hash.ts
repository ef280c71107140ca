/**
 * Fast non-cryptographic 32-bit hashing for fingerprints: FNV-1a for strings, the MurmurHash3
 * finaliser to spread bits, and an order-sensitive combiner. All results are unsigned 32-bit.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text`, from `seed` (the FNV offset basis by default). */
export const fnv1a = (text: string, seed: number = FNV_OFFSET): number => {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
};

/** MurmurHash3 32-bit finaliser: a bijection that spreads every input bit over the output. */
export const fmix32 = (value: number): number => {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

/** Order-sensitive combination of two 32-bit hashes. */
export const combine = (a: number, b: number): number => fmix32((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);

/** A short, stable hash of a string key, salted by a one-letter kind so key families never collide. */
export const keyHash = (kind: string, key: string): number => fmix32(fnv1a(key, fnv1a(kind)));
