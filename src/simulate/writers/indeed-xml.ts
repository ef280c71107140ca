/**
 * Indeed-style XML (<source> of <job>), read by the generic `indeed-xml` mapping: CDATA values,
 * `jobtype` mixing working time and contract ("fulltime, permanent"; a French wording where
 * Indeed has no value: "fulltime, CDD"), one salary wording, remotetype. The lastBuildDate
 * (latest change) follows the jobs.
 */
import type { SimPosting } from "../types.js";
import { type ContractVocabulary, contractWord } from "./contract.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { regionOf } from "./places.js";
import { cel, el } from "./xml.js";

const JOBTYPES: ContractVocabulary = {
  cdi: "permanent",
  interim: "temporary",
  internship: "internship",
  apprenticeship: "apprenticeship",
  freelance: "contract",
};
const REMOTE = { full: "Fully remote", hybrid: "Hybrid remote", none: "" } as const;

const jobtype = (p: SimPosting): string =>
  `${p.contract.workingTime === "part_time" ? "parttime" : "fulltime"}, ${contractWord(p.contract, JOBTYPES)}`;

const record = (p: SimPosting, ctx: RecordContext): string => `
  <job>
    ${cel("title", p.title)}
    ${cel("date", ctx.date(p.publishedAt))}
    ${cel("referencenumber", p.reference)}
    ${cel("url", p.url)}
    ${cel("company", p.employer.name)}
    ${cel("city", p.location.city)}
    ${cel("state", regionOf(p.location))}
    ${cel("country", "FR")}
    ${cel("postalcode", p.location.postalCode)}
    ${cel("description", p.descriptionHtml)}
    ${cel("salary", p.salary?.text)}
    ${cel("jobtype", jobtype(p))}
    ${cel("experience", p.experience)}
    ${cel("expirationdate", ctx.date(p.expiresAt))}
    ${cel("lastactivitydate", ctx.date(p.updatedAt))}
    ${cel("remotetype", p.location.remote ? REMOTE[p.location.remote] : "")}
  </job>`;

export const indeedXmlSpec: DocumentSpec = {
  file: "feed.xml",
  head: (partner) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<source>\n  ${el("publisher", partner.label)}\n  ${el("publisherurl", `https://www.${partner.slug}.example`)}`,
  record,
  tail: (_partner, summary) =>
    `\n  ${el("lastBuildDate", summary.latest ? summary.latest.toUTCString() : "")}\n</source>\n`,
};
