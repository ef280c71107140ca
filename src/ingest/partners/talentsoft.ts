/**
 * Fields shared by the TalentSoft / Cegid ATS XML exports (<offers> of <offer>) of EDF and
 * Enedis: same schema, the company name in `salaryRange` ("société"), dates as YYYYMMDD.
 */
import type { PartnerMapping } from "../mapping-types.js";
import { DEPARTEMENT_IN_PARENS } from "./tables.js";

const job = "jobDescription";
const place = `${job}.location`;

export const talentsoftFields: PartnerMapping["fields"] = {
  reference: "reference",
  title: `${job}.title`,
  url: { first: ["directUrl", "UrlRedirectionApplicant"] },
  description: {
    join: [
      `${job}.description`,
      {
        label: "Missions",
        value: { first: [`${job}.missionDescriptionFormatted`, `${job}.missionDescription`] },
      },
      {
        label: "Profil recherché",
        value: { first: [`${job}.applicantProfileFormatted`, `${job}.applicantProfile`] },
      },
      {
        label: "Rémunération et avantages",
        value: { first: [`${job}.customFields.LongText1Formatted`, `${job}.customFields.LongText1`] },
      },
    ],
    html: true,
  },
  "employer.description": "entityDescription",
  "location.city": `${place}.jobLocation`,
  "location.departement": {
    first: [
      { path: `${place}.departements.departement`, match: DEPARTEMENT_IN_PARENS },
      `${place}.departements.departement`,
    ],
  },
  "location.region": `${place}.regions.region`,
  "location.country": { first: [`${place}.countries.country`, `${job}.country`] },
  "contract.type": `${job}.contract`,
  "contract.duration": {
    first: [
      { path: `${job}.contractLength`, template: "{} mois" },
      { path: `${job}.applicantProfile`, match: "Durée du contrat\\s*:\\s*([^\\n]+)" },
    ],
  },
  "salary.text": "applicantCriteria.customFields.list1",
  experience: "applicantCriteria.experienceLevel",
  publishedAt: "creationDate",
  updatedAt: "modificationDate",
};
