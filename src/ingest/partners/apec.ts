/** Apec (cadres) XML export: <Export_offres> of <Offre_emploi>, French element names. */
import type { PartnerMapping } from "../mapping-types.js";

export const apec: PartnerMapping = {
  slug: "apec",
  label: "Apec",
  format: "xml",
  records: "Offre_emploi",
  dateFormat: "DD/MM/YYYY HH:mm:ss",
  fields: {
    reference: "Reference_apec",
    title: "Intitule",
    url: "URL",
    description: "Texte_offre",
    "employer.name": "Nom_entreprise",
    // COG_lieu is the INSEE code of the commune (arrondissement code for Paris: 75101).
    "location.commune": "Lieu.COG_lieu",
    "location.city": "Lieu.Libelle_lieu",
    "contract.type": "Contrat.Type_contrat",
    "contract.duration": { path: "Contrat.Duree_contrat", template: "{} mois" },
    "salary.text": "Salaire_affiche",
    experience: "Niveau_experience",
    // "Cadre du secteur privé", "Agent de maîtrise / Technicien": the job's status.
    qualification: "Statut",
    publishedAt: "Date_parution",
  },
};
