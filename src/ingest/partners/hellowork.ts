/** Hellowork multiposting XML (<root> of <job>), an Indeed-style feed with French extras. */
import type { PartnerMapping } from "../mapping-types.js";
import { GEOLOC, WORKING_TIME_EN } from "./tables.js";

/** Hellowork's qualification codes, in the words of its newer feed. */
const QUALIFICATION: Record<string, string> = {
  "RJ/Qualif/BEP_CAP": "BEP/CAP",
  "RJ/Qualif/Employe_Operateur": "Employé/Opérateur/Ouvrier Spe/Bac",
  "RJ/Qualif/Technicien": "Technicien/Employé Bac +2",
  "RJ/Qualif/Technicien_B2": "Technicien/Employé Bac +2",
  "RJ/Qualif/Agent_maitrise": "Agent de maîtrise/Bac +3/4",
  "RJ/Qualif/Agent_maitrise_B3": "Agent de maîtrise/Bac +3/4",
  "RJ/Qualif/Ingenieur": "Ingénieur/Cadre/Bac +5",
  "RJ/Qualif/Ingenieur_B5": "Ingénieur/Cadre/Bac +5",
  "RJ/Qualif/Cadre_dirigeant": "Cadre dirigeant",
};

export const hellowork: PartnerMapping = {
  slug: "hellowork",
  label: "Hellowork",
  format: "xml",
  records: "job",
  dateFormat: "YYYY-MM-DD HH:mm:ss",
  values: {
    qualification: QUALIFICATION,
    experience: { Sup_7: "Plus de 7 ans", "1_7": "1 à 7 ans" },
    remote: {
      Complet: "Télétravail complet",
      Partiel: "Télétravail partiel",
      Occasionnel: "Télétravail occasionnel",
      Pas_teletravail: "Pas de télétravail",
    },
    workingTime: WORKING_TIME_EN,
  },
  fields: {
    reference: { first: ["guid", "job_id"] },
    title: "title",
    url: "url",
    description: {
      join: [
        "description",
        { label: "Profil recherché", value: "profile" },
        { label: "Avantages", value: "benefits" },
      ],
    },
    "employer.name": "company_title",
    "employer.siret": "siret",
    "employer.description": "company_description",
    "location.address": "address",
    "location.city": "city",
    "location.postalCode": "postal_code",
    "location.departement": "department",
    "location.region": "region",
    "location.country": "country",
    "location.lat": { path: "geoloc", match: GEOLOC, group: 1, replace: [",", "."] },
    "location.lon": { path: "geoloc", match: GEOLOC, group: 2, replace: [",", "."] },
    "location.remote": "remote",
    "contract.type": "contract",
    "contract.duration": "contract_period_value",
    "contract.durationUnit": "contract_period_unit",
    "contract.workingTime": "job_time",
    "salary.text": "salary",
    "rome.code": "code_rome",
    "rome.appellationCode": "ogr_id",
    experience: "experience",
    qualification: "qualification",
    publishedAt: "publication_date",
    updatedAt: "updated_date",
  },
};
