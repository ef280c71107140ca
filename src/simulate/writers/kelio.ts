/**
 * Kelio / TalentView XML (<source> with a publisher header, then <jobs> of <job>), read by the
 * `kelio` mapping: escaped plain text beside CDATA HTML (`html_description`), English job type and
 * working time, address with coordinates, salary bounds in "euro" without period or text.
 * The `lastBuildDate` (latest change) follows the jobs.
 */
import type { SimPosting } from "../types.js";
import { type ContractVocabulary, contractWord, remoteFr, workingTimeEn } from "./contract.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { hash32, htmlToText, plainNumber } from "./text.js";
import { cdata, el } from "./xml.js";

const JOB_TYPES: ContractVocabulary = {
  cdi: "Permanent",
  cdd: "Fixed term",
  interim: "Temporary",
  apprenticeship: "Alternating",
  professionalisation: "Alternating",
  internship: "Internship",
  freelance: "Freelance",
};

const record = (p: SimPosting, ctx: RecordContext): string => {
  const slug = (hash32(p.reference) % 36 ** 6).toString(36).padStart(6, "0");
  return `
<job>
${el("id", p.reference)}
${el("url", p.url)}
${el("name", p.title)}
${el("slug", slug)}
<salary>
${el("max", plainNumber(p.salary?.max ?? null))}
${el("min", plainNumber(p.salary?.min ?? null))}
<currency>euro</currency>
</salary>
<address>
${el("city", p.location.city)}
<street/>
<country>France</country>
${el("latitude", p.location.lat)}
${el("longitude", p.location.lon)}
${el("postal_code", p.location.postalCode)}
<street_number/>
</address>
<company>
${el("name", p.employer.name)}
<authentication_key/>
</company>
${el("job_type", contractWord(p.contract, JOB_TYPES))}
${el("created_at", ctx.date(p.publishedAt))}
${el("description", htmlToText(p.descriptionHtml))}
${el("remote_level", remoteFr(p.location.remote))}
${el("working_time", workingTimeEn(p.contract))}
<education_level/>
${el("contract_duration", p.contract.durationMonths === null ? "" : Math.round(p.contract.durationMonths))}
<html_description>
${cdata(` ${p.descriptionHtml} `)}
</html_description>
${el("last_activation_at", ctx.date(p.updatedAt))}
</job>`;
};

export const kelioSpec: DocumentSpec = {
  file: "feed.xml",
  head: (partner) =>
    `<source>\n${el("publisher", partner.label)}\n${el("publisherurl", `https://api.${partner.slug}.example`)}\n<jobs>`,
  record,
  tail: (_partner, summary) =>
    `\n</jobs>\n${el("lastBuildDate", summary.latest ? `${summary.latest.toISOString().slice(0, 19).replace("T", " ")} UTC` : "")}\n</source>\n`,
};
