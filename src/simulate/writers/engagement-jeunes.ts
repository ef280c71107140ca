/**
 * Engagement Jeunes JSON (a root array), read by the `engagement-jeunes` mapping: plain-text
 * mission, `temps_partiel` as a boolean, duration with its unit, département name in upper case.
 * The feed carries no pay, no coordinates and no other date than the creation date.
 */
import type { SimPosting } from "../types.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementOf } from "./places.js";
import { hash32, htmlToText } from "./text.js";

const offer = (p: SimPosting, ctx: RecordContext) => {
  const departement = departementOf(p.location);
  return {
    id: p.reference,
    creation_date: ctx.date(p.publishedAt),
    title: p.title,
    mission: htmlToText(p.descriptionHtml),
    profil: null,
    // The employer's own reference, unlike `id`.
    reference: `REF${(hash32(p.reference) % 100000).toString(36).toUpperCase()}`,
    contrat: p.contract.type,
    temps_partiel: p.contract.workingTime === "part_time",
    niveau_diplome: null,
    societe: p.employer.name,
    description_societe: null,
    location_pays: "France",
    location_pays_code: "FR",
    location_departement: departement.name?.toUpperCase() ?? null,
    location_departement_code: departement.code,
    location_ville: p.location.city,
    location_cp: p.location.postalCode,
    duree_contrat: p.contract.durationMonths === null ? null : Math.round(p.contract.durationMonths),
    duree_contrat_unit: p.contract.durationMonths === null ? null : "months",
    application_url: p.url,
  };
};

export const engagementJeunesSpec: DocumentSpec = {
  file: "feed.json",
  head: () => "[\n",
  record: (p, ctx) => JSON.stringify(offer(p, ctx)),
  separator: ",\n",
  tail: () => "\n]\n",
};
