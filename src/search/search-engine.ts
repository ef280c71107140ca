import { DocStore } from "./doc-store.js";
import { evaluate, type Scratch } from "./evaluate.js";
import type { EngineResult, IndexedOffer } from "./index-types.js";
import { Postings } from "./postings.js";
import { compactPostings } from "./postings-compact.js";
import type { SearchQuery } from "./query.js";
import { readSnapshot, writeSnapshot } from "./snapshot.js";

export interface SearchEngineOptions {
  /**
   * Compact by itself when dead slots plus slots added since the last compaction exceed a
   * quarter of the index (and 20,000). Default true; turn it off to call `compact()` at quiet times.
   */
  autoCompact?: boolean;
}

const COMPACT_RATIO = 0.25;
const COMPACT_MIN = 20_000;
const MAX_NUM = 0xffffffff;

/** Figures about the index, for logs and benchmarks. */
export interface EngineStats {
  live: number;
  slots: number;
  deadSlots: number;
  terms: number;
  basePostings: number;
  deltaPostings: number;
  /** Bytes held by the typed arrays (not the term dictionary nor the num → slot map). */
  typedArrayBytes: number;
}

/**
 * In-memory search over the published offers: an inverted index with BM25 (title × 4), typed
 * arrays per field, disjunctive facets, top-k ranking. Each process builds its own copy at
 * start-up (`addAll`, or `fromBuffer` on a snapshot) and keeps it fresh with `add` / `remove`.
 * See docs/search.md.
 */
export class SearchEngine {
  private docs: DocStore;
  private postings: Postings;
  private readonly slotOf = new Map<number, number>();
  private totalTokens: number;
  private deadSlots = 0;
  private frozenSlots: number;
  private scratch: Scratch = {
    slots: new Int32Array(0),
    scores: new Float64Array(0),
    distances: new Float64Array(0),
  };
  private readonly autoCompact: boolean;

  constructor(
    options: SearchEngineOptions = {},
    parts?: { docs: DocStore; postings: Postings; totalTokens: number },
  ) {
    this.autoCompact = options.autoCompact ?? true;
    this.docs = parts?.docs ?? new DocStore();
    this.postings = parts?.postings ?? new Postings();
    this.totalTokens = parts?.totalTokens ?? 0;
    this.frozenSlots = this.docs.count;
    for (let s = 0; s < this.docs.count; s++)
      if (this.docs.alive[s] === 1) this.slotOf.set(this.docs.num[s]!, s);
  }

  /** Live documents. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Index a document, replacing the one with the same num if any. */
  add(doc: IndexedOffer): void {
    this.insert(doc);
    this.maybeCompact();
  }

  /** Index many documents at once (start-up), then compact them into one frozen segment. */
  addAll(docs: Iterable<IndexedOffer>): void {
    this.postings.bulkFrom = this.docs.count;
    try {
      for (const doc of docs) this.insert(doc);
    } finally {
      this.compact();
    }
  }

  /** Remove a document; false when it was not indexed. */
  remove(num: number): boolean {
    const removed = this.unindex(num);
    if (removed) this.maybeCompact();
    return removed;
  }

  /** Run a query with the semantics of `searchOffers` (docs/search.md). */
  search(q: SearchQuery): EngineResult {
    this.reserveScratch();
    return evaluate(
      {
        docs: this.docs,
        postings: this.postings,
        live: this.slotOf.size,
        totalTokens: this.totalTokens,
        scratch: this.scratch,
      },
      q,
    );
  }

  /** Drop dead slots and merge the delta lists into the frozen segment (O(postings)). */
  compact(): void {
    const count = this.docs.count;
    const remap = new Int32Array(count);
    let survivors = 0;
    for (let s = 0; s < count; s++) remap[s] = this.docs.alive[s] === 1 ? survivors++ : -1;
    compactPostings(this.postings, remap, survivors);
    this.docs.compact(remap, survivors);
    for (const [num, slot] of this.slotOf) this.slotOf.set(num, remap[slot]!);
    this.deadSlots = 0;
    this.frozenSlots = survivors;
    this.scratch = { slots: new Int32Array(0), scores: new Float64Array(0), distances: new Float64Array(0) };
  }

  /** A compact binary image of the index (compacts first when there are dead slots or delta lists). */
  toBuffer(): Uint8Array {
    if (this.deadSlots > 0 || this.docs.count > this.frozenSlots) this.compact();
    return writeSnapshot(this.docs, this.postings, this.totalTokens);
  }

  /** An engine from a `toBuffer()` image; its arrays are views over `buffer` until they grow. */
  static fromBuffer(buffer: Uint8Array, options: SearchEngineOptions = {}): SearchEngine {
    return new SearchEngine(options, readSnapshot(buffer));
  }

  stats(): EngineStats {
    const { docs, postings } = this;
    const arrays = [
      docs.num,
      docs.published,
      docs.lat,
      docs.lon,
      docs.sinLat,
      docs.cosLat,
      docs.lonRad,
      docs.salary,
      docs.length,
      docs.alive,
      ...Object.values(docs.codes),
      postings.df,
      postings.baseStart,
      postings.baseSlots,
      postings.baseTf,
      postings.deltaLen,
      postings.forward.bytes,
      postings.forward.start,
      ...postings.deltaSlots,
      ...postings.deltaTf,
    ];
    return {
      live: this.slotOf.size,
      slots: docs.count,
      deadSlots: this.deadSlots,
      terms: postings.terms.length,
      basePostings: postings.baseSlots.length,
      deltaPostings: postings.deltaPostings,
      typedArrayBytes: arrays.reduce((sum, a) => sum + (a?.byteLength ?? 0), 0),
    };
  }

  private insert(doc: IndexedOffer): void {
    if (!Number.isInteger(doc.num) || doc.num < 0 || doc.num > MAX_NUM) {
      throw new RangeError(`search index: num must be an integer in [0, 2^32), got ${doc.num}`);
    }
    this.unindex(doc.num);
    const length = doc.titleTerms.length + doc.bodyTerms.length;
    const slot = this.docs.append(doc, length);
    this.postings.add(slot, doc.titleTerms, doc.bodyTerms);
    this.slotOf.set(doc.num, slot);
    this.totalTokens += length;
  }

  private unindex(num: number): boolean {
    const slot = this.slotOf.get(num);
    if (slot === undefined) return false;
    this.slotOf.delete(num);
    this.postings.remove(slot);
    this.docs.alive[slot] = 0;
    this.totalTokens -= this.docs.length[slot]!;
    this.deadSlots++;
    return true;
  }

  private maybeCompact(): void {
    if (!this.autoCompact) return;
    const churn = this.deadSlots + (this.docs.count - this.frozenSlots);
    if (churn > Math.max(COMPACT_MIN, this.frozenSlots * COMPACT_RATIO)) this.compact();
  }

  private reserveScratch(): void {
    const count = this.docs.count;
    if (this.scratch.slots.length >= count) return;
    this.scratch = {
      slots: new Int32Array(count),
      scores: new Float64Array(count),
      distances: new Float64Array(count),
    };
  }
}
