/**
 * Shapes shared by the job-market simulator's two halves: the market generator (jobs, employers,
 * partners, cross-posting, time) and the feed writers (one per partner format) with the feed server.
 */

/** Feed formats a simulated partner can publish in. */
export type SimFormat =
  /** One of the shipped partner formats: the registered mapping of that slug reads it. */
  | "apec"
  | "clever-connect"
  | "decathlon"
  | "edf"
  | "enedis"
  | "engagement-jeunes"
  | "france-travail-cegid"
  | "hellowork"
  | "hellowork-buddi"
  | "jobteaser"
  | "jooble"
  | "kelio"
  | "laposte"
  | "leboncoin"
  /** Generic formats. */
  | "indeed-xml"
  | "jsonld"
  /** A partner-specific CSV, read with the mapping file the simulator writes beside it. */
  | "csv"
  /** A paginated JSON API (pages of `{ items, next }`), read with the mapping file written beside it. */
  | "json-api";

/**
 * How a partner writes dates in its feed: ISO 8601 variants, RFC 822, epoch seconds, and the
 * layouts of the shipped formats (writers/dates.ts; zone-less ones in Paris wall time).
 */
export type SimDateStyle =
  | "iso"
  | "iso-ms"
  | "iso-offset"
  | "iso-local"
  | "iso-date"
  | "rfc822"
  | "epoch"
  | "ymd-compact"
  | "ymd-time"
  | "ymd-time-ms"
  | "ymd-time-utc"
  | "dmy-slash"
  | "dmy-slash-time"
  | "dmy-dash-time"
  | "dmy-dot";

/** A simulated partner and its habits. */
export interface SimPartner {
  slug: string;
  label: string;
  kind: "employer" | "ats" | "board" | "aggregator";
  format: SimFormat;
  /** Days between two snapshots (1 = daily). */
  cadenceDays: number;
  dateStyle: SimDateStyle;
  /** Text appended to every description (the board's boilerplate), or null. */
  boilerplate: string | null;
  /** Descriptions cut after this many characters ("…"), or null. */
  truncateAt: number | null;
  /** Share of postings whose salary / employer / location postal code the partner omits. */
  omits: { salary: number; employer: number; postalCode: number };
  /** Title habit: suffix "H/F", "(F/H)", "- CDI", upper case… */
  titleStyle: "hf" | "fh-parens" | "contract-suffix" | "upper" | "plain";
  /** Whether the partner's employers agree to show their name. */
  employersShowName: boolean;
  /** Source quality rank for dedup (employer site / ATS > board > aggregator): higher is better. */
  rank: number;
}

/** One posting as a partner publishes it on a given day: partner text, before format encoding. */
export interface SimPosting {
  partner: string;
  reference: string;
  url: string;
  title: string;
  /** HTML description as the partner publishes it (boilerplate, truncation already applied). */
  descriptionHtml: string;
  employer: { name: string | null; siret: string | null; anonymous: boolean };
  location: {
    /** How the partner gives the place: city name, postal code, both, INSEE code, or coordinates. */
    city: string | null;
    postalCode: string | null;
    commune: string | null;
    departement: string | null;
    region: string | null;
    lat: number | null;
    lon: number | null;
    remote: "none" | "hybrid" | "full" | null;
  };
  contract: {
    /** The partner's own wording of the contract type ("CDI", "Contrat à durée indéterminée", "permanent"…). */
    type: string;
    durationMonths: number | null;
    workingTime: "full_time" | "part_time";
    weeklyHours: number | null;
  };
  /** Salary as the partner writes it (free text), plus structured figures when the format has fields. */
  salary: {
    text: string;
    min: number | null;
    max: number | null;
    period: "hour" | "month" | "year" | null;
  } | null;
  rome: { code: string | null; appellationCode: string | null };
  experience: string | null;
  /** Instants (the writer renders them in the partner's date style). */
  publishedAt: Date | null;
  updatedAt: Date | null;
  expiresAt: Date | null;
}

/** Ground truth of one posting: which real job it publishes, and what was injected. */
export interface SimTruth {
  partner: string;
  reference: string;
  jobId: string;
  /** Variant changes applied to this copy (title rewritten, description trimmed…). */
  variants: string[];
  /** Injected compliance violations: rule family and article. */
  violations: Array<{ family: string; article: string }>;
}

/** A writer turns one partner's snapshot into files under a folder; returns the written paths. */
export type SnapshotWriter = (
  partner: SimPartner,
  postings: AsyncIterable<SimPosting> | Iterable<SimPosting>,
  folder: string,
) => Promise<string[]>;
