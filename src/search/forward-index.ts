import { ensure } from "./growable.js";

/**
 * The distinct term ids of each slot, sorted and delta-encoded as varints in one byte arena
 * (about 1.5 bytes per term instead of 4). Read only when a document is removed (to keep the
 * per-term document frequencies exact) and when the index is compacted.
 */
export class ForwardIndex {
  bytes: Uint8Array = new Uint8Array(0);
  /** start[slot] .. start[slot + 1]: the bytes of a slot; start[count] is the arena's end. */
  start: Uint32Array = new Uint32Array(1);
  count = 0;

  /** Append the next slot's sorted distinct term ids (`ids[0..n)`). */
  append(ids: Uint32Array, n: number): void {
    let at = this.start[this.count]!;
    if (at + n * 5 > this.bytes.length)
      this.bytes = ensure(this.bytes, at + n * 5, (size) => new Uint8Array(size));
    const bytes = this.bytes;
    let previous = 0;
    for (let i = 0; i < n; i++) {
      let gap = ids[i]! - previous;
      previous = ids[i]!;
      while (gap >= 0x80) {
        bytes[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      bytes[at++] = gap;
    }
    this.count++;
    if (this.count + 1 > this.start.length) {
      this.start = ensure(this.start, this.count + 1, (size) => new Uint32Array(size));
    }
    this.start[this.count] = at;
  }

  /** Distinct terms of a slot (an upper bound: bytes ≥ ids), to size the `decode` buffer. */
  maxTerms(slot: number): number {
    return this.start[slot + 1]! - this.start[slot]!;
  }

  /** Write a slot's term ids, increasing, into `out` (at least `maxTerms(slot)` long); returns their count. */
  decode(slot: number, out: Uint32Array): number {
    const bytes = this.bytes;
    const end = this.start[slot + 1]!;
    let at = this.start[slot]!;
    let id = 0;
    let n = 0;
    while (at < end) {
      let byte = bytes[at++]!;
      let gap = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        byte = bytes[at++]!;
        gap |= (byte & 0x7f) << shift;
      }
      id += gap;
      out[n++] = id;
    }
    return n;
  }

  /** Keep the slots whose remap is not -1, in order. */
  compact(remap: Int32Array, survivors: number): void {
    let size = 0;
    for (let slot = 0; slot < this.count; slot++) {
      if (remap[slot]! >= 0) size += this.start[slot + 1]! - this.start[slot]!;
    }
    const bytes = new Uint8Array(size);
    const start = new Uint32Array(survivors + 1);
    let at = 0;
    for (let slot = 0; slot < this.count; slot++) {
      const to = remap[slot]!;
      if (to < 0) continue;
      const from = this.start[slot]!;
      const end = this.start[slot + 1]!;
      bytes.set(this.bytes.subarray(from, end), at);
      start[to] = at;
      at += end - from;
    }
    start[survivors] = at;
    this.bytes = bytes;
    this.start = start;
    this.count = survivors;
  }
}
