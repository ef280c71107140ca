/**
 * Pairwise similarity of two fingerprints: one score or relation per feature, no decision (see
 * decide.ts). Costs a few microseconds: signatures are decoded once per fingerprint and cached.
 */
import { compareEmployers, type EmployerMatch } from "./employer.js";
import type { Fingerprint, TextSketch } from "./fingerprint.js";
import { compareSignatures, containment, containmentOfB, decodeSignature } from "./minhash.js";
import { comparePlaces, distanceKm, type PlaceMatch } from "./place.js";
import { compareTitles } from "./title.js";

export type Agreement = "same" | "unknown" | "different";

export interface TextScores {
  /** Estimated Jaccard similarity of the shingle sets. */
  jaccard: number;
  /** Estimated share of the smaller text found in the larger one (truncation, added paragraphs). */
  overlap: number;
  /** Distinct shingles of each text. */
  sizes: [number, number];
  /** Same cleaned text. */
  identical: boolean;
  /**
   * Share of one text's specific part (learned boilerplate removed) found in the other text, the
   * larger of both directions; null when neither has a specific part. Low for one template used
   * for two vacancies, high when a partner only added its own paragraphs.
   */
  specific: number | null;
  /** Both texts have a specific part: only then can a low `specific` reveal a reused template. */
  specificBoth: boolean;
}

export interface PairScores {
  /** Both postings come from one partner. */
  samePartner: boolean;
  title: number;
  /** Each title has a word the other lacks (see title.ts). */
  titleWordsDiffer: boolean;
  text: TextScores;
  employer: EmployerMatch;
  /** One of the employers is a staffing agency or recruitment firm: its ads share templates. */
  agency: boolean;
  /** Both SIRETs given: one establishment ("same") or two ("different"). */
  establishment: Agreement;
  place: PlaceMatch;
  distanceKm: number | null;
  contract: Agreement;
  /** Gross annual ranges overlap within tolerance ("same"), or do not ("different"). */
  salary: Agreement;
  rome: Agreement;
  /** Days between publications. */
  dayGap: number | null;
}

export interface SimilarityOptions {
  /** Different places closer than this are "near". Default 5 km. */
  nearKm?: number;
  /** Relative tolerance when comparing salary ranges (rounding). Default 0.05. */
  salaryTolerance?: number;
}

const decoded = new WeakMap<object, Int32Array>();

/** Give a sketch its signature already decoded (a fingerprint read from bytes): no base64 round trip. */
export const withSignature = <T extends { sig: string }>(holder: T, signature: Int32Array): T => {
  decoded.set(holder, signature);
  return holder;
};
const signatureOf = (holder: { sig: string }): Int32Array => {
  let signature = decoded.get(holder);
  if (signature === undefined) {
    signature = decodeSignature(holder.sig);
    decoded.set(holder, signature);
  }
  return signature;
};

const textScores = (a: TextSketch, b: TextSketch): TextScores => {
  const sizes: [number, number] = [a.size, b.size];
  if (a.size === 0 || b.size === 0) {
    return { jaccard: 0, overlap: 0, sizes, identical: false, specific: null, specificBoth: false };
  }
  const identical = a.hash === b.hash;
  const c = identical ? null : compareSignatures(signatureOf(a), signatureOf(b));
  const jaccard = c === null ? 1 : c.equal / c.hashes;
  // The overlap coefficient: the share of the smaller text found in the larger one.
  const overlap = c === null ? 1 : a.size <= b.size ? containment(c) : containmentOfB(c);
  // How much of one text's specific part (learned boilerplate removed) the other text contains.
  const contained = (x: TextSketch, y: TextSketch): number =>
    x.specific === null ? -1 : containment(compareSignatures(signatureOf(x.specific), signatureOf(y)));
  const ab = contained(a, b);
  const ba = contained(b, a);
  const best = Math.max(ab, ba);
  const specific = identical ? 1 : best < 0 ? null : best;
  const specificBoth = ab >= 0 && ba >= 0;
  return { jaccard, overlap, sizes, identical, specific, specificBoth };
};

const agree = <T>(a: T | null, b: T | null): Agreement =>
  a === null || b === null ? "unknown" : a === b ? "same" : "different";

const contractAgreement = (a: Fingerprint["contract"], b: Fingerprint["contract"]): Agreement => {
  const type = agree(a.type, b.type);
  if (type === "different" || agree(a.time, b.time) === "different") return "different";
  if (a.months !== null && b.months !== null) {
    const gap = Math.abs(a.months - b.months);
    if (gap > Math.max(1, 0.25 * Math.max(a.months, b.months))) return "different";
  }
  return type;
};

const overlapWithin = (a: readonly number[], b: readonly number[], tolerance: number): boolean =>
  (a[0] as number) <= (b[1] as number) * (1 + tolerance) &&
  (b[0] as number) <= (a[1] as number) * (1 + tolerance);

/** Pay written per the same period is compared as written; otherwise on annual figures. */
const salaryAgreement = (a: Fingerprint, b: Fingerprint, tolerance: number): Agreement => {
  // Fingerprints stored before version 2 have no rate.
  if (a.rate && b.rate && a.rate.per === b.rate.per)
    return overlapWithin(a.rate.range, b.rate.range, tolerance) ? "same" : "different";
  if (a.salary === null || b.salary === null) return "unknown";
  return overlapWithin(a.salary, b.salary, tolerance) ? "same" : "different";
};

/** Every feature score of a pair of fingerprints. */
export const scorePair = (a: Fingerprint, b: Fingerprint, options: SimilarityOptions = {}): PairScores => {
  const title = compareTitles(a.title, b.title);
  return {
    samePartner: a.partner === b.partner,
    title: title.similarity,
    titleWordsDiffer: title.wordsDiffer,
    text: textScores(a.text, b.text),
    employer: compareEmployers(a.employer, b.employer),
    agency: a.employer.agency || b.employer.agency,
    establishment: agree(a.employer.siret, b.employer.siret),
    place: comparePlaces(a.place, b.place, options.nearKm ?? 5),
    distanceKm: distanceKm(a.place, b.place),
    contract: contractAgreement(a.contract, b.contract),
    salary: salaryAgreement(a, b, options.salaryTolerance ?? 0.05),
    rome: agree(a.rome, b.rome),
    dayGap: a.day === null || b.day === null ? null : Math.abs(a.day - b.day),
  };
};
