import { AppError } from "../../errors.js";
import { CONTRACT_CODES } from "../../offer/offer.js";
import type { Commune, GeoIndex } from "../../referentials/geo.js";
import type { SearchQuery } from "../../search/query.js";
import { analyze } from "../../text/french.js";

/** The search parameters as received (already type-checked against SearchQuerySchema). */
export interface SearchParams {
  q?: string;
  commune?: string;
  postal_code?: string;
  radius?: number;
  departement?: string;
  region?: string;
  contract?: string;
  rome?: string;
  remote?: string;
  salary_min?: number;
  salary_period?: "hour" | "month" | "year";
  published_since?: string;
  sort?: "relevance" | "date" | "distance";
  page?: number;
  per_page?: number;
  facets?: boolean;
}

const DEFAULT_RADIUS_KM = 10;
const MAX_DEPTH = 10_000;
const HOURS_PER_YEAR = 35 * 52;
const ROME_CODE = /^[A-N]\d{4}$/;
const REMOTE_VALUES = ["none", "hybrid", "full"];

const invalid = (parameter: string, message: string): AppError =>
  new AppError("INVALID_PARAMETER", `Paramètre « ${parameter} » : ${message}`, { details: { parameter } });

const list = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");

const checkedList = (
  parameter: string,
  value: string | undefined,
  valid: (v: string) => boolean,
  expected: string,
): string[] => {
  const values = list(value);
  const wrong = values.find((v) => !valid(v));
  if (wrong !== undefined) throw invalid(parameter, `valeur « ${wrong} » inconnue (${expected}).`);
  return values;
};

const childrenCache = new WeakMap<GeoIndex, Map<string, string[]>>();

/** INSEE codes of a commune and of its municipal arrondissements (Paris, Lyon, Marseille). */
const withArrondissements = (geo: GeoIndex, code: string): string[] => {
  let children = childrenCache.get(geo);
  if (!children) {
    children = new Map();
    for (const c of geo.communes()) {
      if (c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c.code]);
    }
    childrenCache.set(geo, children);
  }
  return [code, ...(children.get(code) ?? [])];
};

const placeOf = (params: SearchParams, geo: GeoIndex): Commune | undefined => {
  if (params.commune !== undefined) {
    const commune = geo.commune(params.commune.trim());
    if (!commune) throw invalid("commune", `code INSEE « ${params.commune} » inconnu.`);
    return commune;
  }
  if (params.postal_code !== undefined) {
    const communes = geo.communesByPostalCode(params.postal_code.trim());
    if (communes.length === 0) throw invalid("postal_code", `code postal « ${params.postal_code} » inconnu.`);
    return communes.find((c) => c.lat !== null) ?? communes[0];
  }
  return undefined;
};

const publishedSince = (value: string | undefined, now: Date): string | undefined => {
  if (value === undefined) return undefined;
  if (/^\d{1,4}$/.test(value)) return new Date(now.getTime() - Number(value) * 86_400_000).toISOString();
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)))
    return new Date(value).toISOString();
  throw invalid("published_since", `« ${value} » n'est ni une date AAAA-MM-JJ ni un nombre de jours.`);
};

/** Analysed terms of `q`; a query with words but nothing searchable is refused, not read as "everything". */
const searchTerms = (q: string | undefined): string[] => {
  const terms = analyze(q ?? "");
  if (terms.length === 0 && q !== undefined && q.trim() !== "") {
    throw invalid(
      "q",
      `« ${q.trim()} » ne contient aucun mot recherchable (les mots très courants comme « de », « la », « et » et les lettres isolées sont ignorés).`,
    );
  }
  return terms;
};

const annualSalary = (
  amount: number | undefined,
  period: SearchParams["salary_period"],
): number | undefined => {
  if (amount === undefined) return undefined;
  if (period === "hour") return amount * HOURS_PER_YEAR;
  if (period === "year") return amount;
  return amount * 12;
};

/** Validate and resolve search parameters into a store query; throws INVALID_PARAMETER in French. */
export const parseSearchParams = (params: SearchParams, geo: GeoIndex, now: Date): SearchQuery => {
  if (params.commune !== undefined && params.postal_code !== undefined) {
    throw invalid("postal_code", "donnez soit « commune », soit « postal_code », pas les deux.");
  }
  const place = placeOf(params, geo);
  if (params.radius !== undefined && !place) {
    throw invalid("radius", "un rayon demande une commune ou un code postal.");
  }
  if (params.sort === "distance" && !place) {
    throw invalid("sort", "le tri par distance demande une commune ou un code postal.");
  }
  const radius = params.radius ?? DEFAULT_RADIUS_KM;
  const perPage = params.per_page ?? 20;
  const page = params.page ?? 1;
  if (page * perPage > MAX_DEPTH) {
    throw invalid("page", `au-delà de ${MAX_DEPTH} résultats, affinez la recherche.`);
  }
  const terms = searchTerms(params.q);
  const query: SearchQuery = {
    terms,
    departements: checkedList(
      "departement",
      params.departement,
      (d) => geo.departement(d) !== undefined,
      "code département INSEE, ex. 69, 2A, 971",
    ),
    regions: checkedList(
      "region",
      params.region,
      (r) => geo.region(r) !== undefined,
      "code région INSEE, ex. 84",
    ),
    contractTypes: checkedList(
      "contract",
      params.contract?.toUpperCase(),
      (c) => (CONTRACT_CODES as readonly string[]).includes(c),
      `valeurs possibles : ${CONTRACT_CODES.join(", ")}`,
    ),
    romeCodes: checkedList(
      "rome",
      params.rome?.toUpperCase(),
      (r) => ROME_CODE.test(r),
      "code ROME, ex. K2204",
    ),
    remote: checkedList(
      "remote",
      params.remote,
      (r) => REMOTE_VALUES.includes(r),
      `valeurs possibles : ${REMOTE_VALUES.join(", ")}`,
    ),
    minAnnualSalary: annualSalary(params.salary_min, params.salary_period),
    publishedSince: publishedSince(params.published_since, now),
    sort: params.sort ?? (terms.length > 0 ? "relevance" : "date"),
    offset: (page - 1) * perPage,
    limit: perPage,
    facets: params.facets ?? false,
  };
  if (place) {
    if (radius === 0 || place.lat === null || place.lon === null) {
      query.communes = withArrondissements(geo, place.code);
    } else {
      query.near = { lat: place.lat, lon: place.lon, radiusKm: radius };
    }
  }
  return query;
};
