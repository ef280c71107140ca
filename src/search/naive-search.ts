/**
 * A deliberately naive evaluator of the same semantics as `searchOffers` (docs/search.md),
 * written straight from the SQL: full scans, full sorts. Tests compare the engine against it.
 */

import { idf, lengthNorm, termScore } from "./bm25.js";
import type { EngineResult, IndexedOffer } from "./index-types.js";
import { packTf } from "./postings.js";
import type { FacetName, FacetValue, SearchQuery } from "./query.js";

const KM_PER_DEGREE = 111.2;
const rad = (deg: number) => deg * (Math.PI / 180);

const distanceKm = (d: IndexedOffer, lat: number, lon: number): number =>
  6371.0 *
  Math.acos(
    Math.min(
      1.0,
      Math.max(
        -1.0,
        Math.sin(rad(d.lat!)) * Math.sin(rad(lat)) +
          Math.cos(rad(d.lat!)) * Math.cos(rad(lat)) * Math.cos(rad(d.lon!) - rad(lon)),
      ),
    ),
  );

const count = (terms: readonly string[], term: string) => terms.filter((t) => t === term).length;
const has = (d: IndexedOffer, term: string) => d.titleTerms.includes(term) || d.bodyTerms.includes(term);
const inList = (value: string | null, list: readonly string[] | undefined) =>
  !list || list.length === 0 || (value !== null && list.includes(value));

const filtered = (docs: readonly IndexedOffer[], q: SearchQuery, except?: FacetName): IndexedOffer[] =>
  docs.filter((d) => {
    if (!q.terms.every((t) => has(d, t))) return false;
    if (q.near) {
      const { lat, lon, radiusKm } = q.near;
      if (d.lat === null || d.lon === null) return false;
      const dLat = radiusKm / KM_PER_DEGREE;
      const dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
      if (d.lat < lat - dLat || d.lat > lat + dLat || d.lon < lon - dLon || d.lon > lon + dLon) return false;
      if (!(distanceKm(d, lat, lon) <= radiusKm)) return false;
    }
    if (!inList(d.commune, q.communes) || !inList(d.region, q.regions) || !inList(d.remote, q.remote))
      return false;
    if (except !== "departement" && !inList(d.departement, q.departements)) return false;
    if (except !== "contract" && !inList(d.contractType, q.contractTypes)) return false;
    if (except !== "rome" && !inList(d.romeCode, q.romeCodes)) return false;
    if (q.minAnnualSalary !== undefined && !(d.salaryAnnual !== null && d.salaryAnnual >= q.minAnnualSalary))
      return false;
    if (q.publishedSince && !(d.publishedAt >= Date.parse(q.publishedSince))) return false;
    return true;
  });

const FIELD = { contract: "contractType", departement: "departement", rome: "romeCode" } as const;

const facet = (docs: readonly IndexedOffer[], q: SearchQuery, name: FacetName): FacetValue[] => {
  const counts = new Map<string, number>();
  for (const d of filtered(docs, q, name)) {
    const value = d[FIELD[name]];
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, n]) => ({ value, count: n }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    .slice(0, 50);
};

/** The expected result of a query over `docs` (the live documents). */
export const naiveSearch = (docs: readonly IndexedOffer[], q: SearchQuery): EngineResult => {
  const matches = filtered(docs, q);
  const total = docs.reduce((s, d) => s + d.titleTerms.length + d.bodyTerms.length, 0);
  const score = (d: IndexedOffer) => {
    const norm = lengthNorm(d.titleTerms.length + d.bodyTerms.length, total / docs.length);
    let s = 0;
    for (const t of q.terms) {
      const df = docs.filter((x) => has(x, t)).length;
      s += termScore(idf(docs.length, df), packTf(count(d.titleTerms, t), count(d.bodyTerms, t)), norm);
    }
    return s;
  };
  const near = q.near;
  const mode =
    q.sort === "distance" && near
      ? "distance"
      : q.sort === "relevance" && q.terms.length > 0
        ? "relevance"
        : "date";
  const keyed = matches.map((d) => ({
    d,
    key:
      mode === "relevance" ? score(d) : mode === "distance" && near ? -distanceKm(d, near.lat, near.lon) : 0,
  }));
  keyed.sort((a, b) => b.key - a.key || b.d.publishedAt - a.d.publishedAt || b.d.num - a.d.num);
  const hits = keyed
    .slice(q.offset, q.offset + q.limit)
    .map(({ d }) => (near ? { num: d.num, distanceKm: distanceKm(d, near.lat, near.lon) } : { num: d.num }));
  const result: EngineResult = { total: matches.length, hits };
  if (q.facets) {
    result.facets = {
      contract: facet(docs, q, "contract"),
      departement: facet(docs, q, "departement"),
      rome: facet(docs, q, "rome"),
    };
  }
  return result;
};
