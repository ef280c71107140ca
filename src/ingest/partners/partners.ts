/**
 * The partner registry: the mapping of every partner shipped with the project, and the generic
 * format mappings (`indeed-xml`, `jsonld`) that any partner can use with `--format`.
 * The one aggregating module of the ingest folder.
 */
import { AppError } from "../../errors.js";
import type { PartnerMapping } from "../mapping-types.js";
import { apec } from "./apec.js";
import { cleverConnect } from "./clever-connect.js";
import { decathlon } from "./decathlon.js";
import { edf } from "./edf.js";
import { enedis } from "./enedis.js";
import { engagementJeunes } from "./engagement-jeunes.js";
import { franceTravailCegid } from "./france-travail-cegid.js";
import { hellowork } from "./hellowork.js";
import { helloworkBuddi } from "./hellowork-buddi.js";
import { indeedXml } from "./indeed-xml.js";
import { jobteaser } from "./jobteaser.js";
import { jooble } from "./jooble.js";
import { jsonLd } from "./jsonld.js";
import { kelio } from "./kelio.js";
import { laposte } from "./laposte.js";
import { leboncoin } from "./leboncoin.js";

const PARTNERS: readonly PartnerMapping[] = [
  apec,
  cleverConnect,
  decathlon,
  edf,
  enedis,
  engagementJeunes,
  franceTravailCegid,
  hellowork,
  helloworkBuddi,
  jobteaser,
  jooble,
  kelio,
  laposte,
  leboncoin,
];

const FORMATS: readonly PartnerMapping[] = [indeedXml, jsonLd];

const bySlug = new Map(PARTNERS.map((mapping) => [mapping.slug, mapping]));
const byFormat = new Map(FORMATS.map((mapping) => [mapping.slug, mapping]));

/** Every registered partner mapping, in slug order. */
export const listPartnerMappings = (): readonly PartnerMapping[] => PARTNERS;

/** The generic format mappings. */
export const listFormatMappings = (): readonly PartnerMapping[] => FORMATS;

/** The registered mapping of a partner, or undefined. */
export const findPartnerMapping = (slug: string): PartnerMapping | undefined =>
  bySlug.get(slug.toLowerCase());

/** The registered mapping of a partner; PARTNER_UNKNOWN when there is none. */
export const getPartnerMapping = (slug: string): PartnerMapping => {
  const mapping = findPartnerMapping(slug);
  if (mapping) return mapping;
  throw new AppError(
    "PARTNER_UNKNOWN",
    `Partenaire « ${slug} » inconnu. Partenaires enregistrés : ${[...bySlug.keys()].join(", ")}. Un autre partenaire se lit avec --format ${[...byFormat.keys()].join("|")} ou --mapping fichier.json.`,
    { details: { slug } },
  );
};

/**
 * A generic format mapping ("indeed-xml", "jsonld"), under the given partner slug when one is
 * given (`emploi ingest --partner acme --format indeed-xml`).
 */
export const getFormatMapping = (name: string, partnerSlug?: string): PartnerMapping => {
  const mapping = byFormat.get(name.toLowerCase());
  if (mapping === undefined) {
    throw new AppError(
      "INVALID_PARAMETER",
      `Format « ${name} » inconnu. Formats disponibles : ${[...byFormat.keys()].join(", ")}.`,
      {
        details: { format: name },
      },
    );
  }
  return partnerSlug === undefined ? mapping : { ...mapping, slug: partnerSlug };
};
