/**
 * Test and benchmark support (not used by the domain code): a posting builder, the mapping of
 * France Travail API `Offre` records used by bench/eval-dedup-ft.ts, and a seeded random source.
 */
import {
  CONTRACT_CODES,
  type ContractCode,
  emptyLocation,
  emptySalary,
  type NormalizedPosting,
} from "../offer/offer.js";

type Nested =
  | "description"
  | "employer"
  | "location"
  | "contract"
  | "salary"
  | "rome"
  | "experience"
  | "qualification";

/** Top-level fields replaced, nested ones merged one level deep. */
export type PostingOverrides = Partial<Omit<NormalizedPosting, Nested>> & {
  [K in Nested]?: Partial<NormalizedPosting[K]>;
};

const basePosting = (): NormalizedPosting => ({
  partner: "board",
  reference: "ref-1",
  url: null,
  title: "Vendeur (H/F)",
  description: { html: "", text: "" },
  employer: { name: null, siret: null, showName: true, description: null },
  location: emptyLocation(),
  contract: {
    type: null,
    label: null,
    nature: null,
    durationMonths: null,
    workingTime: null,
    weeklyHours: null,
  },
  salary: emptySalary(),
  rome: { code: null, label: null, appellationCode: null, appellationLabel: null },
  experience: { level: null, months: null, label: null },
  qualification: { code: null, label: null },
  publishedAt: null,
  updatedAt: null,
  expiresAt: null,
  contentHash: "0",
});

/** A posting with defaults. */
export const buildPosting = (overrides: PostingOverrides = {}): NormalizedPosting => {
  const base = basePosting();
  return {
    ...base,
    ...overrides,
    description: { ...base.description, ...overrides.description },
    employer: { ...base.employer, ...overrides.employer },
    location: { ...base.location, ...overrides.location },
    contract: { ...base.contract, ...overrides.contract },
    salary: { ...base.salary, ...overrides.salary },
    rome: { ...base.rome, ...overrides.rome },
    experience: { ...base.experience, ...overrides.experience },
    qualification: { ...base.qualification, ...overrides.qualification },
  };
};

/** Deterministic random numbers in [0, 1) (mulberry32). */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === "object" ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

const SALARY =
  /^(Annuel|Mensuel|Horaire)\s+de\s+([\d.,]+)\s*Euros(?:\s+à\s+([\d.,]+)\s*Euros)?(?:\s+sur\s+([\d.,]+)\s+mois)?/i;
const toNumber = (text: string | undefined): number | null =>
  text === undefined ? null : Number.parseFloat(text.replace(/\s/g, "").replace(",", "."));

const ftSalary = (libelle: string | null): NormalizedPosting["salary"] => {
  const salary = emptySalary(libelle);
  const m = libelle === null ? null : SALARY.exec(libelle);
  if (m === null) return salary;
  const min = toNumber(m[2]);
  const max = toNumber(m[3]);
  const months = toNumber(m[4]) ?? 12;
  const unit = (m[1] ?? "").toLowerCase();
  const factor = unit === "annuel" ? 1 : unit === "mensuel" ? months : 1607;
  const period = unit === "annuel" ? "year" : unit === "mensuel" ? "month" : "hour";
  const annual = min === null ? null : min * factor;
  return {
    ...salary,
    min,
    max,
    period,
    currency: "EUR",
    annualGross: annual,
    hourlyGross: annual === null ? null : annual / 1607,
  };
};

/** A France Travail API `Offre` as a normalised posting (enough of it for deduplication). */
export const ftOfferToPosting = (offre: Json): NormalizedPosting => {
  const place = obj(offre.lieuTravail);
  const label = str(place.libelle);
  const commune = str(place.commune);
  const postalCode = str(place.codePostal);
  const dash = label?.indexOf(" - ") ?? -1;
  const partners = Array.isArray(obj(offre.origineOffre).partenaires)
    ? (obj(offre.origineOffre).partenaires as unknown[])
    : [];
  const type = str(offre.typeContrat);
  const months = /(\d+)\s*Mois/i.exec(str(offre.typeContratLibelle) ?? "");
  return buildPosting({
    partner: str(obj(partners[0]).nom) ?? "FRANCE_TRAVAIL",
    reference: str(offre.id) ?? "",
    title: str(offre.intitule) ?? "",
    description: { html: "", text: str(offre.description) ?? "" },
    employer: { name: str(obj(offre.entreprise).nom), siret: null, showName: true, description: null },
    location: {
      ...emptyLocation(),
      commune,
      postalCode,
      city: label !== null && dash > 0 ? label.slice(dash + 3) : null,
      departement: label !== null && dash > 0 ? label.slice(0, dash) : null,
      lat: num(place.latitude),
      lon: num(place.longitude),
      label,
      precision: commune !== null ? "commune" : label === "France" ? "country" : null,
    },
    contract: {
      type: CONTRACT_CODES.includes(type as ContractCode) ? (type as ContractCode) : null,
      durationMonths: months === null ? null : Number(months[1]),
    },
    salary: ftSalary(str(obj(offre.salaire).libelle)),
    rome: { code: str(offre.romeCode), label: str(offre.romeLibelle) },
    publishedAt: str(offre.dateCreation),
    updatedAt: str(offre.dateActualisation),
  });
};
