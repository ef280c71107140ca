/**
 * BM25 exactly as SQLite FTS5's bm25(offers_text, 4.0, 1.0) computes it: k1 = 1.2, b = 0.75,
 * tf = 4 × title tf + body tf, document length = title + body tokens, average length over the
 * live documents, idf = ln((N − df + 0.5) / (df + 0.5)) floored at 1e-6. Same operations in the
 * same order, so the doubles (and therefore ties) come out the same.
 */
export const K1 = 1.2;
export const B = 0.75;
export const TITLE_WEIGHT = 4.0;

/** Inverse document frequency of a term held by `df` of `n` documents. */
export const idf = (n: number, df: number): number => {
  const value = Math.log((n - df + 0.5) / (df + 0.5));
  return value <= 0.0 ? 1e-6 : value;
};

/** The length part of the denominator, shared by every term of a document. */
export const lengthNorm = (docLength: number, averageLength: number): number =>
  K1 * (1 - B + (B * docLength) / averageLength);

/** One term's contribution, from its packed tf (title << 8 | body). */
export const termScore = (termIdf: number, packedTf: number, norm: number): number => {
  const f = (packedTf >>> 8) * TITLE_WEIGHT + (packedTf & 0xff);
  return termIdf * ((f * (K1 + 1.0)) / (f + norm));
};
