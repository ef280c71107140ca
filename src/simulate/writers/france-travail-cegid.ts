/**
 * France Travail's own recruitment (Cegid / TalentSoft API JSON, a root array), read by the
 * `france-travail-cegid` mapping: code-table objects ({ code, clientCode, label, … }); the
 * "country" list holds the regional directorate ("DR Auvergne-Rhône-Alpes"), "region" the
 * département ("Rhône (69)"), "department" the agency's town. No postal code; the employer is
 * always France Travail; the duration is a code ("12_mois").
 */
import type { SimPosting } from "../types.js";
import type { DocumentSpec, RecordContext } from "./document.js";
import { departementLabel, regionOf } from "./places.js";
import { hash32, htmlToText } from "./text.js";

const codeTable = (type: string, label: string, clientCode: string) => ({
  code: hash32(`${type}:${label}`) % 10000,
  clientCode,
  label,
  active: true,
  parentCode: null,
  type,
  parentType: "",
  hasChildren: false,
});

const listOf = (type: string, label: string | null, clientCode: string) =>
  label ? [codeTable(type, label, clientCode)] : [];

const offer = (p: SimPosting, ctx: RecordContext) => {
  const region = regionOf(p.location);
  const months = p.contract.durationMonths === null ? null : Math.round(p.contract.durationMonths);
  return {
    reference: p.reference,
    isTopOffer: false,
    title: p.title,
    modificationDate: ctx.date(p.updatedAt ?? p.publishedAt),
    contractType: codeTable(
      "contractType",
      p.contract.type,
      `_TS_CO_Contract_${p.contract.type.slice(0, 12)}`,
    ),
    organisationName: p.employer.name,
    organisationDescription: null,
    description1: htmlToText(p.descriptionHtml),
    description2: null,
    description1Formatted: p.descriptionHtml,
    description2Formatted: null,
    salaryRange: p.salary ? codeTable("salaryRange", p.salary.text, String(p.salary.min ?? "")) : null,
    geographicalLocation: [],
    country: listOf("offerCountry", region ? `DR ${region}` : null, "_TS_CO_Region"),
    region: listOf("offerRegion", departementLabel(p.location), "_TS_CO_Department"),
    department: listOf("offerDepartment", p.location.city, "_TS_CO_Agency"),
    latitude: p.location.lat,
    longitude: p.location.lon,
    offerUrl: p.url,
    startPublicationDate: ctx.date(p.publishedAt),
    beginningDate: null,
    details:
      months === null
        ? null
        : {
            customFields: {
              offerCustomBlock4: { customCodeTable2: { clientCode: `${months}_mois`, type: null } },
            },
          },
  };
};

export const franceTravailCegidSpec: DocumentSpec = {
  file: "feed.json",
  head: () => "[\n",
  record: (p, ctx) => JSON.stringify(offer(p, ctx)),
  separator: ",\n",
  tail: () => "\n]\n",
};
