/**
 * Generic schema.org JobPosting (JSON-LD): a JSON array, JSON Lines, or HTML pages embedding
 * `<script type="application/ld+json">`. Usable by any partner with `--format jsonld`.
 */
import type { PartnerMapping } from "../mapping-types.js";

const address = "jobLocation.address";
const salary = "baseSalary.value";

export const jsonLd: PartnerMapping = {
  slug: "jsonld",
  label: "schema.org JobPosting (JSON-LD)",
  format: "jsonld",
  dateFormat: "iso",
  values: {
    // Google's employmentType values are working times or contract kinds.
    contractType: {
      FULL_TIME: "",
      PART_TIME: "",
      CONTRACTOR: "Indépendant",
      TEMPORARY: "Travail temporaire",
      INTERN: "Stage",
      VOLUNTEER: "Bénévolat",
      PER_DIEM: "Vacation",
      OTHER: "",
    },
    remote: { TELECOMMUTE: "Télétravail complet" },
  },
  fields: {
    reference: { first: ["identifier.value", "identifier.@value", "identifier", "@id", "url"] },
    title: { first: ["title", "name"] },
    url: { first: ["url", "mainEntityOfPage.@id", "mainEntityOfPage"] },
    description: "description",
    "employer.name": { first: ["hiringOrganization.name", "hiringOrganization"] },
    "employer.siret": "hiringOrganization.taxID",
    "employer.description": { first: ["employerOverview", "hiringOrganization.description"] },
    "location.label": "jobLocation.name",
    "location.address": `${address}.streetAddress`,
    "location.city": `${address}.addressLocality`,
    "location.postalCode": `${address}.postalCode`,
    "location.region": `${address}.addressRegion`,
    "location.country": { first: [`${address}.addressCountry.name`, `${address}.addressCountry`] },
    "location.lat": "jobLocation.geo.latitude",
    "location.lon": "jobLocation.geo.longitude",
    "location.remote": "jobLocationType",
    "contract.type": { path: "employmentType", all: true },
    "contract.workingTime": {
      path: "employmentType",
      values: { FULL_TIME: "Temps plein", PART_TIME: "Temps partiel" },
      unlisted: "drop",
    },
    "contract.weeklyHours": "workHours",
    "salary.text": "baseSalary",
    "salary.min": { first: [`${salary}.minValue`, `${salary}.value`, salary] },
    "salary.max": `${salary}.maxValue`,
    "salary.currency": { first: ["baseSalary.currency", "salaryCurrency"] },
    "salary.period": `${salary}.unitText`,
    "rome.code": { path: "occupationalCategory", match: "\\b([A-N]\\d{4})\\b" },
    experience: {
      first: [
        { path: "experienceRequirements.monthsOfExperience", template: "{} mois" },
        "experienceRequirements",
      ],
    },
    publishedAt: "datePosted",
    updatedAt: "dateModified",
    expiresAt: "validThrough",
  },
};
