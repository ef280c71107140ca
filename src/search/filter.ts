import type { DocStore } from "./doc-store.js";
import type { SearchQuery } from "./query.js";

const KM_PER_DEGREE = 111.2;
const EARTH_RADIUS_KM = 6371.0;
const RADIANS = Math.PI / 180;

/** A query's point and radius, with its bounding box (the same box as the SQL version). */
interface Near {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
  sinLat: number;
  cosLat: number;
  lonRad: number;
  radiusKm: number;
}

const nearOf = (near: NonNullable<SearchQuery["near"]>): Near => {
  const { lat, lon, radiusKm } = near;
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return {
    minLat: lat - dLat,
    maxLat: lat + dLat,
    minLon: lon - dLon,
    maxLon: lon + dLon,
    sinLat: Math.sin(lat * RADIANS),
    cosLat: Math.cos(lat * RADIANS),
    lonRad: lon * RADIANS,
    radiusKm,
  };
};

/**
 * The filters of a query compiled against the index: membership masks over interned ids and
 * plain bounds. "Base" filters apply to every count; the three facet filters (contract,
 * département, ROME) are kept apart because a facet's own filter is ignored when counting it.
 */
export class Filter {
  readonly commune: Uint8Array | null;
  readonly region: Uint8Array | null;
  readonly remote: Uint8Array | null;
  readonly contract: Uint8Array | null;
  readonly departement: Uint8Array | null;
  readonly rome: Uint8Array | null;
  readonly minSalary: number | null;
  readonly since: number | null;
  readonly near: Near | null;
  /** Also apply the facet filters in `passes` (when no facet is counted, it saves phase 2 work). */
  readonly withFacetFilters: boolean;
  // The columns, held here so the hot loop reads class fields, not a record of arrays.
  private readonly communeCodes: Uint16Array;
  private readonly regionCodes: Uint16Array;
  private readonly remoteCodes: Uint16Array;
  private readonly contractCodes: Uint16Array;
  private readonly departementCodes: Uint16Array;
  private readonly romeCodes: Uint16Array;
  private readonly salary: Float64Array;
  private readonly published: Float64Array;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly sinLat: Float64Array;
  private readonly cosLat: Float64Array;
  private readonly lonRad: Float64Array;

  constructor(docs: DocStore, q: SearchQuery) {
    const { dicts, codes } = docs;
    this.commune = dicts.commune.mask(q.communes);
    this.region = dicts.region.mask(q.regions);
    this.remote = dicts.remote.mask(q.remote);
    this.contract = dicts.contractType.mask(q.contractTypes);
    this.departement = dicts.departement.mask(q.departements);
    this.rome = dicts.romeCode.mask(q.romeCodes);
    this.minSalary = q.minAnnualSalary ?? null;
    this.since = q.publishedSince ? Date.parse(q.publishedSince) : null;
    this.near = q.near ? nearOf(q.near) : null;
    this.withFacetFilters = !q.facets;
    this.communeCodes = codes.commune;
    this.regionCodes = codes.region;
    this.remoteCodes = codes.remote;
    this.contractCodes = codes.contractType;
    this.departementCodes = codes.departement;
    this.romeCodes = codes.romeCode;
    this.salary = docs.salary;
    this.published = docs.published;
    this.lat = docs.lat;
    this.lon = docs.lon;
    this.sinLat = docs.sinLat;
    this.cosLat = docs.cosLat;
    this.lonRad = docs.lonRad;
  }

  /** Whether a live slot passes the base filters; the distance, when asked, goes to `distances[at]`. */
  passes(slot: number, distances: Float64Array, at: number): boolean {
    if (this.commune !== null && this.commune[this.communeCodes[slot]!] === 0) return false;
    if (this.region !== null && this.region[this.regionCodes[slot]!] === 0) return false;
    if (this.remote !== null && this.remote[this.remoteCodes[slot]!] === 0) return false;
    if (this.withFacetFilters) {
      if (this.contract !== null && this.contract[this.contractCodes[slot]!] === 0) return false;
      if (this.departement !== null && this.departement[this.departementCodes[slot]!] === 0) return false;
      if (this.rome !== null && this.rome[this.romeCodes[slot]!] === 0) return false;
    }
    // NaN (no salary, no date) fails the comparison, as NULL does in SQL.
    if (this.minSalary !== null && !(this.salary[slot]! >= this.minSalary)) return false;
    if (this.since !== null && !(this.published[slot]! >= this.since)) return false;
    const near = this.near;
    if (near !== null) {
      const lat = this.lat[slot]!;
      const lon = this.lon[slot]!;
      if (!(lat >= near.minLat && lat <= near.maxLat && lon >= near.minLon && lon <= near.maxLon))
        return false;
      const d = this.distance(slot);
      if (!(d <= near.radiusKm)) return false;
      distances[at] = d;
    }
    return true;
  }

  /** Great-circle distance (spherical law of cosines, as the SQL dialect computes it). */
  distance(slot: number): number {
    const near = this.near;
    if (near === null) return Number.NaN;
    const cosAngle =
      this.sinLat[slot]! * near.sinLat +
      this.cosLat[slot]! * near.cosLat * Math.cos(this.lonRad[slot]! - near.lonRad);
    return EARTH_RADIUS_KM * Math.acos(Math.min(1.0, Math.max(-1.0, cosAngle)));
  }
}
