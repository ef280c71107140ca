/**
 * Commune lookups by code, postal code and name. A name may designate several communes
 * (homonyms, former communes, postal spellings); each indexed name carries a rank saying how much
 * it is trusted, and the hint (département, postal code) chooses before the rank and population.
 */
import type { Commune, CommuneHint, GeoData } from "./geo.js";
import { arrondissementCode, placeKeys } from "./place-key.js";

/** How a name designates a commune, most trusted first. */
export const NAME_RANK = {
  /** COG or décret name. */
  official: 0,
  /** La Poste spelling of the commune or of its delivery office (libellé d'acheminement). */
  postal: 1,
  /** A former or delegated commune now part of this one, or a known district. */
  former: 2,
  /** A locality served by the commune's post office (La Poste "ligne 5"). */
  locality: 3,
} as const;
export type NameRank = (typeof NAME_RANK)[keyof typeof NAME_RANK];

export interface NameEntry {
  name: string;
  /** Current INSEE code (or arrondissement code). */
  code: string;
  rank: NameRank;
}

interface Candidate {
  commune: Commune;
  rank: NameRank;
  /** Higher is better: log10 of the population, minus one per rank. */
  score: number;
}

// Each rank costs a factor 10 of population: "Evry" is the former Évry (91, now
// Évry-Courcouronnes, 67,000 inhabitants) rather than Évry (89, 400 inhabitants).
const scoreOf = (commune: Commune, rank: NameRank): number =>
  Math.log10((commune.population ?? 0) + 1) - rank;

export interface CommuneNames {
  byCode(code: string): Commune | undefined;
  byPostalCode(postalCode: string): Commune[];
  find(
    name: string,
    hint: CommuneHint,
    departementOf: (postalCode: string) => string | undefined,
  ): Commune | undefined;
}

const byPopulation = (a: Commune, b: Commune): number => (b.population ?? 0) - (a.population ?? 0);

const better = (a: Candidate, b: Candidate): Candidate => (b.score > a.score ? b : a);

/** Build the code, postal-code and name maps. */
export const createCommuneNames = (data: GeoData): CommuneNames => {
  const codes = new Map<string, Commune>();
  for (const commune of data.communes) codes.set(commune.code, commune);
  for (const [former, current] of data.formerCodes) {
    const commune = codes.get(current);
    if (commune && !codes.has(former)) codes.set(former, commune);
  }

  // A city split into arrondissements is reached through them by postal code.
  const parents = new Set(data.communes.map((c) => c.parent).filter((p) => p !== null));
  const postal = new Map<string, Commune[]>();
  for (const commune of data.communes) {
    if (parents.has(commune.code)) continue;
    for (const code of commune.postalCodes) {
      const list = postal.get(code);
      if (list) list.push(commune);
      else postal.set(code, [commune]);
    }
  }
  for (const list of postal.values()) list.sort(byPopulation);

  const names = new Map<string, Candidate[]>();
  const keyCache = new Map<string, string[]>();
  const add = (name: string, commune: Commune, rank: NameRank): void => {
    let keys = keyCache.get(name);
    if (!keys) {
      keys = placeKeys(name);
      keyCache.set(name, keys);
    }
    for (const key of keys) {
      const list = names.get(key);
      if (!list) {
        names.set(key, [{ commune, rank, score: scoreOf(commune, rank) }]);
        continue;
      }
      const same = list.find((candidate) => candidate.commune === commune);
      if (!same) list.push({ commune, rank, score: scoreOf(commune, rank) });
      else if (rank < same.rank) {
        same.rank = rank;
        same.score = scoreOf(commune, rank);
      }
    }
  };
  for (const commune of data.communes) add(commune.name, commune, NAME_RANK.official);
  for (const entry of data.names) {
    const commune = codes.get(entry.code);
    if (commune) add(entry.name, commune, entry.rank);
  }

  const byPostalCode = (postalCode: string): Commune[] => postal.get(postalCode.trim()) ?? [];

  // "Paris" with postal code 75015 is the 15th arrondissement.
  const refine = (commune: Commune, postalCode: string | undefined): Commune => {
    if (postalCode === undefined || !parents.has(commune.code)) return commune;
    return byPostalCode(postalCode).find((c) => c.parent === commune.code) ?? commune;
  };

  const pick = (
    candidates: readonly Candidate[],
    hint: CommuneHint,
    departementOf: (postalCode: string) => string | undefined,
  ): Commune | undefined => {
    const postalCode = hint.postalCode?.trim() || undefined;
    let pool = candidates;
    let departement = hint.departement;
    if (postalCode !== undefined) {
      const served = pool.filter((c) => c.commune.postalCodes.includes(postalCode));
      if (served.length > 0) pool = served;
      else departement ??= departementOf(postalCode);
    }
    if (departement !== undefined && pool !== candidates) departement = undefined;
    if (departement !== undefined) pool = pool.filter((c) => c.commune.departement === departement);
    const first = pool[0];
    if (first === undefined) return undefined;
    return refine(pool.reduce(better, first).commune, postalCode);
  };

  return {
    byCode: (code) => codes.get(code.trim().toUpperCase()),
    byPostalCode,
    find(name, hint, departementOf) {
      const arrondissement = arrondissementCode(name);
      if (arrondissement !== undefined) {
        const commune = codes.get(arrondissement);
        if (commune && (hint.departement === undefined || hint.departement === commune.departement)) {
          return commune;
        }
        return undefined;
      }
      for (const key of placeKeys(name)) {
        const candidates = names.get(key);
        if (!candidates) continue;
        const found = pick(candidates, hint, departementOf);
        if (found) return found;
      }
      return undefined;
    },
  };
};
