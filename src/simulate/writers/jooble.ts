/**
 * Jooble affiliate XML (<jobs> of <job>), read by the `jooble` mapping: `region` holds the country,
 * a "Canton; Département (NN); Région" state and a "Town, Département" city; salary bounds with a
 * rate. No postal code, no salary text, no publication date (only updated and expiry dates).
 */
import type { SimPosting } from "../types.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementLabel, departementOf, regionOf } from "./places.js";
import { plainNumber } from "./text.js";
import { cel } from "./xml.js";

const RATES = { hour: "hour", month: "month", year: "year" } as const;

const state = (p: SimPosting): string =>
  [
    p.location.city ? `Canton de ${p.location.city}` : null,
    departementLabel(p.location),
    regionOf(p.location),
  ]
    .filter(Boolean)
    .join("; ");

const city = (p: SimPosting): string =>
  [p.location.city, departementOf(p.location).name].filter(Boolean).join(", ");

const record = (p: SimPosting, ctx: RecordContext): string => `
<job>
    ${cel("guid", p.reference)}
    ${cel("referencenumber", p.reference)}
    ${cel("url", p.url)}
    ${cel("title", p.title)}
    <region>
        ${cel("country", "FR")}
        ${cel("state", state(p))}
        ${cel("city", city(p))}
    </region>
    ${cel("date_updated", ctx.date(p.updatedAt ?? p.publishedAt))}
    <cpc><![CDATA[0.0]]></cpc>
    <currency><![CDATA[EUR]]></currency>
    ${cel("company", p.employer.name)}
    ${cel("date_expired", ctx.date(p.expiresAt))}
    ${cel("jobtype", p.contract.type)}
    <salary>
        ${cel("min", plainNumber(p.salary?.min ?? null))}
        ${cel("max", plainNumber(p.salary?.max ?? null))}
        ${cel("currency", p.salary ? "EUR" : "")}
        ${cel("rate", p.salary?.period ? RATES[p.salary.period] : "")}
    </salary>
    ${cel("description", p.descriptionHtml)}
</job>
`;

export const joobleSpec: DocumentSpec = {
  file: "feed.xml",
  head: () => `<?xml version="1.0" encoding="UTF-8"?><jobs>\n`,
  record,
  tail: () => "\n</jobs>\n",
};
