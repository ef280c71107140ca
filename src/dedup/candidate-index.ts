/**
 * In-memory candidate lookup: blocking keys (structured keys and LSH bands, see fingerprint.ts)
 * to posting ids, in typed arrays (8 bytes per key of a posting, plus 10 bytes per table slot for
 * each distinct key at a load factor of at most 0.6). A cache: rebuild it from
 * the stored fingerprints at start-up. A key shared by more than `maxPerKey` postings (an
 * employer's boilerplate band, "vendeur" in Paris) is saturated: it stops collecting and is
 * ignored by lookups, since it says too little to be worth comparing with.
 */

export interface CandidateIndexOptions {
  /** Postings per key beyond which the key is ignored. Default 500. */
  maxPerKey?: number;
}

export interface CandidateIndexStats {
  postings: number;
  keys: number;
  entries: number;
  saturatedKeys: number;
  /** Bytes held by the typed arrays (ids and their map not counted). */
  bytes: number;
}

const EMPTY = -1;
const FULL = 0xffff;

export class CandidateIndex<Id = string> {
  private readonly maxPerKey: number;
  // Open-addressing table of distinct keys.
  private tableKeys = new Int32Array(1024);
  private tableHead = new Int32Array(1024).fill(EMPTY);
  // Per key: 0 = free slot, FULL = saturated, else the number of postings + 1.
  private tableState = new Uint16Array(1024);
  private distinctKeys = 0;
  private saturated = 0;
  // Chained entries: posting slot and next entry of the same key.
  private entrySlot = new Int32Array(4096);
  private entryNext = new Int32Array(4096);
  private entries = 0;
  private deadEntries = 0;
  private deadSlots = 0;
  // Posting slots.
  private slotIds: Id[] = [];
  private slotKeys = new Uint16Array(1024);
  private alive = new Uint8Array(1024);
  private readonly slots = new Map<Id, number>();
  private hits = new Uint8Array(1024);

  constructor(options: CandidateIndexOptions = {}) {
    this.maxPerKey = Math.min(options.maxPerKey ?? 500, FULL - 2);
  }

  get size(): number {
    return this.slots.size;
  }

  has(id: Id): boolean {
    return this.slots.has(id);
  }

  /** Index a posting under its fingerprint's keys; an id already present is replaced. */
  add(id: Id, fingerprint: { keys: readonly number[] }): void {
    this.remove(id);
    const slot = this.slotIds.length;
    this.slotIds.push(id);
    this.ensureSlots(slot + 1);
    this.alive[slot] = 1;
    this.slots.set(id, slot);
    let stored = 0;
    for (const key of new Set(fingerprint.keys)) {
      const at = this.findOrInsert(key | 0);
      const state = this.tableState[at] as number;
      if (state === FULL) continue;
      if (state - 1 >= this.maxPerKey) {
        this.tableState[at] = FULL;
        this.saturated++;
        continue;
      }
      this.tableState[at] = state + 1;
      this.ensureEntries(this.entries + 1);
      this.entrySlot[this.entries] = slot;
      this.entryNext[this.entries] = this.tableHead[at] as number;
      this.tableHead[at] = this.entries++;
      stored++;
    }
    this.slotKeys[slot] = Math.min(stored, 0xffff);
  }

