/**
 * The k best entries of a stream, by (key desc, published desc, num desc), in a binary min-heap
 * on parallel typed arrays (the root is the worst kept entry). O(n log k), no full sort of the
 * matches; ties are fully ordered because nums are unique, so pages are stable.
 */
export class TopK {
  private readonly key: Float64Array;
  private readonly published: Float64Array;
  private readonly num: Float64Array;
  private readonly slot: Int32Array;
  size = 0;

  constructor(readonly k: number) {
    this.key = new Float64Array(k);
    this.published = new Float64Array(k);
    this.num = new Float64Array(k);
    this.slot = new Int32Array(k);
  }

  /** Whether entry i ranks below (key, published, num). */
  private below(i: number, key: number, published: number, num: number): boolean {
    const ki = this.key[i]!;
    if (ki !== key) return ki < key;
    const pi = this.published[i]!;
    if (pi !== published) return pi < published;
    return this.num[i]! < num;
  }

  /** Offer an entry; kept if among the k best so far. */
  offer(slot: number, key: number, published: number, num: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        // The new entry climbs while it ranks below its parent (the root is the worst).
        if (this.below(parent, key, published, num)) break;
        this.move(parent, i);
        i = parent;
      }
      this.put(i, slot, key, published, num);
      return;
    }
    if (!this.below(0, key, published, num)) return;
    this.siftDown(0, slot, key, published, num);
  }

  private siftDown(from: number, slot: number, key: number, published: number, num: number): void {
    let i = from;
    const n = this.size;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.below(right, this.key[child]!, this.published[child]!, this.num[child]!)) {
        child = right;
      }
      if (!this.below(child, key, published, num)) break;
      this.move(child, i);
      i = child;
    }
    this.put(i, slot, key, published, num);
  }

  private move(from: number, to: number): void {
    this.key[to] = this.key[from]!;
    this.published[to] = this.published[from]!;
    this.num[to] = this.num[from]!;
    this.slot[to] = this.slot[from]!;
  }

  private put(i: number, slot: number, key: number, published: number, num: number): void {
    this.key[i] = key;
    this.published[i] = published;
    this.num[i] = num;
    this.slot[i] = slot;
  }

  /** The kept slots, best first (empties the heap). */
  drain(): Int32Array {
    const out = new Int32Array(this.size);
    while (this.size > 0) {
      out[this.size - 1] = this.slot[0]!;
      const last = --this.size;
      if (last > 0) {
        this.siftDown(0, this.slot[last]!, this.key[last]!, this.published[last]!, this.num[last]!);
      }
    }
    return out;
  }
}
