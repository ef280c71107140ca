/**
 * MinHash over word shingles: signature, Jaccard and overlap estimates, LSH band keys. Signatures
 * keep the low 16 bits of each minimum (b-bit MinHash), so 128 hashes take 256 bytes.
 */
import { combine, fmix32 } from "./hash.js";

/** Hashes per signature. */
export const SIGNATURE_SIZE = 128;
/** Words per shingle. */
export const SHINGLE_WORDS = 2;

const BIT_MATCH = 1 / 65536;

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
 * MinHash signature (low 16 bits of each minimum) of a set of 32-bit hashes, `size` ≤ 128 hashes
 * (a multiple of 4). Signed 32-bit arithmetic throughout (x ^ 0x80000000 orders like the
 * unsigned value) keeps V8 on its integer fast path; four hash functions per pass over the set
 * keep their minima in registers.
 */
export const minhash = (hashes: Uint32Array, size: number = SIGNATURE_SIZE): Uint16Array => {
  const signature = new Uint16Array(size);
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
    signature[i] = a0 & 0xffff;
    signature[i + 1] = a1 & 0xffff;
    signature[i + 2] = a2 & 0xffff;
    signature[i + 3] = a3 & 0xffff;
  }
  return signature;
};

/** Estimated Jaccard similarity of the two sets behind two signatures (b-bit corrected, 0..1). */
export const estimateJaccard = (a: Uint16Array, b: Uint16Array): number => {
  const size = Math.min(a.length, b.length);
  if (size === 0) return 0;
  let equal = 0;
  for (let i = 0; i < size; i++) if (a[i] === b[i]) equal++;
  const raw = (equal / size - BIT_MATCH) / (1 - BIT_MATCH);
  return Math.max(0, raw);
};

/**
 * Overlap coefficient |A∩B| / min(|A|,|B|) from a Jaccard estimate and the set sizes: high when
 * one text is a truncation of the other or gained extra paragraphs.
 */
export const overlapFromJaccard = (jaccard: number, sizeA: number, sizeB: number): number => {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  const intersection = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, intersection / smaller);
};

/** LSH band keys: one 32-bit hash per band of `rows` consecutive signature values, salted by band. */
export const bandKeys = (signature: Uint16Array, bands: number, rows: number): number[] => {
  const keys: number[] = [];
  for (let band = 0; band < bands; band++) {
    let h = fmix32(0x6c5b0000 + band);
    for (let r = 0; r < rows; r++) h = combine(h, signature[band * rows + r] as number);
    keys.push(h);
  }
  return keys;
};

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Base64 of a signature (little-endian 16-bit values), for JSON storage. */
export const encodeSignature = (signature: Uint16Array): string => {
  if (LITTLE_ENDIAN)
    return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString("base64");
  const bytes = Buffer.alloc(signature.length * 2);
  for (let i = 0; i < signature.length; i++) bytes.writeUInt16LE(signature[i] as number, i * 2);
  return bytes.toString("base64");
};

/** The inverse of encodeSignature. */
export const decodeSignature = (encoded: string): Uint16Array => {
  const bytes = Buffer.from(encoded, "base64");
  const signature = new Uint16Array(bytes.length >>> 1);
  if (LITTLE_ENDIAN) new Uint8Array(signature.buffer).set(bytes.subarray(0, signature.length * 2));
  else for (let i = 0; i < signature.length; i++) signature[i] = bytes.readUInt16LE(i * 2);
  return signature;
};
