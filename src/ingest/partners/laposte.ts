/** La Poste (Broadbean export): <offres> of <offre>, hyphenated French element names. */
import type { PartnerMapping } from "../mapping-types.js";
import { DEPARTEMENT_IN_PARENS } from "./tables.js";

/** "0" stands for "not given" in remuneration-brute-annuelle. */
const ANNUAL_PAY = { path: "remuneration-brute-annuelle", values: { "0": "" } };

export const laposte: PartnerMapping = {
  slug: "laposte",
  label: "La Poste",
  format: "xml",
  records: "offre",
  dateFormat: "DD-MM-YYYY HH:mm:ss",
  employersShowName: true,
  fields: {
    reference: "reference",
    title: "intitule-du-poste",
    url: "url-de-l-offre",
    description: {
      join: [
        { label: "Contexte", value: "contexte" },
        { label: "Missions", value: "description-de-la-mission" },
        { label: "Profil recherché", value: { first: ["profil-candidat", "profil-recherche"] } },
        { label: "Formation et expérience", value: "formation-et-experience" },
      ],
    },
    "employer.name": { first: ["company", { const: "La Poste" }] },
    // localite: "83126 LA SEYNE SUR MER", the INSEE code of the commune and its name.
    "location.label": "localite",
    "location.commune": { path: "localite", match: "^(\\d[\\dAB]\\d{3})\\b" },
    "location.city": "localisation-du-poste",
    "location.departement": {
      first: [{ path: "departement-du-poste", match: DEPARTEMENT_IN_PARENS }, "departement-du-poste"],
    },
    "location.region": "region-du-poste",
    "location.lat": "latitude",
    "location.lon": "longitude",
    "location.remote": "teletravail",
    "contract.type": "type-de-contrat",
    "contract.duration": { path: "duree-du-contrat", template: "{} mois" },
    "contract.weeklyHours": "temps-de-travail-hebdomadaire",
    "salary.text": { ...ANNUAL_PAY, template: "{} € brut par an" },
    "salary.min": ANNUAL_PAY,
    "salary.period": { ...ANNUAL_PAY, template: "year" },
    experience: "nombre-d-annees-d-experience-total",
    updatedAt: "date-de-mise-a-jour",
  },
};
