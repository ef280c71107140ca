import { idf, lengthNorm, termScore } from "./bm25.js";
import { Cursor, END } from "./cursor.js";
import type { DocStore } from "./doc-store.js";
import { topValues } from "./facets.js";
import { Filter } from "./filter.js";
import type { EngineHit, EngineResult } from "./index-types.js";
import type { Postings } from "./postings.js";
import type { SearchQuery } from "./query.js";
import { TopK } from "./top-k.js";

/** What a search sees of the index, plus reusable per-query buffers (searches are synchronous). */
export interface IndexView {
  docs: DocStore;
  postings: Postings;
  /** Live documents and their total tokens (BM25 N and average length). */
  live: number;
  totalTokens: number;
  scratch: Scratch;
}

/** Candidates of phase 1: slot, BM25 score and distance, in parallel arrays. */
export interface Scratch {
  slots: Int32Array;
  scores: Float64Array;
  distances: Float64Array;
}

/** Phase 1 without terms: every live slot passing the base filters. */
const scanAll = (view: IndexView, filter: Filter): number => {
  const { slots, distances } = view.scratch;
  const alive = view.docs.alive;
  const count = view.docs.count;
  let n = 0;
  for (let s = 0; s < count; s++) {
    if (alive[s] === 1 && filter.passes(s, distances, n)) slots[n++] = s;
  }
  return n;
};

/** Phase 1 with terms: intersect the posting lists (shortest drives), filter, score with BM25. */
const matchTerms = (view: IndexView, terms: readonly string[], filter: Filter): number => {
  const { docs, postings } = view;
  const unique = [...new Set(terms)];
  const ids = unique.map((term) => postings.idOf(term));
  if (ids.some((id) => id === undefined || postings.df[id]! === 0)) return 0;
  const order = (ids as number[])
    .map((id, u) => ({ id, u, length: postings.listLength(id) }))
    .sort((a, b) => a.length - b.length);
  const cursors = order.map((o) => new Cursor(postings, o.id));
  // For each query term (duplicates kept, as FTS5 scores each phrase), its cursor and idf.
  const cursorOf = terms.map((term) => order.findIndex((o) => unique[o.u] === term));
  const idfs = terms.map((term) => idf(view.live, postings.df[postings.idOf(term)!]!));
  const average = view.totalTokens / view.live;
  const { slots, scores, distances } = view.scratch;
  const { alive, length } = docs;
  const driver = cursors[0]!;
  let n = 0;
  outer: for (let s = driver.slot; s !== END; s = driver.next()) {
    if (alive[s] !== 1 || !filter.passes(s, distances, n)) continue;
    for (let c = 1; c < cursors.length; c++) {
      const at = cursors[c]!.seek(s);
      if (at === END) break outer;
      if (at !== s) continue outer;
    }
    const norm = lengthNorm(length[s]!, average);
    let score = 0;
    for (let i = 0; i < cursorOf.length; i++) score += termScore(idfs[i]!, cursors[cursorOf[i]!]!.tf, norm);
    slots[n] = s;
    scores[n++] = score;
  }
  return n;
};

/** Phase 2: facet filters, disjunctive facet counts, total and the top offset + limit. */
const rank = (view: IndexView, q: SearchQuery, filter: Filter, n: number): EngineResult => {
  const { docs, scratch } = view;
  const { contractType: contract, departement, romeCode: rome } = docs.codes;
  const { contract: cMask, departement: dMask, rome: rMask } = filter;
  const mode =
    q.sort === "distance" && filter.near ? 2 : q.sort === "relevance" && q.terms.length > 0 ? 1 : 0;
  const top = new TopK(Math.max(0, Math.min(q.offset + q.limit, n)));
  const counts = q.facets
    ? {
        contract: new Int32Array(docs.dicts.contractType.size),
        departement: new Int32Array(docs.dicts.departement.size),
        rome: new Int32Array(docs.dicts.romeCode.size),
      }
    : null;
  let total = 0;
  for (let j = 0; j < n; j++) {
    const s = scratch.slots[j]!;
    const c = contract[s]!;
    const d = departement[s]!;
    const r = rome[s]!;
    const cOk = cMask === null || cMask[c] === 1;
    const dOk = dMask === null || dMask[d] === 1;
    const rOk = rMask === null || rMask[r] === 1;
    if (counts) {
      if (dOk && rOk && c !== 0) counts.contract[c]!++;
      if (cOk && rOk && d !== 0) counts.departement[d]!++;
      if (cOk && dOk && r !== 0) counts.rome[r]!++;
    }
    if (!(cOk && dOk && rOk)) continue;
    total++;
    const published = docs.published[s]!;
    const key = mode === 1 ? scratch.scores[j]! : mode === 2 ? -scratch.distances[j]! : published;
    top.offer(s, key, published, docs.num[s]!);
  }
  const page = top.drain().subarray(q.offset, q.offset + q.limit);
  const hits: EngineHit[] = Array.from(page, (s) =>
    filter.near ? { num: docs.num[s]!, distanceKm: filter.distance(s) } : { num: docs.num[s]! },
  );
  const result: EngineResult = { total, hits };
  if (counts) {
    result.facets = {
      contract: topValues(counts.contract, docs.dicts.contractType),
      departement: topValues(counts.departement, docs.dicts.departement),
      rome: topValues(counts.rome, docs.dicts.romeCode),
    };
  }
  return result;
};

/** Run a query against the index (the semantics in docs/search.md). */
export const evaluate = (view: IndexView, q: SearchQuery): EngineResult => {
  const filter = new Filter(view.docs, q);
  const n = q.terms.length > 0 ? matchTerms(view, q.terms, filter) : scanAll(view, filter);
  return rank(view, q, filter, n);
};
