import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type { Payload } from "./payload.js";

/**
 * Table types. Timestamps are ISO 8601 text on both dialects; JSON documents are text. Booleans
 * are integers 0/1 so that one store serves SQLite and PostgreSQL.
 */
export interface PartnersTable {
  id: Generated<number>;
  slug: string;
  label: string;
  /** Generic format name (`indeed-xml`, `jsonld`) or null when `mapping`/a registered mapping is used. */
  format: string | null;
  /** A custom mapping (JSON) for partners onboarded without code. */
  mapping: string | null;
  feed_url: string | null;
  cadence_minutes: number | null;
  /** Quality rank used to choose the canonical source of an offer (higher is better). */
  rank: number;
  employers_show_name: number;
  /** employer | ats | board | aggregator | agency (temporary-work agency). */
  kind: Generated<string>;
  /** SHA-256 (hex) of the partner's push-API token; the token itself is never stored. */
  token_hash: string | null;
  enabled: Generated<number>;
  /** Last time a complete, trusted snapshot (or a 304 on it) confirmed all the partner's open postings. */
  confirmed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface IngestionRunsTable {
  id: Generated<number>;
  partner_id: number;
  started_at: string;
  finished_at: string | null;
  /** running | succeeded | partial | failed */
  status: string;
  sources: string;
  received: Generated<number>;
  new: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
  review: Generated<number>;
  duplicates: Generated<number>;
  closed: Generated<number>;
  errors: Generated<number>;
  /** Why nothing was closed, when the snapshot was not trusted. */
  close_skipped_reason: string | null;
  message: string | null;
  /** JSON array of the first record errors: { reference, position, reason }. */
  record_errors: Generated<string>;
  /** cli | schedule | push */
  trigger: Generated<string>;
}

/** What the scheduler remembers of each partner's pulls (conditional requests, backoff). */
export interface PartnerPullsTable {
  partner_id: number;
  etag: string | null;
  last_modified: string | null;
  last_attempt_at: string | null;
  last_success_at: string | null;
  next_attempt_at: string | null;
  consecutive_failures: Generated<number>;
  /** succeeded | partial | failed | not_modified */
  last_status: string | null;
  last_error: string | null;
}

export interface PostingsTable {
  id: Generated<number>;
  partner_id: number;
  reference: string;
  status: string;
  offer_id: string | null;
  content_hash: string;
  title: string;
  url: string | null;
  /** NormalizedPosting (JSON, deflated: see payload.ts). */
  data: Payload;
  /** The mapped partner fields (RawPosting, JSON, deflated). */
  raw: Payload;
  /** { verdict, findings } (JSON). */
  compliance: string;
  first_seen_at: string;
  last_seen_at: string;
  updated_at: string;
  closed_at: string | null;
  expires_at: string | null;
  /** How it was placed: { offer_id, joined, evidence? } (JSON). */
  dedup: string | null;
}

export interface OffersTable {
  /** Internal integer key (also the rowid of the SQLite text index). */
  num: Generated<number>;
  /** Public identifier. */
  id: string;
  /** published | removed */
  status: string;
  canonical_posting_id: number;
  title: string;
  employer_name: string | null;
  commune: string | null;
  postal_code: string | null;
  city: string | null;
  departement: string | null;
  region: string | null;
  lat: number | null;
  lon: number | null;
  contract_type: string | null;
  rome_code: string | null;
  salary_hourly: number | null;
  salary_annual: number | null;
  remote: string | null;
  published_at: string | null;
  updated_at: string;
  created_at: string;
  removed_at: string | null;
  /** The public offer view (JSON). */
  data: string;
  /** Analysed terms of the title (and ROME labels) and of the body, space-separated (search engine input). */
  title_terms: Generated<string>;
  body_terms: Generated<string>;
}

export interface ChangesTable {
  seq: Generated<number>;
  offer_id: string;
  /** created | updated | removed */
  kind: string;
  at: string;
}

/** A pair of postings close enough for an operator's look, but not merged. */
export interface PossibleDuplicatesTable {
  posting_id: number;
  other_posting_id: number;
  score: number;
  /** The comparison (JSON). */
  evidence: string;
  created_at: string;
}

/** A moderator's decision on a posting held for review: who, when, why, on which content. */
export interface ModerationDecisionsTable {
  id: Generated<number>;
  posting_id: number;
  content_hash: string;
  /** accept | reject */
  decision: string;
  operator: string;
  reason: string;
  /** The findings the decision was about (JSON). */
  findings: string;
  decided_at: string;
  /** The rule set that gave the verdict answered (null for decisions older than migration 009). */
  rules_version: string | null;
  /** The content screened: { title, description, employer, published_at } (JSON; null before 009). */
  snapshot: string | null;
}

/** Compliance verdicts per partner and day (Europe/Paris calendar day of the screening). */
export interface ComplianceDailyTable {
  partner_id: number;
  day: string;
  screened: Generated<number>;
  accepted: Generated<number>;
  review: Generated<number>;
  rejected: Generated<number>;
}

/** Findings per partner, day and rule. */
export interface ComplianceRuleDailyTable {
  partner_id: number;
  day: string;
  rule: string;
  count: Generated<number>;
}

/** A posting placed in an offer: the clustering's own narrow table (see dedup-state.ts). */
export interface PostingClustersTable {
  posting_id: number;
  /** Its offer; null once it left it (closed, no longer publishable). */
  offer_id: string | null;
  /** Change number, increasing in commit order across processes. */
  seq: number;
  /** Candidate-lookup keys as little-endian uint32. */
  keys: Uint8Array;
  /** The fingerprint (dedup/fingerprint-codec.ts; JSON text in rows from before it). */
  fingerprint: Uint8Array | string;
}

/** Versions of what the database holds computed by the code (storage/upgrade.ts). */
export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  meta: MetaTable;
  posting_clusters: PostingClustersTable;
  partners: PartnersTable;
  ingestion_runs: IngestionRunsTable;
  postings: PostingsTable;
  offers: OffersTable;
  changes: ChangesTable;
  partner_pulls: PartnerPullsTable;
  possible_duplicates: PossibleDuplicatesTable;
  moderation_decisions: ModerationDecisionsTable;
  compliance_daily: ComplianceDailyTable;
  compliance_rule_daily: ComplianceRuleDailyTable;
}

export type PartnerRow = Selectable<PartnersTable>;
export type PostingRow = Selectable<PostingsTable>;
export type NewPosting = Insertable<PostingsTable>;
export type PostingUpdate = Updateable<PostingsTable>;
export type OfferRow = Selectable<OffersTable>;
export type NewOffer = Insertable<OffersTable>;
export type RunRow = Selectable<IngestionRunsTable>;
