/**
 * JobTeaser XML (<jobs> of <job>, nested job_details, job_dates, job_locations, company), read by
 * the `jobteaser` mapping: English contract and remote values, lower-case country, SIREN rather
 * than SIRET. No postal code, no pay, no update date.
 */
import type { SimPosting } from "../types.js";
import { type ContractVocabulary, contractWord } from "./contract.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementOf, regionOf } from "./places.js";
import { cel } from "./xml.js";

const CONTRACTS: ContractVocabulary = {
  cdi: "Permanent",
  cdd: "Fixed-term",
  interim: "Temporary",
  seasonal: "Seasonal",
  apprenticeship: "Apprenticeship",
  professionalisation: "Apprenticeship",
  internship: "Internship",
  freelance: "Freelance",
};
const REMOTE = { full: "Full remote", hybrid: "Hybrid remote", none: "No remote" } as const;

const record = (p: SimPosting, ctx: RecordContext): string => `
    <job>
        ${cel("id", p.reference)}
        <job_details>
            ${cel("title", p.title)}
            ${cel("description", p.descriptionHtml)}
            ${cel("url", p.url)}
            ${cel("contract_type", contractWord(p.contract, CONTRACTS))}
            ${cel("remote_type", p.location.remote ? REMOTE[p.location.remote] : "Not specified")}
        </job_details>
        <job_dates>
            <start_date><![CDATA[]]></start_date>
            ${cel("first_activated_at", ctx.date(p.publishedAt))}
        </job_dates>
        <job_locations>
            ${cel("location_country_name", "france")}
            ${cel("location_country_code", "fr")}
            ${cel("location_state", regionOf(p.location))}
            ${cel("location_sub_state", departementOf(p.location).name)}
            ${cel("location_city", p.location.city)}
        </job_locations>
        <company>
            ${cel("company_name", p.employer.name)}
            ${cel("company_siren", p.employer.siret?.slice(0, 9))}
        </company>
    </job>`;

export const jobteaserSpec: DocumentSpec = {
  file: "feed.xml",
  head: () => "<jobs>",
  record,
  tail: () => "\n</jobs>\n",
};
