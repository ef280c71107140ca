/** Engagement Jeunes JSON: a root array of apprenticeship offers. */
import type { PartnerMapping } from "../mapping-types.js";

export const engagementJeunes: PartnerMapping = {
  slug: "engagement-jeunes",
  label: "Engagement Jeunes",
  format: "json",
  dateFormat: "YYYY-MM-DD",
  employersShowName: true,
  values: {
    workingTime: { true: "Temps partiel", false: "Temps plein" },
  },
  fields: {
    // `reference` is the employer's own reference; `id` is unique on the platform.
    reference: "id",
    title: "title",
    url: "application_url",
    description: {
      join: [
        { label: "Missions", value: "mission" },
        { label: "Profil recherché", value: "profil" },
      ],
    },
    "employer.name": "societe",
    "employer.description": "description_societe",
    "location.city": "location_ville",
    "location.postalCode": "location_cp",
    "location.departement": "location_departement_code",
    "location.country": "location_pays_code",
    "contract.type": "contrat",
    "contract.duration": "duree_contrat",
    "contract.durationUnit": "duree_contrat_unit",
    "contract.workingTime": "temps_partiel",
    publishedAt: "creation_date",
  },
};
