/** Decathlon (Digital Recruiters) JSON: { count, version, ads: [...] }. */
import type { PartnerMapping } from "../mapping-types.js";

export const decathlon: PartnerMapping = {
  slug: "decathlon",
  label: "Decathlon",
  format: "json",
  records: "ads",
  dateFormat: "iso",
  employersShowName: true,
  fields: {
    reference: "reference",
    title: "title",
    url: "apply_url",
    description: {
      join: ["catch_phrase", "description", { label: "Profil recherché", value: "profile" }],
      html: true,
    },
    "employer.name": { first: ["brand.name", { const: "Decathlon" }] },
    "location.label": "address.formatted",
    "location.address": "address.parts.street",
    "location.city": "address.parts.city",
    "location.postalCode": "address.parts.zip",
    "location.departement": "address.parts.county",
    "location.region": "address.parts.state",
    "location.country": "address.parts.country",
    "location.lat": "address.position.lat",
    "location.lon": "address.position.lon",
    "contract.type": "contract_type",
    "contract.duration": {
      join: ["contract_duration.min", "contract_duration.max"],
      separator: " à ",
      template: "{} mois",
    },
    "contract.workingTime": "contract_work_period",
    "salary.min": "salary.min",
    "salary.max": "salary.max",
    "salary.currency": "salary.currency",
    "salary.period": "salary.kind",
    experience: "experience_level",
    publishedAt: "published_at",
  },
};
