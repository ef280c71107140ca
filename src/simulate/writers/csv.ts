/**
 * A partner-specific CSV feed (`feed.csv`, ";"-separated, quoted when needed, French column names
 * chosen per partner, amounts with decimal commas) and the mapping that reads it (`mapping.json`,
 * for `emploi ingest --mapping`). Some partners export an Excel-style byte order mark, some keep
 * HTML in the description. Every SimPosting value has a column.
 */
import type { FieldSpec, PartnerMapping, RawPostingField } from "../../ingest/mapping-types.js";
import type { SimPartner, SimPosting } from "../types.js";
import { remoteFr, workingTimeFr } from "./contract.js";
import { CSV_COLUMNS } from "./csv-columns.js";
import { dateFormatOf } from "./dates.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementOf, regionOf } from "./places.js";
import { hash32, htmlToText } from "./text.js";

const PERIODS = { hour: "horaire", month: "mensuel", year: "annuel" } as const;

const decimal = (value: number | null | undefined): string =>
  value === null || value === undefined ? "" : String(Math.round(value * 100) / 100).replace(".", ",");

type Extract = (p: SimPosting, ctx: RecordContext, html: boolean) => string | number | null | undefined;

const VALUES: Partial<Record<RawPostingField, Extract>> = {
  reference: (p) => p.reference,
  title: (p) => p.title,
  url: (p) => p.url,
  description: (p, _ctx, html) => (html ? p.descriptionHtml : htmlToText(p.descriptionHtml)),
  "employer.name": (p) => p.employer.name,
  "employer.siret": (p) => p.employer.siret,
  "location.city": (p) => p.location.city,
  "location.postalCode": (p) => p.location.postalCode,
  "location.commune": (p) => p.location.commune,
  "location.departement": (p) => departementOf(p.location).code,
  "location.region": (p) => regionOf(p.location),
  "location.lat": (p) => p.location.lat,
  "location.lon": (p) => p.location.lon,
  "location.remote": (p) => remoteFr(p.location.remote),
  "contract.type": (p) => p.contract.type,
  "contract.duration": (p) => decimal(p.contract.durationMonths),
  "contract.workingTime": (p) => workingTimeFr(p.contract),
  "contract.weeklyHours": (p) => decimal(p.contract.weeklyHours),
  "salary.text": (p) => p.salary?.text,
  "salary.min": (p) => decimal(p.salary?.min),
  "salary.max": (p) => decimal(p.salary?.max),
  "salary.period": (p) => (p.salary?.period ? PERIODS[p.salary.period] : ""),
  "rome.code": (p) => p.rome.code,
  experience: (p) => p.experience,
  publishedAt: (p, ctx) => ctx.date(p.publishedAt),
  updatedAt: (p, ctx) => ctx.date(p.updatedAt),
  expiresAt: (p, ctx) => ctx.date(p.expiresAt),
};

/** The partner's column name for each value. */
export const csvColumnsOf = (partner: SimPartner): Array<{ field: RawPostingField; name: string }> =>
  CSV_COLUMNS.map((column) => ({
    field: column.field,
    name: column.names[hash32(`${partner.slug}:${column.field}`) % column.names.length] ?? column.field,
  }));

const NEEDS_QUOTES = /[";\r\n]/;
const QUOTE = /"/g;
const field = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
};

const columnsBySlug = new Map<string, ReturnType<typeof csvColumnsOf>>();
const columnsFor = (partner: SimPartner) => {
  let columns = columnsBySlug.get(partner.slug);
  if (columns === undefined) {
    columns = csvColumnsOf(partner);
    columnsBySlug.set(partner.slug, columns);
  }
  return columns;
};

const withBom = (partner: SimPartner): boolean => hash32(`${partner.slug}:bom`) % 3 === 0;
const withHtml = (partner: SimPartner): boolean => hash32(`${partner.slug}:html`) % 2 === 0;

/** The mapping that reads a partner's CSV feed. */
export const csvMapping = (partner: SimPartner): PartnerMapping => {
  const fields: Partial<Record<RawPostingField, FieldSpec>> = {};
  for (const column of csvColumnsOf(partner)) {
    fields[column.field] =
      column.field === "contract.duration" ? { path: column.name, template: "{} mois" } : column.name;
  }
  const dateFormat = dateFormatOf(partner.dateStyle);
  return {
    slug: partner.slug,
    label: partner.label,
    format: "csv",
    delimiter: ";",
    ...(dateFormat ? { dateFormat } : {}),
    employersShowName: partner.employersShowName,
    fields,
  };
};

export const csvSpec: DocumentSpec = {
  file: "feed.csv",
  head: (partner) =>
    `${withBom(partner) ? "\uFEFF" : ""}${csvColumnsOf(partner)
      .map((c) => field(c.name))
      .join(";")}\n`,
  record: (p, ctx) => {
    const html = withHtml(ctx.partner);
    return `${columnsFor(ctx.partner)
      .map((c) => field(VALUES[c.field]?.(p, ctx, html)))
      .join(";")}\n`;
  },
  tail: () => "",
  mapping: csvMapping,
};
