/**
 * Invented employers with valid identifiers. An employer is a pure function of its key (sector,
 * rank or commune, seed), so the market never stores them: local businesses live in one commune,
 * national brands and temporary-work agencies have one establishment (SIRET) per commune. SIRENs
 * come from a bijection of the employer number, so two employers never share one; establishment
 * numbers from a bijection of the commune's slot per employer, so one employer never has the same
 * SIRET in two communes.
 */
import { luhnCheckDigit } from "../offer/siret.js";
import {
  AGENCY_WORDS,
  BRAND_HEADS,
  BRAND_SUFFIXES,
  BRAND_TAILS,
  LEGAL_FORMS,
  LOCAL_PATTERNS,
  PUBLIC_PATTERNS,
  SURNAMES,
} from "./employer-names.js";
import { mix, pickWeighted, Rng } from "./rng.js";
import { type Naf, SECTORS, TEMP_AGENCY_NAF, WORKFORCE_BRACKETS } from "./sectors.js";

export type EmployerKind = "company" | "agency" | "public";

export interface SimEmployer {
  /** Employer number: the SIREN is a bijection of it. */
  id: number;
  /** Registered name ("VALTEO SAS"). */
  name: string;
  /** Usual name ("Valtéo"). */
  brand: string;
  siren: string;
  naf: Naf;
  workforce: Naf;
  kind: EmployerKind;
  /** National brands and agencies have establishments everywhere; local businesses one. */
  national: boolean;
  /** A local employer's commune (index), where its head office (establishment 1) is; null if national. */
  home: number | null;
}

const LOCAL_BASE = 1_000_000;
const LOCAL_AGENCY_BASE = 20_000_000;
const NATIONAL_BASE = 200_000;
const AGENCY_BASE = 100_000;
export const NATIONAL_RANKS = 10_000;

const LA_POSTE_SIREN = "356000000";

/** SIREN of an employer number: 8 digits from an affine bijection, then the Luhn check digit. */
export const sirenOf = (id: number, isPublic: boolean): string => {
  const body = isPublic
    ? 20_000_000 + ((id * 48_271 + 1_234_567) % 10_000_000)
    : 30_000_000 + ((id * 48_271 + 12_345_678) % 70_000_000);
  const digits = String(body);
  return digits + luhnCheckDigit(digits);
};

/**
 * Establishment numbers are the NIC's 4-digit order number, 1 to 9,998: a national employer has at
 * most that many establishments, one per commune slot (the most populous communes, market-data.ts).
 */
export const ESTABLISHMENT_SLOTS = 9_998;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A bijection of [0, n) keyed by `key`: x -> (a·x + b) mod n with a prime to n. */
export const permute = (x: number, n: number, key: number): number => {
  const rng = new Rng(mix(key, 0x9e7));
  let a = 1 + rng.int(n - 1);
  while (gcd(a, n) !== 1) a = (a % (n - 1)) + 1;
  return (a * x + rng.int(n)) % n;
};

/**
 * The establishment number of an employer in a commune, from the commune's slot (-1: none): a local
 * employer's head office is 1 and its other sites 2–9,998; a national employer's sites 1–9,998.
 * Distinct communes get distinct numbers; null when the employer can have no establishment there
 * (the commune has no slot, or its slot is the one a local employer's numbers leave out).
 */
export const establishmentNumber = (employer: SimEmployer, commune: number, slot: number): number | null => {
  if (employer.home === commune) return 1;
  if (slot < 0 || slot >= ESTABLISHMENT_SLOTS) return null;
  if (employer.home === null) return 1 + permute(slot, ESTABLISHMENT_SLOTS, employer.id);
  return slot < ESTABLISHMENT_SLOTS - 1 ? 2 + permute(slot, ESTABLISHMENT_SLOTS - 1, employer.id) : null;
};

/** SIRET of an establishment (1–9,998): SIREN, 4-digit number, check digit (Luhn or La Poste's rule). */
export const siretOf = (employer: SimEmployer, establishment: number): string => {
  if (!Number.isInteger(establishment) || establishment < 1 || establishment > ESTABLISHMENT_SLOTS) {
    throw new RangeError(`establishment number ${establishment} out of 1–${ESTABLISHMENT_SLOTS}`);
  }
  const partial = `${employer.siren}${String(establishment).padStart(4, "0")}`;
  if (employer.siren === LA_POSTE_SIREN) {
    const sum = [...partial].reduce((s, c) => s + Number(c), 0);
    return partial + String((10 - (sum % 5)) % 5);
  }
  return partial + luhnCheckDigit(partial);
};

const brandName = (rng: Rng): string => `${rng.pick(BRAND_HEADS)}${rng.pick(BRAND_TAILS)}`;

const legalName = (rng: Rng, brand: string): string => {
  const form = pickWeighted(rng, LEGAL_FORMS);
  const upper = brand
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
  return rng.chance(0.5) ? `${upper} ${form}` : `${form} ${upper}`;
};

