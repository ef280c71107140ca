/**
 * What a partner mapping produces from one feed record: the partner's own values, as text, before
 * any normalisation. Every field is optional but `reference`; the pipeline decides what is usable.
 */
export interface RawPosting {
  reference: string;
  url?: string;
  title?: string;
  /** HTML or plain text. Several description parts are joined by the mapping. */
  description?: string;
  employer?: {
    name?: string;
    siret?: string;
    /** "true"/"false"/"1"/"0"/"oui"/"non"… as the partner wrote it. */
    anonymous?: string;
    description?: string;
  };
  location?: {
    label?: string;
    address?: string;
    city?: string;
    postalCode?: string;
    /** INSEE commune code. */
    commune?: string;
    departement?: string;
    region?: string;
    country?: string;
    lat?: string;
    lon?: string;
    /** Free text: "télétravail partiel", "full remote", "2 jours/semaine"… */
    remote?: string;
  };
  contract?: {
    type?: string;
    duration?: string;
    /** Unit of `duration` when given apart: "month", "mois", "week", "jours"… */
    durationUnit?: string;
    workingTime?: string;
    weeklyHours?: string;
  };
  salary?: {
    text?: string;
    min?: string;
    max?: string;
    period?: string;
    currency?: string;
  };
  rome?: {
    code?: string;
    appellationCode?: string;
    appellationLabel?: string;
  };
  experience?: string;
  qualification?: string;
  publishedAt?: string;
  updatedAt?: string;
  expiresAt?: string;
}

/**
 * A record as a format reader yields it: plain JSON-like data. XML elements become objects where
 * attributes are keys prefixed with "@", text content is under "#text" (or the element is a plain
 * string when it has neither attributes nor children), and repeated children become arrays.
 */
export type FeedValue = string | number | boolean | null | FeedValue[] | { [key: string]: FeedValue };
export type FeedRecord = { [key: string]: FeedValue };
