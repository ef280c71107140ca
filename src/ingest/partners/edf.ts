/** EDF group (TalentSoft ATS export); the group company of each offer is in `salaryRange`. */
import type { PartnerMapping } from "../mapping-types.js";
import { talentsoftFields } from "./talentsoft.js";

export const edf: PartnerMapping = {
  slug: "edf",
  label: "EDF",
  format: "xml",
  records: "offer",
  dateFormat: "YYYYMMDD",
  employersShowName: true,
  fields: {
    ...talentsoftFields,
    "employer.name": { first: ["jobDescription.salaryRange", { const: "EDF" }] },
  },
};
