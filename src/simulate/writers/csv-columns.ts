/**
 * Column names of the partner-specific CSV feeds: for each value, the names French exports use
 * for it. Each partner picks one name per value (from a hash of its slug), so two CSV partners
 * rarely share a header, and each gets its own mapping file. No name holds "." or "[".
 */
import type { RawPostingField } from "../../ingest/mapping-types.js";

export interface CsvColumn {
  /** The RawPosting field the column feeds. */
  field: RawPostingField;
  names: readonly string[];
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { field: "reference", names: ["référence", "ref_annonce", "identifiant", "n° offre", "id_offre"] },
  { field: "title", names: ["intitulé", "titre du poste", "poste", "libellé de l'offre"] },
  { field: "url", names: ["lien", "url annonce", "adresse web", "lien vers l'offre"] },
  { field: "description", names: ["description", "descriptif", "texte de l'annonce", "détail du poste"] },
  { field: "employer.name", names: ["entreprise", "raison sociale", "employeur", "société"] },
  { field: "employer.siret", names: ["siret", "n° siret", "siret établissement"] },
  { field: "location.city", names: ["ville", "commune", "localité", "lieu de travail"] },
  { field: "location.postalCode", names: ["code postal", "cp", "code_postal"] },
  { field: "location.commune", names: ["code insee", "code commune", "insee"] },
  { field: "location.departement", names: ["département", "dept", "n° département"] },
  { field: "location.region", names: ["région", "region"] },
  { field: "location.lat", names: ["latitude", "lat"] },
  { field: "location.lon", names: ["longitude", "lng"] },
  { field: "location.remote", names: ["télétravail", "travail à distance"] },
  { field: "contract.type", names: ["type de contrat", "contrat", "nature du contrat"] },
  { field: "contract.duration", names: ["durée (mois)", "durée du contrat en mois", "nb mois"] },
  { field: "contract.workingTime", names: ["temps de travail", "horaires", "durée du travail"] },
  { field: "contract.weeklyHours", names: ["heures hebdo", "durée hebdomadaire", "nb heures semaine"] },
  { field: "salary.text", names: ["salaire", "rémunération", "salaire affiché"] },
  { field: "salary.min", names: ["salaire min", "rémunération minimale", "fourchette basse"] },
  { field: "salary.max", names: ["salaire max", "rémunération maximale", "fourchette haute"] },
  { field: "salary.period", names: ["période salaire", "unité de salaire", "base de rémunération"] },
  { field: "rome.code", names: ["code rome", "rome", "code métier rome"] },
  { field: "experience", names: ["expérience", "expérience requise", "niveau d'expérience"] },
  { field: "publishedAt", names: ["date de publication", "publiée le", "date_publication"] },
  { field: "updatedAt", names: ["date de mise à jour", "modifiée le", "date_maj"] },
  { field: "expiresAt", names: ["date d'expiration", "date limite", "fin de diffusion"] },
];
