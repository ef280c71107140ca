/**
 * leboncoin CSV (comma-separated, every field quoted), read by the `leboncoin` mapping. The
 * contract and working time exist only in the description's "Résumé" line ("<title>, <postal
 * code> <town>, <contract>, Temps plein."), where the postal code loses its leading zero as on
 * the site. No dates, no pay, no coordinates.
 */
import type { SimPosting } from "../types.js";
import { workingTimeFr } from "./contract.js";
import type { DocumentSpec } from "./document.js";
import { regionOf } from "./places.js";
import { htmlToText } from "./text.js";

const COLUMNS = [
  "redirection",
  "ville",
  "entreprise",
  "description",
  "titre",
  "identifiant",
  "région",
  "code postal",
];

const QUOTE = /"/g;
/** A quoted CSV field. */
export const quoted = (value: string | null | undefined): string =>
  `"${value ? value.replace(QUOTE, '""') : ""}"`;

const summary = (p: SimPosting): string => {
  const place = [p.location.postalCode?.replace(/^0/, ""), p.location.city?.replace(/-/g, " ")]
    .filter(Boolean)
    .join(" ");
  return `Résumé\n${p.title}, ${place}, ${p.contract.type}, ${workingTimeFr(p.contract)}.`;
};

const record = (p: SimPosting): string =>
  `${[
    p.url,
    p.location.city,
    p.employer.name,
    `${summary(p)}\n\nDescription du poste\n${htmlToText(p.descriptionHtml)}`,
    p.title,
    p.reference,
    regionOf(p.location),
    p.location.postalCode,
  ]
    .map(quoted)
    .join(",")}\n`;

export const leboncoinSpec: DocumentSpec = {
  file: "feed.csv",
  head: () => `${COLUMNS.map(quoted).join(",")}\n`,
  record,
  tail: () => "",
};
