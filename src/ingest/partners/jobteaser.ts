/** JobTeaser XML (<jobs> of <job>), with nested job_details, job_dates, job_locations, company. */
import type { PartnerMapping } from "../mapping-types.js";

export const jobteaser: PartnerMapping = {
  slug: "jobteaser",
  label: "JobTeaser",
  format: "xml",
  records: "job",
  dateFormat: "YYYY-MM-DD HH:mm:ss.SSS",
  values: {
    contractType: { Apprenticeship: "Apprentissage", Internship: "Stage" },
    remote: { "Not specified": "" },
  },
  fields: {
    reference: "id",
    title: "job_details.title",
    url: "job_details.url",
    description: "job_details.description",
    "employer.name": "company.company_name",
    "location.city": "job_locations.location_city",
    "location.departement": "job_locations.location_sub_state",
    "location.region": "job_locations.location_state",
    "location.country": "job_locations.location_country_code",
    "location.remote": "job_details.remote_type",
    "contract.type": "job_details.contract_type",
    publishedAt: "job_dates.first_activated_at",
  },
};
