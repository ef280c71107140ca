/**
 * Generic Indeed-style XML feed (<source> of <job>): referencenumber, title, url, company, city,
 * state, country, postalcode, description, salary, jobtype, date… The de-facto standard that
 * many job boards and ATS export; usable by any partner with `--format indeed-xml`.
 */
import type { PartnerMapping } from "../mapping-types.js";
import { WORKING_TIME_EN } from "./tables.js";

export const indeedXml: PartnerMapping = {
  slug: "indeed-xml",
  label: "Flux XML au format Indeed",
  format: "xml",
  records: "job",
  values: {
    // jobtype mixes contract and working time: "fulltime, internship".
    contractType: {
      fulltime: "",
      "full-time": "",
      parttime: "",
      "part-time": "",
      permanent: "CDI",
      contract: "Indépendant",
      temporary: "Travail temporaire",
      internship: "Stage",
      apprenticeship: "Apprentissage",
    },
  },
  fields: {
    reference: { first: ["referencenumber", "requisitionid", "@id", "id", "guid"] },
    title: "title",
    url: { first: ["url", "link"] },
    description: "description",
    "employer.name": { first: ["company", "sourcename"] },
    "employer.siret": "siret",
    "location.address": "streetaddress",
    "location.city": "city",
    "location.postalCode": { first: ["postalcode", "postal_code"] },
    "location.region": "state",
    "location.country": "country",
    "location.remote": "remotetype",
    "contract.type": { path: "jobtype", split: ",", all: true },
    "contract.workingTime": { path: "jobtype", split: ",", values: WORKING_TIME_EN, unlisted: "drop" },
    "salary.text": "salary",
    experience: "experience",
    publishedAt: "date",
    updatedAt: "lastactivitydate",
    expiresAt: "expirationdate",
  },
};
