/**
 * La Poste / Broadbean XML (<offres> of <offre>, hyphenated French names), read by the `laposte`
 * mapping: `localite` = INSEE code + town in upper case, département as "Var (83)", plain-text
 * parts, annual gross pay as a bare number ("0" when not given). No postal code, no pay wording
 * (the mapping writes "N € brut par an"), only the update date.
 */
import type { SimPosting } from "../types.js";
import { remoteFr } from "./contract.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementLabel, regionOf } from "./places.js";
import { htmlToText } from "./text.js";
import { cdata, el } from "./xml.js";

const PER_YEAR = { hour: 1607, month: 12, year: 1 } as const;

/** Annual gross pay from the posting's lower bound, "0" when it cannot be told. */
const annualPay = (salary: SimPosting["salary"]): string => {
  const amount = salary?.min ?? salary?.max ?? null;
  if (amount === null || !salary?.period) return "0";
  return String(Math.round(amount * PER_YEAR[salary.period]));
};

const localite = (p: SimPosting): string =>
  [p.location.commune, p.location.city?.toUpperCase().replace(/[-']/g, " ")].filter(Boolean).join(" ");

const record = (p: SimPosting, ctx: RecordContext): string => `
<offre>
${el("intitule-du-poste", p.title)}
${el("reference", p.reference)}
${el("date-de-mise-a-jour", ctx.date(p.updatedAt ?? p.publishedAt))}
${el("type-de-contrat", p.contract.type)}
${el("duree-du-contrat", p.contract.durationMonths === null ? "" : Math.round(p.contract.durationMonths))}
${el("company", p.employer.name)}
${el("region-du-poste", regionOf(p.location))}
${el("departement-du-poste", departementLabel(p.location))}
${el("localisation-du-poste", p.location.city)}
${el("localite", localite(p))}
${el("longitude", p.location.lon)}
${el("latitude", p.location.lat)}
<description-de-la-mission>
${cdata(` ${htmlToText(p.descriptionHtml)} `)}
</description-de-la-mission>
${el("url-de-l-offre", p.url)}
${el("nombre-d-annees-d-experience-total", p.experience)}
${el("remuneration-brute-annuelle", annualPay(p.salary))}
${el("temps-de-travail-hebdomadaire", p.contract.weeklyHours)}
${el("teletravail", remoteFr(p.location.remote))}
<Broadbean/>
</offre>`;

export const laposteSpec: DocumentSpec = {
  file: "feed.xml",
  head: () => "<offres>",
  record,
  tail: () => "\n</offres>\n",
};
