/** Kelio / TalentView XML: <source> with a publisher header, then <jobs> of <job>. */
import type { PartnerMapping } from "../mapping-types.js";
import { WORKING_TIME_EN } from "./tables.js";

export const kelio: PartnerMapping = {
  slug: "kelio",
  label: "Kelio (TalentView)",
  format: "xml",
  records: "jobs/job",
  dateFormat: "YYYY-MM-DD HH:mm:ss Z",
  values: {
    contractType: { Alternating: "Alternance" },
    workingTime: WORKING_TIME_EN,
  },
  fields: {
    reference: "id",
    title: "name",
    url: "url",
    description: {
      join: [
        { first: ["html_description", "description"] },
        { label: "Profil recherché", value: { first: ["html_profile", "profile"] } },
      ],
      html: true,
    },
    "employer.name": "company.name",
    "employer.description": "company.company_description",
    "location.address": { join: ["address.street_number", "address.street"], separator: " " },
    "location.city": "address.city",
    "location.postalCode": "address.postal_code",
    "location.country": "address.country",
    "location.lat": "address.latitude",
    "location.lon": "address.longitude",
    "location.remote": "remote_level",
    "contract.type": "job_type",
    "contract.duration": { path: "contract_duration", template: "{} mois" },
    "contract.workingTime": "working_time",
    "salary.min": "salary.min",
    "salary.max": "salary.max",
    "salary.currency": "salary.currency",
    publishedAt: "created_at",
    updatedAt: "last_activation_at",
  },
};