  /** Forget a posting (closed, or about to be re-added after an edit). */
  remove(id: Id): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    this.slots.delete(id);
    this.alive[slot] = 0;
    this.deadEntries += this.slotKeys[slot] as number;
    this.deadSlots++;
    if (this.deadSlots > 1024 && this.deadSlots * 2 > this.slotIds.length) this.compact();
    return true;
  }

  /**
   * Ids sharing at least one usable key with the fingerprint, most shared keys first (then most
   * recently added), at most `limit`.
   */
  candidates(fingerprint: { keys: readonly number[] }, limit = 200): Id[] {
    const touched: number[] = [];
    for (const key of new Set(fingerprint.keys)) {
      const at = this.find(key | 0);
      if (at === EMPTY || this.tableState[at] === FULL) continue;
      for (let e = this.tableHead[at] as number; e !== EMPTY; e = this.entryNext[e] as number) {
        const slot = this.entrySlot[e] as number;
        if (this.alive[slot] === 0) continue;
        const h = this.hits[slot] as number;
        if (h === 0) touched.push(slot);
        if (h < 255) this.hits[slot] = h + 1;
      }
    }
    touched.sort((x, y) => (this.hits[y] as number) - (this.hits[x] as number) || y - x);
    const out: Id[] = [];
    for (const slot of touched) {
      if (out.length < limit) out.push(this.slotIds[slot] as Id);
      this.hits[slot] = 0;
    }
    return out;
  }

  stats(): CandidateIndexStats {
    return {
      postings: this.slots.size,
      keys: this.distinctKeys,
      entries: this.entries - this.deadEntries,
      saturatedKeys: this.saturated,
      bytes:
        this.tableKeys.byteLength +
        this.tableHead.byteLength +
        this.tableState.byteLength +
        this.entrySlot.byteLength +
        this.entryNext.byteLength +
        this.slotKeys.byteLength +
        this.alive.byteLength +
        this.hits.byteLength,
    };
  }

  private find(key: number): number {
    const mask = this.tableKeys.length - 1;
    for (let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; ; i = (i + 1) & mask) {
      if (this.tableState[i] === 0) return EMPTY;
      if (this.tableKeys[i] === key) return i;
    }
  }

  private findOrInsert(key: number): number {
    if ((this.distinctKeys + 1) * 10 > this.tableKeys.length * 6) this.growTable();
    const mask = this.tableKeys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.tableState[i] !== 0) {
      if (this.tableKeys[i] === key) return i;
      i = (i + 1) & mask;
    }
    this.tableState[i] = 1;
    this.tableKeys[i] = key;
    this.tableHead[i] = EMPTY;
    this.distinctKeys++;
    return i;
  }

  private growTable(): void {
    const { tableKeys, tableHead, tableState } = this;
    const size = tableKeys.length * 2;
    this.tableKeys = new Int32Array(size);
    this.tableHead = new Int32Array(size).fill(EMPTY);
    this.tableState = new Uint16Array(size);
    const mask = size - 1;
    for (let j = 0; j < tableKeys.length; j++) {
      if (tableState[j] === 0) continue;
      const key = tableKeys[j] as number;
      let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (this.tableState[i] !== 0) i = (i + 1) & mask;
      this.tableKeys[i] = key;
      this.tableHead[i] = tableHead[j] as number;
      this.tableState[i] = tableState[j] as number;
    }
  }

  private ensureEntries(n: number): void {
    if (n <= this.entrySlot.length) return;
    const size = Math.max(n, this.entrySlot.length * 2);
    const slot = new Int32Array(size);
    slot.set(this.entrySlot);
    const next = new Int32Array(size);
    next.set(this.entryNext);
    this.entrySlot = slot;
    this.entryNext = next;
  }

  private ensureSlots(n: number): void {
    if (n <= this.alive.length) return;
    const size = Math.max(n, this.alive.length * 2);
    const alive = new Uint8Array(size);
    alive.set(this.alive);
    const keys = new Uint16Array(size);
    keys.set(this.slotKeys);
    const hits = new Uint8Array(size);
    hits.set(this.hits);
    this.alive = alive;
    this.slotKeys = keys;
    this.hits = hits;
  }

  /**
   * Drop removed postings: renumber live slots (keeping their order), rebuild chains, recount
   * keys. Saturated keys stay saturated until the index is rebuilt.
   */
  private compact(): void {
    const renumber = new Int32Array(this.slotIds.length).fill(EMPTY);
    const ids: Id[] = [];
    for (let s = 0; s < this.slotIds.length; s++) {
      if (this.alive[s] === 0) continue;
      renumber[s] = ids.length;
      this.slotKeys[ids.length] = this.slotKeys[s] as number;
      ids.push(this.slotIds[s] as Id);
    }
    this.alive.fill(0);
    this.alive.fill(1, 0, ids.length);
    this.slotIds = ids;
    for (const [s, id] of ids.entries()) this.slots.set(id, s);
    const slot = new Int32Array(Math.max(4096, (this.entries - this.deadEntries) * 2));
    const next = new Int32Array(slot.length);
    let n = 0;
    for (let i = 0; i < this.tableKeys.length; i++) {
      const state = this.tableState[i] as number;
      if (state === 0) continue;
      if (state === FULL) {
        this.tableHead[i] = EMPTY;
        continue;
      }
      const live: number[] = [];
      for (let e = this.tableHead[i] as number; e !== EMPTY; e = this.entryNext[e] as number) {
        const s = renumber[this.entrySlot[e] as number] as number;
        if (s !== EMPTY) live.push(s);
      }
      let head = EMPTY;
      for (let k = live.length - 1; k >= 0; k--) {
        slot[n] = live[k] as number;
        next[n] = head;
        head = n++;
      }
      this.tableHead[i] = head;
      this.tableState[i] = live.length + 1;
    }
    this.entrySlot = slot;
    this.entryNext = next;
    this.entries = n;
    this.deadEntries = 0;
    this.deadSlots = 0;
  }
}
