/**
 * Location resolution: what a partner wrote about a place → a Location filled from the
 * référentiel, as precise as the clues allow and never more. In order of trust: INSEE code,
 * postal code (the city choosing among the communes sharing it), city name (with the
 * département or postal code as hint), coordinates, then département, région and country.
 * `country` is "FR" for any place found in France, the ISO code of a country named abroad, or null.
 */
import type { RawPosting } from "../ingest/raw-posting.js";
import { emptyLocation, type Location } from "../offer/offer.js";
import type { Commune, Departement, GeoIndex, Region } from "../referentials/geo.js";
import { distanceKm } from "../referentials/geo-grid.js";
import { gatherClues, type PlaceClues } from "../referentials/place-clues.js";
import { parsePlaceLabel } from "../referentials/place-label.js";
import { detectRemote } from "../referentials/remote-work.js";
import { foldKey } from "../text/fold.js";
import { countryCode, FRANCE_CODE } from "./geocode-countries.js";

/** Partner coordinates farther than this from the resolved commune are not kept. */
const COMMUNE_RADIUS_KM = 20;
/** A point farther than this from every commune centre is not on French land: sea, abroad or junk. */
const LAND_RADIUS_KM = 12;

type Place =
  | { precision: "commune"; commune: Commune }
  | { precision: "postal_code"; postalCode: string; communes: Commune[] }
  | { precision: "departement"; departement: Departement }
  | { precision: "region"; region: Region }
  | { precision: "country" };

type Point = { lat: number; lon: number };
/** The partner's point when it lies on land, with the commune nearest to it. */
type Land = { point: Point; commune: Commune } | undefined;

const near = (point: Point, place: { lat: number | null; lon: number | null }, km: number): boolean =>
  place.lat !== null && place.lon !== null && distanceKm(point.lat, point.lon, place.lat, place.lon) <= km;

/** The commune nearest to the partner's point when the point is on land (also tried swapped). */
const landCommune = (geo: GeoIndex, clues: PlaceClues): Land => {
  if (clues.lat === null || clues.lon === null) return undefined;
  for (const point of [
    { lat: clues.lat, lon: clues.lon },
    { lat: clues.lon, lon: clues.lat },
  ]) {
    const commune = geo.nearestCommune(point.lat, point.lon);
    if (commune && near(point, commune, LAND_RADIUS_KM)) return { point, commune };
  }
  return undefined;
};

/** "Paris" (75056) with postal code 75015 is the 15th arrondissement. */
const refine = (geo: GeoIndex, commune: Commune, postalCode: string | undefined): Commune =>
  postalCode === undefined
    ? commune
    : (geo.communesByPostalCode(postalCode).find((c) => c.parent === commune.code) ?? commune);

const byPostalCode = (geo: GeoIndex, clues: PlaceClues): Place | undefined => {
  const names = [...clues.names, ...clues.addressNames];
  for (const postalCode of [...clues.postalCodes, ...clues.labelNumbers]) {
    const served = geo.communesByPostalCode(postalCode);
    const first = served[0];
    if (first === undefined) continue;
    for (const name of names) {
      const commune = geo.findCommune(name, { postalCode });
      // A city of the same département with a neighbouring postal code is still that city.
      if (
        commune &&
        (commune.postalCodes.includes(postalCode) || commune.departement === first.departement)
      ) {
        return { precision: "commune", commune };
      }
    }
    if (served.length === 1) return { precision: "commune", commune: first };
    return { precision: "postal_code", postalCode, communes: served };
  }
  return undefined;
};

