import { ForwardIndex } from "./forward-index.js";
import { ensure } from "./growable.js";

/** Term frequencies are packed in 16 bits: title tf (capped at 255) high, body tf low. */
export const TF_CAP = 255;
export const packTf = (title: number, body: number): number =>
  (Math.min(title, TF_CAP) << 8) | Math.min(body, TF_CAP);

const grow = <T extends Uint16Array | Uint32Array>(a: T, make: (n: number) => T): T => {
  const grown = make(Math.max(16, a.length * 2));
  grown.set(a);
  return grown;
};

/**
 * The inverted index. Each term's posting list (doc slots, increasing) is a frozen "base"
 * segment in one shared CSR array (built by compaction), followed by a growable "delta" list for
 * the documents added since. Dead slots stay in the lists until the next compaction; `df` counts
 * only live documents, so BM25 statistics are exact at all times. During a bulk load, postings
 * only append their tf to a log (the term ids are in the forward index): compaction scatters them.
 */
export class Postings {
  readonly termIds = new Map<string, number>();
  readonly terms: string[] = [];
  /** Live documents holding each term (BM25 df). */
  df: Int32Array = new Int32Array(0);
  /** Base segment of term t: baseSlots/baseTf[baseStart[t] .. baseStart[t + 1]); terms ≥ baseTerms have none. */
  baseStart: Uint32Array = new Uint32Array(1);
  baseSlots: Uint32Array = new Uint32Array(0);
  baseTf: Uint16Array = new Uint16Array(0);
  baseTerms = 0;
  deltaSlots: Array<Uint32Array | null> = [];
  deltaTf: Array<Uint16Array | null> = [];
  deltaLen: Int32Array = new Int32Array(0);
  /** Postings in delta lists (live or not). */
  deltaPostings = 0;
  /** First slot of the bulk log (-1: not loading), and the log's tfs in forward-index order. */
  bulkFrom = -1;
  bulkTf: Uint16Array = new Uint16Array(0);
  bulkLength = 0;
  readonly forward = new ForwardIndex();
  // Per-document scratch: which terms this document has seen (stamp), and their counts.
  private stamp: Int32Array = new Int32Array(0);
  private stampNow = 0;
  private titleTf: Int32Array = new Int32Array(0);
  private bodyTf: Int32Array = new Int32Array(0);
  private unique: Uint32Array = new Uint32Array(64);
  private uniqueCount = 0;

  /** Install a frozen segment read from a snapshot (the index must be empty). */
  restore(
    terms: readonly string[],
    df: Int32Array,
    start: Uint32Array,
    slots: Uint32Array,
    tfs: Uint16Array,
  ): void {
    const n = terms.length;
    terms.forEach((term, t) => {
      this.terms.push(term);
      this.termIds.set(term, t);
    });
    this.deltaSlots = new Array<Uint32Array | null>(n).fill(null);
    this.deltaTf = new Array<Uint16Array | null>(n).fill(null);
    this.deltaLen = new Int32Array(n);
    this.stamp = new Int32Array(n);
    this.titleTf = new Int32Array(n);
    this.bodyTf = new Int32Array(n);
    this.df = df;
    this.baseStart = start;
    this.baseSlots = slots;
    this.baseTf = tfs;
    this.baseTerms = terms.length;
  }

  /** The id of a term, or undefined when no document ever held it. */
  idOf(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** Postings (live or dead) of a term: what an intersection has to walk. */
  listLength(t: number): number {
    const base = t < this.baseTerms ? this.baseStart[t + 1]! - this.baseStart[t]! : 0;
    return base + this.deltaLen[t]!;
  }

  /** Index the terms of a new slot (slots must arrive in increasing order). */
  add(slot: number, titleTerms: readonly string[], bodyTerms: readonly string[]): void {
    this.stampNow++;
    this.uniqueCount = 0;
    // touch() may grow the count arrays: read them after it.
    for (const term of titleTerms) {
      const t = this.touch(term);
      this.titleTf[t]!++;
    }
    for (const term of bodyTerms) {
      const t = this.touch(term);
      this.bodyTf[t]!++;
    }
    const n = this.uniqueCount;
    const ids = this.unique.subarray(0, n).sort();
    const bulk = this.bulkFrom >= 0;
    if (bulk && this.bulkLength + n > this.bulkTf.length) {
      this.bulkTf = ensure(this.bulkTf, this.bulkLength + n, (size) => new Uint16Array(size));
    }
    for (let i = 0; i < n; i++) {
      const t = ids[i]!;
      const tf = packTf(this.titleTf[t]!, this.bodyTf[t]!);
      if (bulk) this.bulkTf[this.bulkLength++] = tf;
      else this.appendDelta(t, slot, tf);
      this.df[t]!++;
    }
    this.forward.append(ids, n);
  }

  /** Forget a slot's contribution to the document frequencies (its postings die with the slot). */
  remove(slot: number): void {
    const max = this.forward.maxTerms(slot);
    if (max > this.unique.length) this.unique = new Uint32Array(max);
    const n = this.forward.decode(slot, this.unique);
    for (let i = 0; i < n; i++) this.df[this.unique[i]!]!--;
  }

  /** The id of a term of the document being added; the first time, reset its counts. */
  private touch(term: string): number {
    const t = this.termIds.get(term) ?? this.newTerm(term);
    if (this.stamp[t] !== this.stampNow) {
      this.stamp[t] = this.stampNow;
      this.titleTf[t] = 0;
      this.bodyTf[t] = 0;
      if (this.uniqueCount === this.unique.length) this.unique = grow(this.unique, (s) => new Uint32Array(s));
      this.unique[this.uniqueCount++] = t;
    }
    return t;
  }

  private newTerm(term: string): number {
    const t = this.terms.length;
    this.terms.push(term);
    this.termIds.set(term, t);
    const size = t + 1;
    this.df = ensure(this.df, size, (s) => new Int32Array(s));
    this.deltaLen = ensure(this.deltaLen, size, (s) => new Int32Array(s));
    this.stamp = ensure(this.stamp, size, (s) => new Int32Array(s));
    this.titleTf = ensure(this.titleTf, size, (s) => new Int32Array(s));
    this.bodyTf = ensure(this.bodyTf, size, (s) => new Int32Array(s));
    this.deltaSlots.push(null);
    this.deltaTf.push(null);
    return t;
  }

  private appendDelta(t: number, slot: number, tf: number): void {
    const length = this.deltaLen[t]!;
    let slots = this.deltaSlots[t];
    let tfs = this.deltaTf[t];
    if (!slots || !tfs) {
      slots = new Uint32Array(4);
      tfs = new Uint16Array(4);
    } else if (length === slots.length) {
      slots = grow(slots, (s) => new Uint32Array(s));
      tfs = grow(tfs, (s) => new Uint16Array(s));
    }
    this.deltaSlots[t] = slots;
    this.deltaTf[t] = tfs;
    slots[length] = slot;
    tfs[length] = tf;
    this.deltaLen[t] = length + 1;
    this.deltaPostings++;
  }
}
