/**
 * TalentSoft ATS export (<offers> of <offer>) of EDF and Enedis, read by the `edf` and `enedis`
 * mappings: plain-text description, the group company in `salaryRange`, département as
 * "Rhône (69)", pay wording in applicantCriteria's `list1`. No postal code nor coordinates.
 */
import type { SimPosting } from "../types.js";
import { type ContractKind, contractKind } from "./contract.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementLabel, regionOf } from "./places.js";
import { htmlToText } from "./text.js";
import { el, escapeText } from "./xml.js";

const CLIENT_CODES: Partial<Record<ContractKind, string>> = {
  cdi: "Permanent",
  cdd: "CONTRAT_CDD",
  apprenticeship: "CONTRAT_ALTERNANCE",
  professionalisation: "CONTRAT_ALTERNANCE",
  internship: "CONTRAT_STAGE",
};

const months = (value: number | null): string => (value === null ? "" : String(Math.round(value)));

const record = (p: SimPosting, ctx: RecordContext): string => {
  const text = htmlToText(p.descriptionHtml);
  const contractCode = CLIENT_CODES[contractKind(p.contract.type)] ?? "CONTRAT_AUTRE";
  return `
  <offer>
    ${el("id", ctx.index + 100001)}
    ${el("reference", p.reference)}
    <entityDescription />
    <origin />
    ${el("creationDate", ctx.date(p.publishedAt))}
    ${el("modificationDate", ctx.date(p.updatedAt ?? p.publishedAt))}
    <beginningDate />
    ${el("directUrl", p.url)}
    <UrlRedirectionApplicant />
    <jobDescription>
      ${el("description", text)}
      ${el("title", p.title)}
      <country id="79" clientcode="_TS_CO_Country_France">France</country>
      ${p.employer.name ? `<salaryRange id="33360" clientcode="_TS_SOCIETE">${escapeText(p.employer.name)}</salaryRange>` : "<salaryRange />"}
      ${el("contract", p.contract.type, { id: "34948", clientcode: contractCode })}
      ${el("contractLength", months(p.contract.durationMonths))}
      <location>
        ${el("jobLocation", p.location.city)}
        <countries>
          <country id="79" clientcode="_TS_CO_Country_France">France</country>
        </countries>
        <regions>
          ${el("region", regionOf(p.location))}
        </regions>
        <departements>
          ${el("departement", departementLabel(p.location))}
        </departements>
      </location>
    </jobDescription>
    <applicantCriteria>
      ${el("experienceLevel", p.experience)}
      <country id="79" clientcode="_TS_CO_Country_France">France</country>
      <customFields>
        ${el("list1", p.salary?.text, { clientcode: "_TS_salary", label: "Rémunération" })}
      </customFields>
    </applicantCriteria>
  </offer>`;
};

export const talentsoftSpec: DocumentSpec = {
  file: "feed.xml",
  head: () => `<?xml version="1.0" encoding="utf-8"?>\n<offers>`,
  record,
  tail: () => "\n</offers>\n",
};
