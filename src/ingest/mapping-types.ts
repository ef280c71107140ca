/**
 * The declarative partner mapping: plain, JSON-serialisable data that says where a feed's records
 * are and how each RawPosting field is read from a record. See docs/partners.md for the language.
 */
import type { RawPosting } from "./raw-posting.js";

export const FEED_FORMATS = ["xml", "json", "csv", "jsonld"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** A dotted path to a text field of RawPosting: "title", "location.city", "salary.min"… */
export type RawPostingField = {
  [K in keyof RawPosting & string]-?: NonNullable<RawPosting[K]> extends string
    ? K
    : `${K}.${keyof NonNullable<RawPosting[K]> & string}`;
}[keyof RawPosting & string];

/** How one field is read: a path into the record, or a rule. */
export type FieldSpec = string | FieldRule;

/** A part of a `join`: a spec, or a spec under a heading. */
export type JoinPart = FieldSpec | { label: string; value: FieldSpec };

/**
 * A rule has exactly one source (`path`, `const`, `first` or `join`) and optional modifiers,
 * applied in this order: split, index, match, replace, values, then all/first value, template.
 */
export interface FieldRule {
  /** Dotted path into the record: "Contrat.Type_contrat", "company.@anonymous", "locations[0].city". */
  path?: string;
  /** A constant text. */
  const?: string;
  /** The first spec that gives a non-empty value. */
  first?: FieldSpec[];
  /** The non-empty parts joined (a description made of several fields). */
  join?: JoinPart[];
  /** `join`: headings as `<h3>` (HTML parts) rather than "Heading :" lines. */
  html?: boolean;
  /** Keep every value found (repeated elements, arrays) rather than the first. */
  all?: boolean;
  /** Separator for `all` (default ", ") and `join` (default a blank line, or "\n" with `html`). */
  separator?: string;
  /** Split each value on this text ("48.1,2.3" -> two values). */
  split?: string;
  /** Keep only the value at this position (0 first, -1 last). */
  index?: number;
  /** Regular expression: keeps the capture `group` (1 by default when there is one) of matching values. */
  match?: string;
  flags?: string;
  group?: number;
  /** [regular expression, replacement] applied to every value (all occurrences). */
  replace?: [string, string];
  /** Value table: the name of a table in the mapping's `values`, or the table itself. */
  values?: string | Record<string, string>;
  /** What a value missing from the table becomes: kept as is (default) or dropped. */
  unlisted?: "keep" | "drop";
  /** Wraps the final value: "{}" stands for it ("{} mois"). */
  template?: string;
}

export interface PartnerMapping {
  /** Lower-case identifier: "hellowork", "france-travail-cegid". */
  slug: string;
  label: string;
  format: FeedFormat;
  /**
   * Where the records are. XML: element name ("job") or path from the root ("source/jobs/job");
   * JSON: dotted key path to the array or object ("ads"; empty for the root). Unused for CSV and JSON-LD.
   */
  records?: string;
  /** RawPosting field path -> how to read it. `reference` is required. */
  fields: Partial<Record<RawPostingField, FieldSpec>>;
  /** Named value tables (partner value -> text). A table named after a field applies to it by default. */
  values?: Record<string, Record<string, string>>;
  /** How the partner writes dates ("DD/MM/YYYY HH:mm:ss", "YYYYMMDD", "iso"…), for the normaliser. */
  dateFormat?: string;
  /**
   * The feed format has no publication date at all (e.g. Leboncoin's CSV): the platform dates each
   * posting with the day it first received it, so the published offer is dated (C. trav. L5332-1).
   */
  undated?: boolean;
  /** Whether the partner's employers show their name; sets `employer.anonymous` when no field does. */
  employersShowName?: boolean;
  /** Source rank when several partners carry one job (lower wins). */
  rank?: number;
  /** Default feed location. */
  url?: string;
  /** Charset to use whatever the feed declares. */
  charset?: string;
  /** CSV delimiter (detected when absent). */
  delimiter?: string;
  /** JSON: one record per line. */
  lines?: boolean;
  /**
   * JSON pages: path of the link to the next page in each page (`"next"`), relative to the page's
   * URL or file. Every page is followed, once.
   */
  next?: string;
}

/** Value tables applied by default to a field when its spec names none. */
export const DEFAULT_TABLES: Partial<Record<RawPostingField, string>> = {
  "contract.type": "contractType",
  "contract.workingTime": "workingTime",
  "contract.durationUnit": "durationUnit",
  "location.remote": "remote",
  "salary.period": "salaryPeriod",
  experience: "experience",
  qualification: "qualification",
};
