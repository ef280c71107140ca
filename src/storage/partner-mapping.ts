import type { PartnerMapping } from "../ingest/mapping.js";
import { validateMapping } from "../ingest/mapping-validate.js";
import { findPartnerMapping, getFormatMapping, getPartnerMapping } from "../ingest/partners/partners.js";
import type { PartnerRow } from "./database.js";

/** A generic format ("indeed-xml", "jsonld") or any shipped partner's format, under the partner's slug. */
export const mappingForFormat = (format: string, partner: string): PartnerMapping => {
  const shipped = findPartnerMapping(format);
  return shipped ? { ...shipped, slug: partner } : getFormatMapping(format, partner);
};

/** The mapping a registered partner's feed is read with: its own mapping, its format, or the shipped one. */
export const mappingOfPartner = (
  partner: Pick<PartnerRow, "slug" | "format" | "mapping">,
): PartnerMapping => {
  if (partner.mapping) return { ...validateMapping(JSON.parse(partner.mapping)), slug: partner.slug };
  if (partner.format) return mappingForFormat(partner.format, partner.slug);
  return getPartnerMapping(partner.slug);
};