const bracket = (min: number, max: number, rng: Rng): Naf =>
  WORKFORCE_BRACKETS[rng.between(min, max)] ?? (WORKFORCE_BRACKETS[0] as Naf);

/** A national brand of a sector: rank 0 is the largest. */
export const nationalEmployer = (seed: number, sector: number, rank: number): SimEmployer => {
  const rng = new Rng(mix(seed, 0xe1, sector, rank));
  const s = SECTORS[sector] ?? (SECTORS[0] as (typeof SECTORS)[number]);
  const head = brandName(rng);
  const brand = rng.chance(0.4) ? `${head} ${rng.pick(BRAND_SUFFIXES[s.letter] ?? ["France"])}` : head;
  const id = NATIONAL_BASE + sector * NATIONAL_RANKS + rank;
  const size = rank < 20 ? rng.between(10, 13) : rank < 200 ? rng.between(7, 10) : rng.between(4, 7);
  return {
    id,
    name: legalName(rng, brand),
    brand,
    siren: sirenOf(id, false),
    naf: rng.pick(s.naf),
    workforce: bracket(size, size, rng),
    kind: "company",
    national: true,
    home: null,
  };
};

/** A temporary-work agency brand (rank 0 is the largest network). */
export const agencyEmployer = (seed: number, rank: number): SimEmployer => {
  const rng = new Rng(mix(seed, 0xa9, rank));
  const brand = `${brandName(rng)} ${rng.pick(AGENCY_WORDS)}`;
  const id = AGENCY_BASE + rank;
  return {
    id,
    name: legalName(rng, brand),
    brand,
    siren: sirenOf(id, false),
    naf: TEMP_AGENCY_NAF,
    workforce: bracket(rank < 10 ? 11 : 6, rank < 10 ? 13 : 9, rng),
    kind: "agency",
    national: true,
    home: null,
  };
};

/** The k-th local employer of a sector in a commune (public when `isPublic`). */
export const localEmployer = (
  seed: number,
  commune: { index: number; name: string },
  sector: number,
  k: number,
  isPublic: boolean,
): SimEmployer => {
  const rng = new Rng(mix(seed, 0x10c, commune.index, sector, k));
  const s = SECTORS[sector] ?? (SECTORS[0] as (typeof SECTORS)[number]);
  const id = LOCAL_BASE + commune.index * 256 + sector * 16 + (k % 16);
  if (isPublic) {
    const patterns = PUBLIC_PATTERNS[s.letter] ?? PUBLIC_PATTERNS.default ?? [];
    const name = rng.pick(patterns).replace("{c}", commune.name);
    return {
      id,
      name,
      brand: name,
      siren: sirenOf(id, true),
      naf:
        s.letter === "J"
          ? rng.pick(s.naf.slice(0, 3))
          : { code: "84.11Z", label: "Administration publique générale" },
      workforce: bracket(4, 10, rng),
      kind: "public",
      national: false,
      home: commune.index,
    };
  }
  const brand = rng.pick(LOCAL_PATTERNS[s.letter] ?? ["Entreprise {s}"]).replace("{s}", rng.pick(SURNAMES));
  return {
    id,
    name: legalName(rng, brand),
    brand,
    siren: sirenOf(id, false),
    naf: rng.pick(s.naf),
    workforce: bracket(0, 5, rng),
    kind: "company",
    national: false,
    home: commune.index,
  };
};

/** An independent temporary-work agency of a commune where the networks have no branch. */
export const localAgency = (seed: number, commune: { index: number; name: string }): SimEmployer => {
  const rng = new Rng(mix(seed, 0x1a9, commune.index));
  const surname = rng.pick(SURNAMES);
  const brand = rng.chance(0.5) ? `${rng.pick(AGENCY_WORDS)} ${surname}` : `${surname} Intérim`;
  const id = LOCAL_AGENCY_BASE + commune.index;
  return {
    id,
    name: legalName(rng, brand),
    brand,
    siren: sirenOf(id, false),
    naf: TEMP_AGENCY_NAF,
    workforce: bracket(1, 4, rng),
    kind: "agency",
    national: false,
    home: commune.index,
  };
};

/** How a partner may write an employer's name: 0 the usual name, then registered name, capitals, "Groupe", city. */
export const employerNameVariant = (employer: SimEmployer, city: string, variant: number): string => {
  switch (variant % 5) {
    case 1:
      return employer.name;
    case 2:
      return employer.brand.toUpperCase();
    case 3:
      return employer.national && employer.kind !== "public" ? `Groupe ${employer.brand}` : employer.brand;
    case 4:
      return employer.kind === "agency"
        ? `${employer.brand} ${city}`
        : employer.brand.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    default:
      return employer.brand;
  }
};
