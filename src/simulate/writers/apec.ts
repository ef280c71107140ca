/**
 * Apec export (<Export_offres> of <Offre_emploi>), read by the `apec` mapping. Apec places offers by
 * INSEE code and upper-case town name (no postal code), shows "A négocier" when no pay is given,
 * and gives durations in months. The <Export> block (export date = latest change) closes the file.
 */
import type { SimPosting } from "../types.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { cel, el } from "./xml.js";

const months = (value: number | null): string =>
  value === null ? "" : String(Math.max(1, Math.round(value)));

const record = (p: SimPosting, ctx: RecordContext): string => `
  <Offre_emploi>
    ${el("Reference_apec", p.reference)}
    ${el("Date_parution", ctx.date(p.publishedAt))}
    ${cel("Intitule", p.title)}
    <Oqa>Non</Oqa>
    <Nombre_postes>1</Nombre_postes>
    <Contrat>
      ${el("Type_contrat", p.contract.type)}
      ${el("Duree_contrat", months(p.contract.durationMonths))}
    </Contrat>
    <Statut>Cadre du secteur privé</Statut>
    ${el("Niveau_experience", p.experience)}
    ${cel("Salaire_affiche", p.salary?.text || "A négocier")}
    ${cel("Texte_offre", p.descriptionHtml)}
    ${cel("Reference_client", p.reference)}
    ${cel("Nom_entreprise", p.employer.name)}
    ${cel("URL", p.url)}
    <Lieu>
      ${el("COG_lieu", p.location.commune)}
      ${el("Libelle_lieu", p.location.city?.toUpperCase())}
    </Lieu>
  </Offre_emploi>`;

export const apecSpec: DocumentSpec = {
  file: "feed.xml",
  head: () => `<?xml version='1.0' encoding='UTF-8'?>\n<Export_offres>`,
  record,
  tail: (partner, summary) => `
  <Export>
    ${el("Partenaire", partner.label)}
    ${el("Date_export", summary.latest ? renderExportDate(summary.latest) : "")}
  </Export>
</Export_offres>
`,
};

/** Apec's own export timestamp layout (the offers' dates follow the partner's style). */
const renderExportDate = (date: Date): string => {
  const iso = date.toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 19)}`;
};