const byName = (geo: GeoIndex, clues: PlaceClues, departement: string | undefined): Commune | undefined => {
  for (const name of clues.names) {
    const commune = geo.findCommune(name, { departement });
    if (!commune) continue;
    const region = clues.region;
    if (departement !== undefined || region === undefined || commune.region === region.code) return commune;
    // A homonym in the région the partner named beats the most populous one elsewhere.
    const inRegion = geo
      .departements()
      .filter((d) => d.region === region.code)
      .map((d) => geo.findCommune(name, { departement: d.code }))
      .filter((c) => c !== undefined)
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    return inRegion ?? commune;
  }
  // "83126 LA SEYNE SUR MER": an INSEE code in a label, trusted when the name agrees.
  for (const number of clues.labelNumbers) {
    const commune = geo.commune(number);
    if (
      commune &&
      clues.names.some((name) => geo.findCommune(name, { departement: commune.departement }) === commune)
    ) {
      return commune;
    }
  }
  return undefined;
};

const byArea = (
  geo: GeoIndex,
  clues: PlaceClues,
  departement: Departement | undefined,
): Place | undefined => {
  if (departement) return { precision: "departement", departement };
  for (const name of clues.areaNames) {
    const found = geo.findDepartement(name);
    if (found) return { precision: "departement", departement: found };
  }
  if (clues.region) return { precision: "region", region: clues.region };
  for (const name of clues.areaNames) {
    const region = geo.findRegion(name);
    if (region) return { precision: "region", region };
    if (foldKey(name) === "france") return { precision: "country" };
  }
  return clues.country === "france" ? { precision: "country" } : undefined;
};

const resolvePlace = (geo: GeoIndex, clues: PlaceClues, land: Land): Place | undefined => {
  if (clues.country === "abroad" && clues.inseeCodes.length === 0 && !clues.departement && !clues.region) {
    return undefined;
  }
  for (const code of clues.inseeCodes) {
    const commune = geo.commune(code);
    if (commune) return { precision: "commune", commune: refine(geo, commune, clues.postalCodes[0]) };
  }
  const postal = byPostalCode(geo, clues);
  if (postal?.precision === "commune") return postal;
  const postalDepartement = [...clues.postalCodes, ...clues.labelNumbers]
    .map((code) => geo.departementOfPostalCode(code))
    .find((code) => code !== undefined);
  const departement =
    clues.departement ?? (postalDepartement ? geo.departement(postalDepartement) : undefined);
  const named = byName(geo, clues, departement?.code);
  if (named) return { precision: "commune", commune: refine(geo, named, clues.postalCodes[0]) };
  if (postal) return postal;
  if (land && (departement === undefined || land.commune.departement === departement.code)) {
    const written = clues.names.length > 0 || clues.addressNames.length > 0;
    // Coordinates alone place the commune; beside a name we could not find, only the département.
    if (!written) return { precision: "commune", commune: land.commune };
    if (departement === undefined) {
      const found = geo.departement(land.commune.departement);
      if (found) return { precision: "departement", departement: found };
    }
  }
  return byArea(geo, clues, departement);
};

const centroid = (communes: readonly Commune[]): Point | undefined => {
  const placed = communes.filter((c) => c.lat !== null && c.lon !== null);
  if (placed.length === 0) return undefined;
  const sum = placed.reduce((acc, c) => ({ lat: acc.lat + (c.lat ?? 0), lon: acc.lon + (c.lon ?? 0) }), {
    lat: 0,
    lon: 0,
  });
  return { lat: sum.lat / placed.length, lon: sum.lon / placed.length };
};

