/**
 * Decathlon / Digital Recruiters JSON (`{ version, fetched_at, ads: [...], count }`), read by the
 * `decathlon` mapping. Pay is structured only (min, max, kind "Horaire" | "Mensuel" | "Annuel"):
 * the feed has no salary text. `count` follows the ads since the writer streams them.
 */
import type { SimPosting } from "../types.js";
import { workingTimeFr } from "./contract.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementOf, regionOf } from "./places.js";

const KINDS = { hour: "Horaire", month: "Mensuel", year: "Annuel" } as const;

const formatted = (p: SimPosting): string =>
  [p.location.postalCode, p.location.city].filter(Boolean).join(" ") + (p.location.city ? ", France" : "");

const ad = (p: SimPosting, ctx: RecordContext) => {
  const address = {
    parts: {
      street: null,
      zip: p.location.postalCode,
      city: p.location.city,
      county: departementOf(p.location).name,
      state: regionOf(p.location),
      country: "France",
    },
    formatted: formatted(p),
    position: p.location.lat === null ? null : { lon: p.location.lon, lat: p.location.lat },
  };
  return {
    locale: "fr_FR",
    reference: p.reference,
    published_at: ctx.date(p.publishedAt),
    catch_phrase: "",
    contract_type: p.contract.type,
    contract_duration: { min: p.contract.durationMonths, max: null },
    contract_work_period: workingTimeFr(p.contract),
    experience_level: p.experience ?? "",
    title: p.title,
    description: p.descriptionHtml,
    profile: "",
    salary: {
      min: p.salary?.min ?? null,
      max: p.salary?.max ?? null,
      kind: p.salary?.period ? KINDS[p.salary.period] : "",
      rate_type: "Brut",
      variable: "",
      currency: "EUR",
    },
    apply_url: p.url,
    address,
    brand: p.employer.name ? { name: p.employer.name, description: p.employer.name } : null,
  };
};

export const decathlonSpec: DocumentSpec = {
  file: "feed.json",
  head: () => `{"version":"1.0.1","spontaneousApplyUrl":null,"ads":[\n`,
  record: (p, ctx) => JSON.stringify(ad(p, ctx)),
  separator: ",\n",
  tail: (_partner, summary) =>
    `\n],"fetched_at":${JSON.stringify(summary.latest?.toISOString() ?? null)},"count":${summary.count}}\n`,
};
