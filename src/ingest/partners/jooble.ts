/** Jooble affiliate XML (<jobs> of <job>): region {country, state, city}, salary {min, max, currency, rate}. */
import type { PartnerMapping } from "../mapping-types.js";
import { DEPARTEMENT_IN_PARENS } from "./tables.js";

export const jooble: PartnerMapping = {
  slug: "jooble",
  label: "Jooble",
  format: "xml",
  records: "job",
  dateFormat: "YYYY-MM-DD HH:mm:ss",
  fields: {
    reference: { first: ["referencenumber", "guid"] },
    title: "title",
    url: "url",
    description: "description",
    "employer.name": "company",
    // state: "Canton de Puteaux; Arrondissement de Nanterre; Hauts-de-Seine (92); Ile-de-France"
    "location.label": "region.city",
    "location.city": { path: "region.city", split: ",", index: 0 },
    "location.departement": { path: "region.state", match: DEPARTEMENT_IN_PARENS },
    "location.region": { path: "region.state", split: ";", index: -1 },
    "location.country": "region.country",
    "contract.type": "jobtype",
    "salary.min": "salary.min",
    "salary.max": "salary.max",
    "salary.currency": { first: ["salary.currency", "currency"] },
    "salary.period": "salary.rate",
    updatedAt: "date_updated",
    expiresAt: "date_expired",
  },
};
