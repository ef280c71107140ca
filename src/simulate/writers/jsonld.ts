/**
 * schema.org JobPosting (JSON-LD), read by the generic `jsonld` mapping. Employers (career sites)
 * publish HTML pages (`page-001.html`…, 100 postings a page) each posting in its own
 * `<script type="application/ld+json">`; other partners a JSON array (`feed.json`).
 * Carried: identifier, title, HTML description, url, dates, hiringOrganization (name, taxID),
 * address and geo, full remote (TELECOMMUTE), employmentType (Google values, else the partner's
 * wording), workHours, baseSalary (min, max, unit; no salary wording), ROME code, experience.
 */
import type { SimPartner, SimPosting, SnapshotWriter } from "../types.js";
import { type ContractVocabulary, contractWord } from "./contract.js";
import {
  type DocumentSpec,
  documentWriter,
  type PageContext,
  pagedWriter,
  pageName,
  type RecordContext,
} from "./document.js";
import { regionOf } from "./places.js";
import { escapeAttr, escapeText } from "./xml.js";

const EMPLOYMENT: ContractVocabulary = {
  interim: "TEMPORARY",
  seasonal: "TEMPORARY",
  internship: "INTERN",
  freelance: "CONTRACTOR",
};
const UNITS = { hour: "HOUR", month: "MONTH", year: "YEAR" } as const;

/** One posting as a schema.org JobPosting object. */
export const jobPosting = (p: SimPosting, ctx: RecordContext) => {
  const l = p.location;
  return {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    identifier: { "@type": "PropertyValue", name: ctx.partner.label, value: p.reference },
    title: p.title,
    description: p.descriptionHtml,
    url: p.url,
    datePosted: ctx.date(p.publishedAt) || undefined,
    dateModified: ctx.date(p.updatedAt) || undefined,
    validThrough: ctx.date(p.expiresAt) || undefined,
    hiringOrganization: p.employer.name
      ? { "@type": "Organization", name: p.employer.name, taxID: p.employer.siret ?? undefined }
      : undefined,
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        addressLocality: l.city ?? undefined,
        postalCode: l.postalCode ?? undefined,
        addressRegion: regionOf(l) ?? undefined,
        addressCountry: "FR",
      },
      geo: l.lat === null ? undefined : { "@type": "GeoCoordinates", latitude: l.lat, longitude: l.lon },
    },
    jobLocationType: l.remote === "full" ? "TELECOMMUTE" : undefined,
    employmentType: [
      p.contract.workingTime === "part_time" ? "PART_TIME" : "FULL_TIME",
      contractWord(p.contract, EMPLOYMENT),
    ],
    workHours: p.contract.weeklyHours === null ? undefined : `${p.contract.weeklyHours} heures par semaine`,
    baseSalary:
      p.salary && (p.salary.min !== null || p.salary.max !== null)
        ? {
            "@type": "MonetaryAmount",
            currency: "EUR",
            value: {
              "@type": "QuantitativeValue",
              minValue: p.salary.min ?? undefined,
              maxValue: p.salary.max ?? undefined,
              unitText: p.salary.period ? UNITS[p.salary.period] : undefined,
            },
          }
        : undefined,
    occupationalCategory: p.rome.code ?? undefined,
    experienceRequirements: p.experience ?? undefined,
  };
};

// "<", ">" and "&" escaped as JSON unicode escapes: the script block cannot end early.
const SCRIPT_UNSAFE = /[<>&]/g;
const scriptSafe = (json: string): string =>
  json.replace(SCRIPT_UNSAFE, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);

const article = (p: SimPosting, ctx: RecordContext): string =>
  `<article>\n<h2><a href="${escapeAttr(p.url)}">${escapeText(p.title)}</a></h2>\n<script type="application/ld+json">${scriptSafe(JSON.stringify(jobPosting(p, ctx)))}</script>\n</article>\n`;

const pageHead = (ctx: PageContext): string =>
  `<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>Nos offres d'emploi – ${escapeText(ctx.partner.label)} (page ${ctx.page})</title>\n</head>\n<body>\n<h1>Nos offres d'emploi</h1>\n`;

const pageTail = (ctx: PageContext): string =>
  `${ctx.next ? `<a rel="next" href="${ctx.next}">Page suivante</a>\n` : ""}</body>\n</html>\n`;

const arraySpec: DocumentSpec = {
  file: "feed.json",
  head: () => "[\n",
  record: (p, ctx) => JSON.stringify(jobPosting(p, ctx)),
  separator: ",\n",
  tail: () => "\n]\n",
};

/** Whether a partner publishes HTML pages rather than a JSON array: employers' career sites do. */
export const publishesHtml = (partner: SimPartner): boolean => partner.kind === "employer";

const writeArray = documentWriter(arraySpec);
const writePages = pagedWriter({
  pageSize: () => 100,
  fileName: (page) => pageName(page, "html"),
  head: pageHead,
  record: article,
  tail: pageTail,
});

export const writeJsonLd: SnapshotWriter = (partner, postings, folder) =>
  publishesHtml(partner) ? writePages(partner, postings, folder) : writeArray(partner, postings, folder);
