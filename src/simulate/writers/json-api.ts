/**
 * A paginated JSON API: pages `page-001.json`, `page-002.json`… of `{ "page": 1, "items": [...],
 * "next": "page-002.json" | null }` (100, 250 or 500 items a page, depending on the partner), and
 * the mapping that reads them (`mapping.json`). Items are nested camelCase objects carrying every
 * SimPosting value.
 */
import type { PartnerMapping } from "../../ingest/mapping-types.js";
import type { SimPartner, SimPosting } from "../types.js";
import { remoteFr, workingTimeFr } from "./contract.js";
import { dateFormatOf } from "./dates.js";
import { type PagedSpec, pageName, type RecordContext } from "./document.js";
import { departementOf, regionOf } from "./places.js";
import { hash32 } from "./text.js";

const PAGE_SIZES = [100, 250, 500] as const;
const UNITS = { hour: "HOUR", month: "MONTH", year: "YEAR" } as const;

const item = (p: SimPosting, ctx: RecordContext) => ({
  id: p.reference,
  title: p.title,
  url: p.url,
  description: p.descriptionHtml,
  company: { name: p.employer.name, siret: p.employer.siret, confidential: p.employer.anonymous },
  location: {
    city: p.location.city,
    zipCode: p.location.postalCode,
    inseeCode: p.location.commune,
    department: departementOf(p.location).code,
    region: regionOf(p.location),
    coordinates: p.location.lat === null ? null : { lat: p.location.lat, lng: p.location.lon },
    remote: remoteFr(p.location.remote) || null,
  },
  contract: {
    type: p.contract.type,
    durationMonths: p.contract.durationMonths,
    schedule: workingTimeFr(p.contract),
    hoursPerWeek: p.contract.weeklyHours,
  },
  salary: p.salary
    ? {
        label: p.salary.text,
        min: p.salary.min,
        max: p.salary.max,
        unit: p.salary.period ? UNITS[p.salary.period] : null,
        currency: "EUR",
      }
    : null,
  rome: { code: p.rome.code, appellation: p.rome.appellationCode },
  experience: p.experience,
  publishedAt: ctx.date(p.publishedAt) || null,
  updatedAt: ctx.date(p.updatedAt) || null,
  expiresAt: ctx.date(p.expiresAt) || null,
});

/** The mapping that reads a partner's JSON API pages. */
export const jsonApiMapping = (partner: SimPartner): PartnerMapping => {
  const dateFormat = dateFormatOf(partner.dateStyle);
  return {
    slug: partner.slug,
    label: partner.label,
    format: "json",
    records: "items",
    ...(dateFormat ? { dateFormat } : {}),
    employersShowName: partner.employersShowName,
    fields: {
      reference: "id",
      title: "title",
      url: "url",
      description: "description",
      "employer.name": "company.name",
      "employer.siret": "company.siret",
      "employer.anonymous": "company.confidential",
      "location.city": "location.city",
      "location.postalCode": "location.zipCode",
      "location.commune": "location.inseeCode",
      "location.departement": "location.department",
      "location.region": "location.region",
      "location.lat": "location.coordinates.lat",
      "location.lon": "location.coordinates.lng",
      "location.remote": "location.remote",
      "contract.type": "contract.type",
      "contract.duration": { path: "contract.durationMonths", template: "{} mois" },
      "contract.workingTime": "contract.schedule",
      "contract.weeklyHours": "contract.hoursPerWeek",
      "salary.text": "salary.label",
      "salary.min": "salary.min",
      "salary.max": "salary.max",
      "salary.period": "salary.unit",
      "salary.currency": "salary.currency",
      "rome.code": "rome.code",
      "rome.appellationCode": "rome.appellation",
      experience: "experience",
      publishedAt: "publishedAt",
      updatedAt: "updatedAt",
      expiresAt: "expiresAt",
    },
  };
};

export const jsonApiSpec: PagedSpec = {
  pageSize: (partner) => PAGE_SIZES[hash32(partner.slug) % PAGE_SIZES.length] ?? 250,
  fileName: (page) => pageName(page, "json"),
  head: (ctx) => `{"page":${ctx.page},"items":[\n`,
  record: (p, ctx) => JSON.stringify(item(p, ctx)),
  separator: ",\n",
  tail: (ctx) => `\n],"next":${JSON.stringify(ctx.next)}}\n`,
  mapping: jsonApiMapping,
};
