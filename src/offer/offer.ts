/**
 * The offer model: what one partner says about one job (a posting) once normalised, and the
 * pieces it is made of. Every field a partner may omit is `null`, never `undefined`, so that a
 * stored or exported posting always has the same shape. See docs/offer-model.md.
 */

/**
 * France Travail contract types (Offres d'emploi v2 `typeContrat`), plus `STG` (internship),
 * which France Travail does not carry but partners do.
 */
export const CONTRACT_CODES = [
  "CDI",
  "CDD",
  "MIS",
  "SAI",
  "LIB",
  "FRA",
  "REP",
  "DIN",
  "DDI",
  "CCE",
  "TTI",
  "STG",
] as const;
export type ContractCode = (typeof CONTRACT_CODES)[number];

/** France Travail `natureContrat`: E1 employment contract, E2 apprenticeship, FS professionalisation, NS not salaried. */
export type ContractNature = "E1" | "E2" | "FS" | "NS";

export type WorkingTime = "full_time" | "part_time";
export type RemoteMode = "none" | "hybrid" | "full";
export type SalaryPeriod = "hour" | "day" | "week" | "month" | "year";

/** Where the job is. `precision` says how far the resolution went. */
export interface Location {
  /** INSEE commune code (arrondissement code for Paris, Lyon, Marseille when known). */
  commune: string | null;
  postalCode: string | null;
  city: string | null;
  departement: string | null;
  region: string | null;
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2 code: "FR" for a place in France (overseas départements included), null when unknown. */
  country: string | null;
  /** The place as the partner wrote it. */
  label: string | null;
  remote: RemoteMode | null;
  precision: "commune" | "postal_code" | "departement" | "region" | "country" | null;
}

export interface Employer {
  name: string | null;
  siret: string | null;
  /** Whether the employer agreed to show its name to job seekers. */
  showName: boolean;
  description: string | null;
}

export interface Contract {
  type: ContractCode | null;
  /** The contract as the partner wrote it. */
  label: string | null;
  nature: ContractNature | null;
  durationMonths: number | null;
  workingTime: WorkingTime | null;
  weeklyHours: number | null;
}

export interface Salary {
  /** As written by the partner. */
  text: string | null;
  min: number | null;
  max: number | null;
  period: SalaryPeriod | null;
  currency: string | null;
  /** Whether `min`/`max` are gross or net figures as written (the normalised figures are always gross). */
  basis: "gross" | "net" | null;
  /** Normalised gross hourly figure (from the minimum, or the single value), in euros. */
  hourlyGross: number | null;
  /** Normalised gross annual figure (from the minimum, or the single value), in euros. */
  annualGross: number | null;
}

export interface Rome {
  /** ROME 4.0 code, e.g. "K2403". */
  code: string | null;
  label: string | null;
  /** ROME appellation (OGR) code. */
  appellationCode: string | null;
  appellationLabel: string | null;
}

export interface Experience {
  /** France Travail `experienceExige`: D beginner accepted, S wished, E required. */
  level: "D" | "S" | "E" | null;
  months: number | null;
  label: string | null;
}

export interface Qualification {
  /** France Travail qualification code "1".."9" (9 = cadre). */
  code: string | null;
  label: string | null;
}

export interface Description {
  /** Sanitised HTML (a small allow-list of tags, no attributes but safe links). */
  html: string;
  text: string;
}

/** One partner's posting after the normalisation stages. */
export interface NormalizedPosting {
  partner: string;
  reference: string;
  url: string | null;
  title: string;
  description: Description;
  employer: Employer;
  location: Location;
  contract: Contract;
  salary: Salary;
  rome: Rome;
  experience: Experience;
  qualification: Qualification;
  /** ISO 8601 instants. */
  publishedAt: string | null;
  updatedAt: string | null;
  expiresAt: string | null;
  /** SHA-256 (hex) of the mapped partner fields: a change of content changes it. */
  contentHash: string;
}

export const POSTING_STATUSES = ["published", "duplicate", "review", "rejected", "closed"] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

export const emptyLocation = (): Location => ({
  commune: null,
  postalCode: null,
  city: null,
  departement: null,
  region: null,
  lat: null,
  lon: null,
  country: null,
  label: null,
  remote: null,
  precision: null,
});

export const emptySalary = (text: string | null = null): Salary => ({
  text,
  min: null,
  max: null,
  period: null,
  currency: null,
  basis: null,
  hourlyGross: null,
  annualGross: null,
});
