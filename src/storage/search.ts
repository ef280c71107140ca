import { type Kysely, type RawBuilder, type SqlBool, sql } from "kysely";
import type { OfferView } from "../offer/offer-view.js";
import type { Database } from "./database.js";
import type { StoreDialect } from "./sqlite-dialect.js";

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

export type OfferSummary = Omit<OfferView, "description" | "description_html"> & {
  excerpt: string;
  distance_km?: number;
};

export interface SearchResult {
  total: number;
  results: OfferSummary[];
  facets?: Record<FacetName, FacetValue[]>;
}

const FACET_COLUMNS = { contract: "contract_type", departement: "departement", rome: "rome_code" } as const;
const FACET_LIMIT = 50;
const KM_PER_DEGREE = 111.2;

const summarize = (data: string, distance: number | null): OfferSummary => {
  const { description, description_html: _html, ...rest } = JSON.parse(data) as OfferView;
  const excerpt = description.length > 280 ? `${description.slice(0, 277).trimEnd()}…` : description;
  return distance === null
    ? { ...rest, excerpt }
    : { ...rest, excerpt, distance_km: Math.round(distance * 10) / 10 };
};

/** The offers matching every filter but `except` (for disjunctive facet counts). */
const filtered = (db: Kysely<Database>, dialect: StoreDialect, q: SearchQuery, except?: FacetName) => {
  let query = db
    .selectFrom("offers")
    .where("offers.status", "=", "published")
    .$if(q.terms.length > 0, (qb) =>
      qb.where((eb) => eb("offers.num", "in", eb.selectFrom(dialect.matchOffers(q.terms)).select("m.num"))),
    );
  if (q.near) {
    const { lat, lon, radiusKm } = q.near;
    const dLat = radiusKm / KM_PER_DEGREE;
    const dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
    query = query
      .where("offers.lat", ">=", lat - dLat)
      .where("offers.lat", "<=", lat + dLat)
      .where("offers.lon", ">=", lon - dLon)
      .where("offers.lon", "<=", lon + dLon)
      .where(sql<SqlBool>`${dialect.distanceKm(lat, lon)} <= ${radiusKm}`);
  }
  const inList = (
    column: "commune" | "departement" | "region" | "contract_type" | "rome_code" | "remote",
    values: readonly string[] | undefined,
  ) => {
    if (values && values.length > 0) query = query.where(`offers.${column}`, "in", values);
  };
  inList("commune", q.communes);
  inList("region", q.regions);
  inList("remote", q.remote);
  if (except !== "departement") inList("departement", q.departements);
  if (except !== "contract") inList("contract_type", q.contractTypes);
  if (except !== "rome") inList("rome_code", q.romeCodes);
  if (q.minAnnualSalary !== undefined) query = query.where("offers.salary_annual", ">=", q.minAnnualSalary);
  if (q.publishedSince) query = query.where("offers.published_at", ">=", q.publishedSince);
  return query;
};

const facetCounts = async (db: Kysely<Database>, dialect: StoreDialect, q: SearchQuery, facet: FacetName) => {
  const column = FACET_COLUMNS[facet];
  const rows = await filtered(db, dialect, q, facet)
    .select([`offers.${column} as value`, (eb) => eb.fn.countAll<number>().as("count")])
    .where(`offers.${column}`, "is not", null)
    .groupBy(`offers.${column}`)
    .orderBy("count", "desc")
    .limit(FACET_LIMIT)
    .execute();
  return rows.map((r) => ({ value: String(r.value), count: Number(r.count) }));
};

/** Run a search: one page of offers, the total, and facet counts when asked. */
export const searchOffers = async (
  db: Kysely<Database>,
  dialect: StoreDialect,
  q: SearchQuery,
): Promise<SearchResult> => {
  const distance: RawBuilder<number> | null = q.near ? dialect.distanceKm(q.near.lat, q.near.lon) : null;
  let page = filtered(db, dialect, q).select([
    "offers.data",
    (distance ?? sql<number | null>`null`).as("distance"),
  ]);
  if (q.sort === "distance" && distance) {
    page = page.orderBy(distance).orderBy("offers.published_at", "desc");
  } else if (q.sort === "relevance" && q.terms.length > 0) {
    page = page
      .innerJoin(dialect.matchOffers(q.terms), "m.num", "offers.num")
      .orderBy("m.rank")
      .orderBy("offers.published_at", "desc");
  } else {
    page = page.orderBy("offers.published_at", "desc");
  }
  const rows = await page.orderBy("offers.num", "desc").limit(q.limit).offset(q.offset).execute();
  const count = await filtered(db, dialect, q)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const result: SearchResult = {
    total: Number(count.n),
    results: rows.map((r) => summarize(r.data, r.distance ?? null)),
  };
  if (q.facets) {
    const [contract, departement, rome] = await Promise.all(
      (["contract", "departement", "rome"] as const).map((f) => facetCounts(db, dialect, q, f)),
    );
    result.facets = { contract: contract!, departement: departement!, rome: rome! };
  }
  return result;
};