const fill = (geo: GeoIndex, place: Place, clues: PlaceClues, land: Land, location: Location): Location => {
  const point = land?.point;
  switch (place.precision) {
    case "commune": {
      const c = place.commune;
      const postalCode = clues.postalCodes.find((code) => c.postalCodes.includes(code));
      const keep =
        point !== undefined &&
        (c.lat === null ? land?.commune.departement === c.departement : near(point, c, COMMUNE_RADIUS_KM));
      return {
        ...location,
        commune: c.code,
        postalCode: postalCode ?? (c.postalCodes.length === 1 ? (c.postalCodes[0] ?? null) : null),
        city: c.name,
        departement: c.departement,
        region: c.region,
        lat: keep ? point.lat : c.lat,
        lon: keep ? point.lon : c.lon,
        precision: "commune",
      };
    }
    case "postal_code": {
      const centre = centroid(place.communes);
      const keep = point !== undefined && centre !== undefined && near(point, centre, COMMUNE_RADIUS_KM);
      const departements = new Set(place.communes.map((c) => c.departement));
      const first = place.communes[0];
      const departement = departements.size === 1 && first ? first.departement : null;
      return {
        ...location,
        postalCode: place.postalCode,
        departement,
        region: departement === null ? null : (geo.departement(departement)?.region ?? null),
        lat: keep ? point.lat : (centre?.lat ?? null),
        lon: keep ? point.lon : (centre?.lon ?? null),
        precision: "postal_code",
      };
    }
    case "departement": {
      const d = place.departement;
      const keep = point !== undefined && land?.commune.departement === d.code;
      const lat = keep ? point.lat : d.lat;
      const lon = keep ? point.lon : d.lon;
      return { ...location, departement: d.code, region: d.region, lat, lon, precision: "departement" };
    }
    case "region": {
      const r = place.region;
      const keep = point !== undefined && land?.commune.region === r.code;
      return {
        ...location,
        region: r.code,
        lat: keep ? point.lat : r.lat,
        lon: keep ? point.lon : r.lon,
        precision: "region",
      };
    }
    case "country":
      return { ...location, precision: "country" };
  }
};

/** Parts of the partner's place labels: "Genève, Suisse" → ["Genève", "Suisse"]. */
const labelParts = (raw: NonNullable<RawPosting["location"]>): string[][] =>
  [raw.label, raw.city, raw.region, raw.departement].map((value) => parsePlaceLabel(value ?? "").names);

/**
 * The country a place abroad names: the country field (a name or an ISO code), else a label part,
 * else the last words of one ("Québec Canada"). Null when none.
 */
const countryAbroad = (raw: NonNullable<RawPosting["location"]>): string | null => {
  const field = raw.country?.trim();
  const code = field ? countryCode(field, { codes: true }) : undefined;
  if (code !== undefined) return code;
  for (const parts of labelParts(raw)) {
    for (const part of parts) {
      const words = part.split(/\s+/);
      for (let first = 0; first < words.length; first++) {
        const found = countryCode(words.slice(first).join(" "));
        if (found !== undefined) return found;
      }
    }
  }
  return null;
};

/** "Genève, Suisse": a label part after the first names a foreign country and nothing says France. */
const namedAbroad = (raw: NonNullable<RawPosting["location"]>, clues: PlaceClues): string | undefined => {
  if (clues.country === "france" || clues.inseeCodes.length + clues.postalCodes.length > 0) return undefined;
  if (clues.departement || clues.labelNumbers.length > 0) return undefined;
  for (const [, ...rest] of labelParts(raw)) {
    for (const part of rest) {
      const code = countryCode(part);
      if (code !== undefined) return code === FRANCE_CODE ? undefined : code;
    }
  }
  return undefined;
};

const labelOf = (raw: NonNullable<RawPosting["location"]>): string | null => {
  for (const value of [raw.label, raw.city, raw.address, raw.departement, raw.region, raw.country]) {
    const text = value?.trim();
    if (text) return text;
  }
  return null;
};

/** Resolve a partner's location against the référentiel; `text` (title + description) tells the remote mode. */
export const resolveLocation = (
  raw: RawPosting["location"] | undefined,
  geo: GeoIndex,
  text?: string,
): Location => {
  const location: Location = { ...emptyLocation(), remote: detectRemote(raw?.remote, text) };
  if (!raw) return location;
  location.label = labelOf(raw);
  const clues = gatherClues(raw, geo);
  const abroad = namedAbroad(raw, clues);
  if (abroad !== undefined) return { ...location, country: abroad };
  const land = landCommune(geo, clues);
  const place = resolvePlace(geo, clues, land);
  if (place) return { ...fill(geo, place, clues, land, location), country: FRANCE_CODE };
  return { ...location, country: countryAbroad(raw) };
};
