/** Hellowork's ATS feed (<jobs> of <job>): Hellowork's fields plus ROME/OGR codes and a structured salary. */
import type { PartnerMapping } from "../mapping-types.js";
import { hellowork } from "./hellowork.js";

export const helloworkBuddi: PartnerMapping = {
  ...hellowork,
  slug: "hellowork-buddi",
  label: "Hellowork (ATS)",
  fields: {
    ...hellowork.fields,
    reference: { first: ["reference", "job_id"] },
    "salary.min": "salary_details.salary_min.amount",
    "salary.max": "salary_details.salary_max.amount",
    "salary.currency": {
      first: ["salary_details.salary_min.currencyCode", "salary_details.salary_max.currencyCode"],
    },
    "salary.period": "salary_details.period",
  },
};
