import type { FacetName, FacetValue } from "./query.js";

/** What the in-memory search engine indexes for one published offer. */
export interface IndexedOffer {
  /** offers.num: the key. An integer in [0, 2^32). */
  num: number;
  /** Analysed title terms (`analyze` from text/french.ts), duplicates kept: they count in BM25. */
  titleTerms: readonly string[];
  /** Analysed description terms, duplicates kept. */
  bodyTerms: readonly string[];
  /** Publication date, epoch milliseconds; NaN when unknown (sorts last, like NULL in SQL). */
  publishedAt: number;
  lat: number | null;
  lon: number | null;
  contractType: string | null;
  departement: string | null;
  region: string | null;
  romeCode: string | null;
  /** INSEE code of the commune. */
  commune: string | null;
  /** Gross annual salary in euros. */
  salaryAnnual: number | null;
  remote: string | null;
}

/** One result of the engine: the offer key, and its distance when the query had a point. */
export interface EngineHit {
  num: number;
  /** Great-circle distance in km, not rounded (the SQL summary rounds it to 0.1 km). */
  distanceKm?: number;
}

/** What `SearchEngine.search` returns: the total, one page of hits, facet counts when asked. */
export interface EngineResult {
  total: number;
  hits: EngineHit[];
  facets?: Record<FacetName, FacetValue[]>;
}

/** The categorical fields, each interned to a small integer (0 stands for null). */
export const CATEGORIES = ["contractType", "departement", "region", "romeCode", "commune", "remote"] as const;

export type Category = (typeof CATEGORIES)[number];
