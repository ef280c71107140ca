/**
 * Seeded randomness for the job-market simulator: a small, fast generator (sfc32) and 32-bit
 * mixing to derive independent streams (one per job, per copy, per partner) from the market seed.
 * Nothing in the simulator may call Math.random: the same seed must give the same market.
 */

/** 32-bit finaliser of MurmurHash3: spreads every input bit over the output. */
const fmix32 = (h: number): number => {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
};

/** A new 32-bit seed from a seed and any number of integers (job index, partner index, salt…). */
export const mix = (seed: number, ...parts: readonly number[]): number => {
  let h = fmix32(seed ^ 0x9e3779b9);
  for (const part of parts) h = fmix32(h ^ Math.imul(part | 0, 0x27d4eb2f) ^ (h >>> 7));
  return h;
};

/** A 32-bit seed from any text ("42", "demo"): FNV-1a, then mixed. */
export const seedFromText = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
};

/** sfc32: four words of state, period about 2^127, a few nanoseconds per draw. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new RangeError("pick() on an empty list");
    return value;
  }

  /** `count` distinct elements of a list, in random order (all of them when the list is shorter). */
  sample<T>(list: readonly T[], count: number): T[] {
    const copy = list.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }

  /** A normally distributed number (Box-Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/** Draws indices in proportion to their weights: cumulative sums and a binary search. */
export class WeightedSampler {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] ?? 0;
      sum += Math.max(w, 0);
      this.cumulative[i] = sum;
    }
    this.total = sum;
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** The index whose cumulative interval holds `u × total` (u uniform in [0, 1)). */
  at(u: number): number {
    const target = u * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** One index drawn with `rng`. */
  draw(rng: Rng): number {
    return this.at(rng.next());
  }
}

/** Picks one value of a small table of `[value, weight]` pairs. */
export const pickWeighted = <T>(rng: Rng, table: readonly (readonly [T, number])[]): T => {
  let total = 0;
  for (const [, w] of table) total += w;
  let target = rng.next() * total;
  for (const [value, w] of table) {
    target -= w;
    if (target < 0) return value;
  }
  const last = table[table.length - 1];
  if (last === undefined) throw new RangeError("pickWeighted() on an empty table");
  return last[0];
};
