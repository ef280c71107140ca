/**
 * Hellowork multiposting XML (<root> of <job>) and its ATS variant "Buddi" (<jobs> of <job>), read
 * by the `hellowork` and `hellowork-buddi` mappings: every value in CDATA, plain-text description,
 * geoloc "lat,lon", Hellowork's remote codes, English working time. The ATS variant adds the ROME
 * and OGR codes and a structured salary (`salary_details`, amounts with decimal commas).
 */
import type { SimPosting } from "../types.js";
import { workingTimeEn } from "./contract.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementOf, regionOf } from "./places.js";
import { frenchDecimal, hash32, htmlToText } from "./text.js";
import { cel } from "./xml.js";

const REMOTE = { full: "Complet", hybrid: "Partiel", none: "Pas_teletravail" } as const;
const PERIODS = { hour: "HOURLY", month: "MONTHLY", year: "YEARLY" } as const;

const salaryDetails = (salary: SimPosting["salary"]): string => {
  if (!salary || (salary.min === null && salary.max === null)) return "<salary_details />";
  const amount = (name: string, value: number | null) =>
    value === null
      ? ""
      : `\n    <${name}>\n      ${cel("amount", frenchDecimal(value))}\n      ${cel("currencyCode", "EUR")}\n    </${name}>`;
  return `<salary_details>${amount("salary_max", salary.max)}${amount("salary_min", salary.min)}
    ${cel("period", salary.period ? PERIODS[salary.period] : "")}
  </salary_details>`;
};

const job = (p: SimPosting, ctx: RecordContext, ats: boolean): string => {
  const { name: departement } = departementOf(p.location);
  const geoloc =
    p.location.lat === null || p.location.lon === null ? "" : `${p.location.lat},${p.location.lon}`;
  const months = p.contract.durationMonths === null ? "" : String(Math.round(p.contract.durationMonths));
  const atsOnly = ats
    ? `
  ${cel("reference", p.reference)}
  ${salaryDetails(p.salary)}
  ${cel("code_rome", p.rome.code)}
  ${cel("ogr_id", p.rome.appellationCode)}`
    : "";
  return `
<job>
  ${cel("job_id", String(hash32(p.reference) % 100_000_000))}
  ${cel("guid", ats ? "" : p.reference)}${atsOnly}
  ${cel("cpc", "0,28")}
  ${cel("title", p.title)}
  ${cel("url", p.url)}
  ${cel("description", htmlToText(p.descriptionHtml))}
  <profile />
  <benefits />
  ${cel("salary", p.salary?.text)}
  <address />
  ${cel("city", p.location.city)}
  ${cel("geoloc", geoloc)}
  ${cel("region", regionOf(p.location)?.toUpperCase())}
  ${cel("department", departement?.toUpperCase())}
  ${cel("postal_code", p.location.postalCode)}
  ${cel("country", ats ? "France" : "FR")}
  ${cel("publication_date", ctx.date(p.publishedAt))}
  ${cel("updated_date", ctx.date(p.updatedAt))}
  ${cel("contract", p.contract.type)}
  ${cel("contract_period_value", months)}
  ${cel("contract_period_unit", months ? "Mois" : "")}
  <qualification />
  ${cel("experience", p.experience)}
  ${cel("job_time", workingTimeEn(p.contract))}
  ${cel("remote", p.location.remote ? REMOTE[p.location.remote] : "")}
  ${cel("company_title", p.employer.name)}
  ${cel("siret", p.employer.siret)}
  <naf_code />
  <csr_label />
</job>`;
};

export const helloworkSpec: DocumentSpec = {
  file: "feed.xml",
  head: () => `<?xml version="1.0" encoding="utf-8"?>\n<root>`,
  record: (p, ctx) => job(p, ctx, false),
  tail: () => "\n</root>\n",
};

export const helloworkBuddiSpec: DocumentSpec = {
  file: "feed.xml",
  head: () => `<?xml version="1.0" encoding="utf-8"?>\n<jobs>`,
  record: (p, ctx) => job(p, ctx, true),
  tail: () => "\n</jobs>\n",
};
