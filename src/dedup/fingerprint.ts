/**
 * The fingerprint of a posting: everything deduplication compares, small and JSON-serialisable,
 * stored beside the posting and turned into candidate-lookup keys. See docs/dedup.md.
 */
import type { ContractCode, NormalizedPosting, Salary, SalaryPeriod, WorkingTime } from "../offer/offer.js";
import type { BoilerplateModel } from "./boilerplate.js";
import { type EmployerKey, employerKey, FUNCTION_WORDS } from "./employer.js";
import { keyHash } from "./hash.js";
import { bandKeys, encodeSignature, minhash, sequenceHash, shingleHashes } from "./minhash.js";
import { type PlaceKey, placeKey } from "./place.js";
import { scanDescription } from "./text.js";
import { placeWords, postingTitle, titleKey } from "./title.js";

/** Bumped whenever a change makes stored fingerprints incomparable with new ones. */
export const FINGERPRINT_VERSION = 2;

/** Hashes in the "specific text" signature (text without learned boilerplate). */
export const SPECIFIC_SIGNATURE_SIZE = 64;

export interface TextSketch {
  /** Hash of the cleaned token stream: equal hashes mean identical cleaned texts. */
  hash: number;
  /** Distinct shingles. */
  size: number;
  /** MinHash signature, base64 of 128 little-endian 16-bit values. */
  sig: string;
  /** The same for the text without learned boilerplate (64 values), when a model was given. */
  specific: { size: number; sig: string } | null;
}

export interface Fingerprint {
  v: number;
  /** The partner's slug: one partner never publishes one vacancy under two titles. */
  partner: string;
  employer: EmployerKey;
  /** Normalised title (see title.ts). */
  title: string;
  place: PlaceKey;
  contract: { type: ContractCode | null; time: WorkingTime | null; months: number | null };
  rome: string | null;
  /** Gross annual salary range in euros. */
  salary: [number, number] | null;
  /**
   * The pay as written: its period and range. Two postings giving an hourly rate are compared on
   * it, not on annual figures that depend on the weekly hours each partner states (or not).
   */
  rate: { per: SalaryPeriod; range: [number, number] } | null;
  /** Publication day (days since 1970-01-01), else the update day. */
  day: number | null;
  text: TextSketch;
  /** Candidate-lookup keys: structured blocking keys, then LSH band keys. */
  keys: number[];
}

export interface FingerprintOptions {
  boilerplate?: BoilerplateModel;
  /** LSH bands × rows, ≤ 128 hashes. Default 16 × 4 (S-curve threshold about 0.5). */
  bands?: number;
  rows?: number;
}

/** Texts with fewer shingles get no LSH keys: short texts collide by chance. */
const MIN_SHINGLES_FOR_BANDS = 8;
const DAY_MS = 86_400_000;

const annualRange = (salary: Salary): [number, number] | null => {
  const low = salary.annualGross;
  if (low === null || !(low > 0)) return null;
  const { min, max } = salary;
  const high = min !== null && max !== null && min > 0 && max > min ? (low * max) / min : low;
  return [Math.round(low), Math.round(high)];
};

const rateOf = (salary: Salary): Fingerprint["rate"] => {
  const { min, max, period } = salary;
  if (period === null || min === null || !(min > 0)) return null;
  return { per: period, range: [min, max !== null && max > min ? max : min] };
};

const dayOf = (iso: string | null): number | null => {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
};

/**
 * The employer's name for blocking, without its town and function words ("Calis Job Donville"
 * is "calisjob" in Donville, "Montagne et Sports" is "montagnesports").
 */
const blockingName = (name: string | null, city: string | null): string | null => {
  if (name === null) return null;
  const town = placeWords(city);
  const all = name.split(" ");
  const words = all.filter((w) => !town.has(w) && !FUNCTION_WORDS.has(w));
  return (words.length > 0 ? words : all).join("");
};

const structuredKeys = (
  employer: EmployerKey,
  title: string,
  place: PlaceKey,
  rome: string | null,
): number[] => {
  const keys: number[] = [];
  const name = blockingName(employer.name, place.cityName);
  const tkey = title === "" ? null : titleKey(title);
  const dep = place.departement;
  if (employer.siren !== null && tkey !== null) keys.push(keyHash("S", `${employer.siren}|${tkey}`));
  if (name !== null && tkey !== null) keys.push(keyHash("E", `${name}|${tkey}`));
  if (tkey !== null && dep !== null) keys.push(keyHash("T", `${tkey}|${dep}`));
  if (name !== null && rome !== null && dep !== null) keys.push(keyHash("R", `${name}|${rome}|${dep}`));
  // Without the title, for boards that rewrite it: the employer in its commune, by SIREN and by
  // name (a partner may give only one of them).
  if (place.city !== null) {
    if (employer.siren !== null) keys.push(keyHash("C", `${employer.siren}|${place.city}`));
    if (name !== null) keys.push(keyHash("C", `${name}|${place.city}`));
  }
  return keys;
};

/** The fingerprint of a normalised posting. */
export const fingerprint = (posting: NormalizedPosting, options: FingerprintOptions = {}): Fingerprint => {
  const employer = employerKey(posting.employer);
  const place = placeKey(posting.location);
  const title = postingTitle(posting.title, posting.location.city);
  const rome = posting.rome.code?.trim().toUpperCase() || null;
  const model = options.boilerplate;
  const scanned = scanDescription(
    posting.description.text,
    model === undefined ? undefined : (hash) => model.has(hash),
  );
  const shingles = shingleHashes(scanned.words);
  const signature = minhash(shingles);
  const specificShingles = scanned.specific === null ? null : shingleHashes(scanned.specific);
  const textHash = sequenceHash(scanned.words);
  const keys = structuredKeys(employer, title, place, rome);
  if (shingles.length > 0) keys.push(keyHash("X", String(textHash)));
  if (shingles.length >= MIN_SHINGLES_FOR_BANDS)
    keys.push(...bandKeys(signature, options.bands ?? 16, options.rows ?? 4));
  return {
    v: FINGERPRINT_VERSION,
    partner: posting.partner,
    employer,
    title,
    place,
    contract: {
      type: posting.contract.type,
      time: posting.contract.workingTime,
      months: posting.contract.durationMonths,
    },
    rome,
    salary: annualRange(posting.salary),
    rate: rateOf(posting.salary),
    day: dayOf(posting.publishedAt ?? posting.updatedAt),
    text: {
      hash: textHash,
      size: shingles.length,
      sig: encodeSignature(signature),
      specific:
        specificShingles === null
          ? null
          : {
              size: specificShingles.length,
              sig: encodeSignature(minhash(specificShingles, SPECIFIC_SIGNATURE_SIZE)),
            },
    },
    keys,
  };
};
