/**
 * CleverConnect / Meteojob XML (<source> of <job id reference lang>), read by the `clever-connect`
 * mapping: CDATA values padded with spaces, nested workplace locations with lat/lng attributes,
 * contract and schedule type codes beside the partner's words, salary bounds as attributes.
 */
import type { SimPosting } from "../types.js";
import { type ContractKind, contractKind } from "./contract.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementOf, regionOf } from "./places.js";
import { cdata, el, wrap, type XmlAttrs, xmlAttrs } from "./xml.js";

const TYPE_CODES: Record<ContractKind, string> = {
  cdi: "cdi",
  cdd: "cdd",
  interim: "temporary",
  seasonal: "seasonal",
  apprenticeship: "apprentice",
  professionalisation: "professionalization",
  internship: "internship",
  freelance: "freelance",
  other: "other",
};
const PERIODS = { hour: "hour", month: "month", year: "annum" } as const;
const REMOTE = {
  full: ["full", "Télétravail complet"],
  hybrid: ["partial", "Télétravail partiel"],
  none: ["none", "Pas de télétravail"],
} as const;

/** A CleverConnect value: CDATA padded with spaces, on its own lines. */
const padded = (name: string, value: string | null | undefined, attributes?: XmlAttrs): string => {
  if (!value) return "";
  return `<${name}${xmlAttrs(attributes)}>\n${cdata(` ${value} `)}\n</${name}>\n`;
};

const location = (p: SimPosting): string => {
  const { code, name } = departementOf(p.location);
  const city = p.location.city;
  return `<workplace>\n<locations>\n<location${xmlAttrs({
    label: city && code ? `${city} (${code})` : city,
    lat: p.location.lat,
    lng: p.location.lon,
  })}>\n${padded("city", city)}${padded("postalCode", p.location.postalCode)}${padded("department", name, { code })}${padded("state", regionOf(p.location))}${padded("country", "France", { code: "FR" })}</location>\n</locations>\n${
    p.location.remote
      ? padded("remote", REMOTE[p.location.remote][1], { code: REMOTE[p.location.remote][0] })
      : ""
  }</workplace>\n`;
};

const contract = (p: SimPosting): string => {
  const c = p.contract;
  const months = c.durationMonths === null ? "" : String(Math.round(c.durationMonths));
  const length = months ? padded("length", `${months} month`, { value: months, unit: "month" }) : "";
  const schedule =
    c.workingTime === "part_time" ? ["part_time", "Temps Partiel"] : ["full_time", "Temps Plein"];
  return `<contract>\n<types>\n${padded("type", c.type, { code: TYPE_CODES[contractKind(c.type)] })}</types>\n${length}</contract>\n<workSchedule>\n<types>\n${padded("type", schedule[1], { code: schedule[0] })}</types>\n</workSchedule>\n`;
};

const salary = (p: SimPosting): string => {
  const s = p.salary;
  if (!s) return "";
  return `<benefits>\n${padded("salary", s.text, {
    lowEnd: s.min?.toFixed(2),
    highEnd: s.max?.toFixed(2),
    currency: "EUR",
    period: s.period ? PERIODS[s.period] : null,
  })}</benefits>\n`;
};

const record = (p: SimPosting, ctx: RecordContext): string =>
  `<job${xmlAttrs({ id: p.reference, reference: p.reference, lang: "fr" })}>\n${padded("title", p.title)}${padded("description", p.descriptionHtml)}${padded("link", p.url)}${el("publicationDate", ctx.date(p.publishedAt))}\n${el("lastModificationDate", ctx.date(p.updatedAt ?? p.publishedAt))}\n${wrap(
    "company",
    `\n${padded("name", p.employer.name)}`,
    { anonymous: String(p.employer.anonymous) },
  )}\n${location(p)}${contract(p)}${salary(p)}<profile>\n${
    p.experience ? `<experienceLevels>\n${padded("experienceLevel", p.experience)}</experienceLevels>\n` : ""
  }</profile>\n</job>\n`;

export const cleverConnectSpec: DocumentSpec = {
  file: "feed.xml",
  head: (partner) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<source>\n${el("publisher", partner.label)}\n${el("publisherUrl", `https://www.${partner.slug}.example`)}\n`,
  record,
  tail: (_partner, summary) =>
    `${el("lastBuildDate", summary.latest ? summary.latest.toISOString() : "")}\n</source>\n`,
};
