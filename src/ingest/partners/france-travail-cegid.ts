/**
 * France Travail's own recruitment (Cegid / TalentSoft API): a JSON array of offers, or a single
 * offer object; both read with this mapping. The "country" list holds the regional directorate
 * ("DR Ile-de-France"), the "region" list the département, the "department" list the agency.
 */
import type { PartnerMapping } from "../mapping-types.js";
import { DEPARTEMENT_IN_PARENS } from "./tables.js";

export const franceTravailCegid: PartnerMapping = {
  slug: "france-travail-cegid",
  label: "France Travail (recrutement interne)",
  format: "json",
  dateFormat: "iso",
  employersShowName: true,
  fields: {
    reference: "reference",
    title: "title",
    url: "offerUrl",
    description: {
      join: [
        { label: "Descriptif du poste", value: { first: ["description1Formatted", "description1"] } },
        { label: "Profil recherché", value: { first: ["description2Formatted", "description2"] } },
      ],
      html: true,
    },
    "employer.name": { const: "France Travail" },
    "employer.description": "organisationDescription",
    "location.label": { first: ["department.label", "region.label"] },
    "location.departement": { path: "region.label", match: DEPARTEMENT_IN_PARENS },
    "location.region": { path: "country.label", replace: ["^DR\\s+", ""] },
    "location.lat": "latitude",
    "location.lon": "longitude",
    "contract.type": "contractType.label",
    // "12_mois" -> "12 mois"
    "contract.duration": {
      path: "details.customFields.offerCustomBlock4.customCodeTable2.clientCode",
      replace: ["^(\\d+)_(\\w+)$", "$1 $2"],
    },
    "salary.text": "salaryRange.label",
    publishedAt: "startPublicationDate",
    updatedAt: "modificationDate",
  },
};
