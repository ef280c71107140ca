import type { OfferView } from "../offer/offer-view.js";

/** A resolved search: text terms already analysed, places already turned into coordinates. */
export interface SearchQuery {
  terms: readonly string[];
  near?: { lat: number; lon: number; radiusKm: number };
  communes?: readonly string[];
  departements?: readonly string[];
  regions?: readonly string[];
  contractTypes?: readonly string[];
  romeCodes?: readonly string[];
  remote?: readonly string[];
  /** Minimum gross annual salary in euros. */
  minAnnualSalary?: number;
  publishedSince?: string;
  sort: "relevance" | "date" | "distance";
  offset: number;
  limit: number;
  facets: boolean;
}

export type FacetName = "contract" | "departement" | "rome";

export interface FacetValue {
  value: string;
  count: number;
}

/** One result in a list: the offer without its full description, with an excerpt. */
export type OfferSummary = Omit<OfferView, "description" | "description_html"> & {
  excerpt: string;
  distance_km?: number;
};

export interface SearchResult {
  total: number;
  results: OfferSummary[];
  facets?: Record<FacetName, FacetValue[]>;
}

/** The list form of an offer (excerpt of 280 characters, distance rounded to 0.1 km). */
export const summarize = (view: OfferView, distanceKm?: number): OfferSummary => {
  const { description, description_html: _html, ...rest } = view;
  const excerpt = description.length > 280 ? `${description.slice(0, 277).trimEnd()}…` : description;
  return distanceKm === undefined
    ? { ...rest, excerpt }
    : { ...rest, excerpt, distance_km: Math.round(distanceKm * 10) / 10 };
};
