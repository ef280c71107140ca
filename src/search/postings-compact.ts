import type { Postings } from "./postings.js";

/**
 * Rebuild a Postings' base segment from its live postings (base, then delta lists, then the
 * bulk log), slots renumbered by `remap` (-1: dead; increasing, so every list stays sorted).
 * Empties the delta lists and the log. O(postings); peak memory: old + new segment.
 */
export const compactPostings = (p: Postings, remap: Int32Array, survivors: number): void => {
  const termCount = p.terms.length;
  const start = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) start[t + 1] = start[t]! + p.df[t]!;
  const total = start[termCount]!;
  const slots = new Uint32Array(total);
  const tfs = new Uint16Array(total);
  const cursor = start.slice(0, termCount);
  const { baseStart, baseSlots, baseTf, baseTerms } = p;
  for (let t = 0; t < termCount; t++) {
    let at = cursor[t]!;
    if (t < baseTerms) {
      const end = baseStart[t + 1]!;
      for (let i = baseStart[t]!; i < end; i++) {
        const to = remap[baseSlots[i]!]!;
        if (to < 0) continue;
        slots[at] = to;
        tfs[at++] = baseTf[i]!;
      }
    }
    const deltaSlots = p.deltaSlots[t];
    const deltaTf = p.deltaTf[t];
    if (deltaSlots && deltaTf) {
      for (let i = 0; i < p.deltaLen[t]!; i++) {
        const to = remap[deltaSlots[i]!]!;
        if (to < 0) continue;
        slots[at] = to;
        tfs[at++] = deltaTf[i]!;
      }
      p.deltaSlots[t] = null;
      p.deltaTf[t] = null;
    }
    cursor[t] = at;
  }
  if (p.bulkFrom >= 0) {
    // The log holds one tf per (slot, term) in forward-index order: scatter the live ones.
    const { forward, bulkTf } = p;
    let ids = new Uint32Array(256);
    let k = 0;
    for (let slot = p.bulkFrom; slot < forward.count; slot++) {
      const max = forward.maxTerms(slot);
      if (max > ids.length) ids = new Uint32Array(max);
      const n = forward.decode(slot, ids);
      const to = remap[slot]!;
      if (to >= 0) {
        for (let i = 0; i < n; i++) {
          const at = cursor[ids[i]!]!++;
          slots[at] = to;
          tfs[at] = bulkTf[k + i]!;
        }
      }
      k += n;
    }
  }
  for (let t = 0; t < termCount; t++) {
    if (cursor[t] !== start[t + 1]) {
      throw new Error(
        `search index: term ${t} has ${cursor[t]! - start[t]!} live postings, df says ${p.df[t]}`,
      );
    }
  }
  p.baseStart = start;
  p.baseSlots = slots;
  p.baseTf = tfs;
  p.baseTerms = termCount;
  p.deltaLen.fill(0);
  p.deltaPostings = 0;
  p.bulkFrom = -1;
  p.bulkTf = new Uint16Array(0);
  p.bulkLength = 0;
  p.forward.compact(remap, survivors);
};
