import type { NormalizedPosting, PostingStatus } from "./offer.js";

/** One place where an offer is published. */
export interface OfferSource {
  partner: string;
  reference: string;
  url: string | null;
  /** Whether this source gives the offer's content. */
  canonical?: boolean;
  /** Why this source was recognised as the same job (absent for the founding source). */
  match?: {
    with: { partner: string; reference: string };
    score: number;
    reason: string;
    features: string[];
  };
}

/**
 * The public view of an offer (API, export, web): snake_case, no SIRET, the employer's name only
 * when it agreed to show it. Built from the canonical posting and the list of sources.
 */
export interface OfferView {
  id: string;
  title: string;
  description: string;
  description_html: string;
  employer: { name: string | null };
  location: {
    commune: string | null;
    postal_code: string | null;
    city: string | null;
    departement: string | null;
    region: string | null;
    lat: number | null;
    lon: number | null;
    /** ISO 3166-1 alpha-2 ("FR"), null when unknown. */
    country: string | null;
    remote: string | null;
  };
  contract: {
    type: string | null;
    label: string | null;
    nature: string | null;
    duration_months: number | null;
    working_time: string | null;
    weekly_hours: number | null;
  };
  salary: {
    text: string | null;
    min: number | null;
    max: number | null;
    period: string | null;
    currency: string | null;
    basis: string | null;
    hourly_gross: number | null;
    annual_gross: number | null;
  };
  rome: {
    code: string | null;
    label: string | null;
    appellation_code: string | null;
    appellation_label: string | null;
  };
  experience: { level: string | null; months: number | null; label: string | null };
  qualification: { code: string | null; label: string | null };
  url: string | null;
  published_at: string | null;
  updated_at: string | null;
  expires_at: string | null;
  sources: OfferSource[];
}

/** Location in the public snake_case shape. */
export const locationView = (p: NormalizedPosting): OfferView["location"] => ({
  commune: p.location.commune,
  postal_code: p.location.postalCode,
  city: p.location.city,
  departement: p.location.departement,
  region: p.location.region,
  lat: p.location.lat,
  lon: p.location.lon,
  // Postings stored before the field existed have none.
  country: p.location.country ?? null,
  remote: p.location.remote,
});

/** The public view of an offer whose canonical posting is `p`. */
export const offerView = (id: string, p: NormalizedPosting, sources: OfferSource[]): OfferView => ({
  id,
  title: p.title,
  description: p.description.text,
  description_html: p.description.html,
  employer: { name: p.employer.showName ? p.employer.name : null },
  location: locationView(p),
  contract: {
    type: p.contract.type,
    label: p.contract.label,
    nature: p.contract.nature,
    duration_months: p.contract.durationMonths,
    working_time: p.contract.workingTime,
    weekly_hours: p.contract.weeklyHours,
  },
  salary: {
    text: p.salary.text,
    min: p.salary.min,
    max: p.salary.max,
    period: p.salary.period,
    currency: p.salary.currency,
    basis: p.salary.basis,
    hourly_gross: p.salary.hourlyGross,
    annual_gross: p.salary.annualGross,
  },
  rome: {
    code: p.rome.code,
    label: p.rome.label,
    appellation_code: p.rome.appellationCode,
    appellation_label: p.rome.appellationLabel,
  },
  experience: { level: p.experience.level, months: p.experience.months, label: p.experience.label },
  qualification: { code: p.qualification.code, label: p.qualification.label },
  url: p.url,
  published_at: p.publishedAt,
  // An offer its partner never updated was last updated when published (France Travail's dateActualisation).
  updated_at: p.updatedAt ?? p.publishedAt,
  expires_at: p.expiresAt,
  sources,
});

/** A compliance finding as stored and exported. */
export interface FindingView {
  rule: string;
  article: string;
  severity: "reject" | "review" | "info";
  excerpt: string;
  explanation?: string;
  suggestion: string;
}

export interface ComplianceView {
  verdict: "accept" | "review" | "reject";
  findings: FindingView[];
  /** ISO 639-1 code of the offer's language ("und" when too short to tell). */
  language?: string;
  /** The compliance rule set that gave the verdict (src/compliance/version.ts). */
  rules_version?: string;
}

/** The export view of a posting (`emploi export --postings`). */
export interface PostingView {
  partner: string;
  reference: string;
  url: string | null;
  status: PostingStatus;
  offer_id: string | null;
  title: string;
  location: OfferView["location"];
  contract: { type: string | null };
  rome: { code: string | null };
  compliance: ComplianceView;
  content_hash: string;
  first_seen_at: string;
  last_seen_at: string;
  closed_at: string | null;
}
