/**
 * MinHash over word shingles: signature, Jaccard and containment estimates, LSH band keys.
 * Signatures keep each 32-bit minimum (128 hashes: 512 bytes): equal minima estimate the Jaccard
 * similarity, and their order the share of each set outside the other, which measures how much
 * of a short truncated text a long one contains far more precisely than the Jaccard estimate.
 */
import { combine, fmix32 } from "./hash.js";

/** Hashes per signature. */
export const SIGNATURE_SIZE = 128;
/** Words per shingle. */
export const SHINGLE_WORDS = 2;

// One odd multiplier and one xor seed per hash function, from a fixed generator (splitmix32).
const SEEDS = new Int32Array(SIGNATURE_SIZE);
const MULTIPLIERS = new Int32Array(SIGNATURE_SIZE);
{
  let state = 0x2545f491;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    return fmix32(state);
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    SEEDS[i] = next();
    MULTIPLIERS[i] = next() | 1;
  }
}

/** Sorted, distinct hashes of the word shingles of a word-hash sequence (one shingle when shorter than `width`). */
export const shingleHashes = (words: Uint32Array, width: number = SHINGLE_WORDS): Uint32Array => {
  if (words.length === 0) return new Uint32Array(0);
  const span = Math.min(width, words.length);
  const count = words.length - span + 1;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = words[i] as number;
    for (let j = 1; j < span; j++) h = combine(h, words[i + j] as number);
    out[i] = h;
  }
  out.sort();
  let unique = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i] as number;
  return out.subarray(0, unique);
};

/** Order-sensitive hash of a whole word-hash sequence: equal for identical cleaned texts. */
export const sequenceHash = (words: Uint32Array): number => {
  let h = words.length;
  for (let i = 0; i < words.length; i++) h = combine(h, words[i] as number);
  return h;
};

const SIGN = 0x80000000;

/**
 * MinHash signature of a set of 32-bit hashes, `size` ≤ 128 hashes (a multiple of 4). Signed
 * 32-bit arithmetic throughout (x ^ 0x80000000 orders like the unsigned value) keeps V8 on its
 * integer fast path; four hash functions per pass over the set keep their minima in registers.
 * The minima are stored signed: compare them as signed integers.
 */
export const minhash = (hashes: Uint32Array, size: number = SIGNATURE_SIZE): Int32Array => {
  const signature = new Int32Array(size);
  const n = hashes.length;
  const words = new Int32Array(hashes.buffer, hashes.byteOffset, n);
  for (let i = 0; i + 3 < size; i += 4) {
    const s0 = SEEDS[i] as number;
    const s1 = SEEDS[i + 1] as number;
    const s2 = SEEDS[i + 2] as number;
    const s3 = SEEDS[i + 3] as number;
    const m0 = MULTIPLIERS[i] as number;
    const m1 = MULTIPLIERS[i + 1] as number;
    const m2 = MULTIPLIERS[i + 2] as number;
    const m3 = MULTIPLIERS[i + 3] as number;
    let a0 = 0x7fffffff;
    let a1 = 0x7fffffff;
    let a2 = 0x7fffffff;
    let a3 = 0x7fffffff;
    for (let k = 0; k < n; k++) {
      const x = words[k] as number;
      let v0 = Math.imul(x ^ s0, m0);
      v0 = (v0 ^ (v0 >>> 15) ^ SIGN) | 0;
      if (v0 < a0) a0 = v0;
      let v1 = Math.imul(x ^ s1, m1);
      v1 = (v1 ^ (v1 >>> 15) ^ SIGN) | 0;
      if (v1 < a1) a1 = v1;
      let v2 = Math.imul(x ^ s2, m2);
      v2 = (v2 ^ (v2 >>> 15) ^ SIGN) | 0;
      if (v2 < a2) a2 = v2;
      let v3 = Math.imul(x ^ s3, m3);
      v3 = (v3 ^ (v3 >>> 15) ^ SIGN) | 0;
      if (v3 < a3) a3 = v3;
    }
    signature[i] = a0;
    signature[i + 1] = a1;
    signature[i + 2] = a2;
    signature[i + 3] = a3;
  }
  return signature;
};

/**
 * How two signatures compare, hash by hash (over the shorter one): `equal` minima come from the
 * intersection, a strictly smaller minimum on one side from that side's own elements. Each count
 * over the number of hashes estimates |A∩B|, |A\B| and |B\A| over |A∪B|.
 */
export interface SignatureComparison {
  hashes: number;
  equal: number;
  aBelow: number;
  bBelow: number;
}

export const compareSignatures = (a: Int32Array, b: Int32Array): SignatureComparison => {
  const hashes = Math.min(a.length, b.length);
  let equal = 0;
  let aBelow = 0;
  for (let i = 0; i < hashes; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x === y) equal++;
    else if (x < y) aBelow++;
  }
  return { hashes, equal, aBelow, bBelow: hashes - equal - aBelow };
};

/** Estimated Jaccard similarity of the two sets behind two signatures (0..1). */
export const estimateJaccard = (a: Int32Array, b: Int32Array): number => {
  const c = compareSignatures(a, b);
  return c.hashes === 0 ? 0 : c.equal / c.hashes;
};

/** Estimated share of A found in B, |A∩B| / |A|: 1 for a truncation of B, whatever their sizes. */
export const containment = (c: SignatureComparison): number =>
  c.equal === 0 ? 0 : c.equal / (c.equal + c.aBelow);

/** The same, of B in A. */
export const containmentOfB = (c: SignatureComparison): number =>
  c.equal === 0 ? 0 : c.equal / (c.equal + c.bBelow);

/** LSH band keys: one 32-bit hash per band of `rows` consecutive signature values, salted by band. */
export const bandKeys = (signature: Int32Array, bands: number, rows: number): number[] => {
  const keys: number[] = [];
  for (let band = 0; band < bands; band++) {
    let h = fmix32(0x6c5b0000 + band);
    for (let r = 0; r < rows; r++) h = combine(h, signature[band * rows + r] as number);
    keys.push(h);
  }
  return keys;
};

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Base64 of a signature (little-endian 32-bit values), for JSON storage. */
export const encodeSignature = (signature: Int32Array): string => {
  if (LITTLE_ENDIAN)
    return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString("base64");
  const bytes = Buffer.alloc(signature.length * 4);
  for (let i = 0; i < signature.length; i++) bytes.writeInt32LE(signature[i] as number, i * 4);
  return bytes.toString("base64");
};

/** The inverse of encodeSignature. */
export const decodeSignature = (encoded: string): Int32Array => {
  const bytes = Buffer.from(encoded, "base64");
  const signature = new Int32Array(bytes.length >>> 2);
  if (LITTLE_ENDIAN) new Uint8Array(signature.buffer).set(bytes.subarray(0, signature.length * 4));
  else for (let i = 0; i < signature.length; i++) signature[i] = bytes.readInt32LE(i * 4);
  return signature;
};
