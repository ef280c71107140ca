/** Enedis (TalentSoft ATS export, the same schema as EDF's). */
import type { PartnerMapping } from "../mapping-types.js";
import { talentsoftFields } from "./talentsoft.js";

export const enedis: PartnerMapping = {
  slug: "enedis",
  label: "Enedis",
  format: "xml",
  records: "offer",
  dateFormat: "YYYYMMDD",
  employersShowName: true,
  fields: {
    ...talentsoftFields,
    "employer.name": { first: ["jobDescription.salaryRange", { const: "Enedis" }] },
  },
};
