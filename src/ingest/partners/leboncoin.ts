/**
 * leboncoin CSV: redirection, ville, entreprise, description, titre, identifiant, région, code
 * postal. The contract and working time are only in the description's "Résumé" line:
 * "<title>, <postal code> <city>, <contract>, Temps plein."
 */
import type { PartnerMapping } from "../mapping-types.js";

const SUMMARY = "^\\s*Résumé\\s*\\r?\\n[^\\n]*?, \\d{4,5} [^,\\n]+, ([^\\n]+?), (Temps [^,.\\n]+)";

export const leboncoin: PartnerMapping = {
  slug: "leboncoin",
  label: "leboncoin",
  format: "csv",
  undated: true,
  fields: {
    reference: "identifiant",
    title: "titre",
    url: "redirection",
    description: "description",
    "employer.name": "entreprise",
    "location.city": "ville",
    "location.postalCode": "code postal",
    "location.region": "région",
    "contract.type": { path: "description", match: SUMMARY, group: 1 },
    "contract.workingTime": { path: "description", match: SUMMARY, group: 2 },
  },
};
