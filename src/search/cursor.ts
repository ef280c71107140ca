import type { Postings } from "./postings.js";

/** A slot past every real slot: the end of a list. */
export const END = 0xffffffff;

/** First index in [lo, hi) whose slot is ≥ target, knowing a[hi - 1] ≥ target (exponential then binary search). */
const gallop = (a: Uint32Array, lo: number, hi: number, target: number): number => {
  if (a[lo]! >= target) return lo;
  let low = lo;
  let step = 1;
  let high = lo + 1;
  while (high < hi && a[high]! < target) {
    low = high;
    step <<= 1;
    high = low + step;
  }
  if (high > hi - 1) high = hi - 1;
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (a[mid]! < target) low = mid;
    else high = mid;
  }
  return high;
};

/** A forward-only walk over one term's posting list (base segment, then delta list). */
export class Cursor {
  /** Current slot (END when exhausted) and its packed term frequencies. */
  slot = END;
  tf = 0;
  private readonly a0: Uint32Array;
  private readonly t0: Uint16Array;
  private i0: number;
  private readonly e0: number;
  private readonly a1: Uint32Array;
  private readonly t1: Uint16Array;
  private i1 = 0;
  private readonly e1: number;

  constructor(postings: Postings, term: number) {
    this.a0 = postings.baseSlots;
    this.t0 = postings.baseTf;
    const hasBase = term < postings.baseTerms;
    this.i0 = hasBase ? postings.baseStart[term]! : 0;
    this.e0 = hasBase ? postings.baseStart[term + 1]! : 0;
    this.a1 = postings.deltaSlots[term] ?? new Uint32Array(0);
    this.t1 = postings.deltaTf[term] ?? new Uint16Array(0);
    this.e1 = postings.deltaLen[term]!;
    this.load();
  }

  private load(): void {
    if (this.i0 < this.e0) {
      this.slot = this.a0[this.i0]!;
      this.tf = this.t0[this.i0]!;
    } else if (this.i1 < this.e1) {
      this.slot = this.a1[this.i1]!;
      this.tf = this.t1[this.i1]!;
    } else {
      this.slot = END;
    }
  }

  /** Step to the next posting; returns its slot. */
  next(): number {
    if (this.i0 < this.e0) this.i0++;
    else if (this.i1 < this.e1) this.i1++;
    this.load();
    return this.slot;
  }

  /** Move to the first posting whose slot is ≥ target; returns that slot (END if none). */
  seek(target: number): number {
    if (this.slot >= target) return this.slot;
    if (this.i0 < this.e0) {
      if (this.a0[this.e0 - 1]! >= target) {
        this.i0 = gallop(this.a0, this.i0, this.e0, target);
        this.load();
        return this.slot;
      }
      this.i0 = this.e0;
    }
    if (this.i1 < this.e1 && this.a1[this.e1 - 1]! >= target) {
      this.i1 = gallop(this.a1, this.i1, this.e1, target);
    } else {
      this.i1 = this.e1;
    }
    this.load();
    return this.slot;
  }
}
