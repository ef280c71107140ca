/**
 * The feed writer of each simulated format. A writer streams one partner's snapshot into a folder
 * and returns the written paths: the feed files first (one document, or pages in order), then
 * `mapping.json` when the partner's feed needs a mapping file: always for csv and json-api, and
 * for a shipped partner format published under another slug (the registered mapping renamed).
 * See docs/simulator-feeds.md.
 */
import { basename } from "node:path";
import { findPartnerMapping, getFormatMapping, getPartnerMapping } from "../../ingest/partners/partners.js";
import type { SimFormat, SnapshotWriter } from "../types.js";
import { apecSpec } from "./apec.js";
import { cleverConnectSpec } from "./clever-connect.js";
import { csvSpec } from "./csv.js";
import { dateFormatOf } from "./dates.js";
import { decathlonSpec } from "./decathlon.js";
import { type DocumentSpec, documentWriter, MAPPING_FILE, pagedWriter, writeMapping } from "./document.js";
import { engagementJeunesSpec } from "./engagement-jeunes.js";
import { franceTravailCegidSpec } from "./france-travail-cegid.js";
import { helloworkBuddiSpec, helloworkSpec } from "./hellowork.js";
import { indeedXmlSpec } from "./indeed-xml.js";
import { jobteaserSpec } from "./jobteaser.js";
import { joobleSpec } from "./jooble.js";
import { jsonApiSpec } from "./json-api.js";
import { writeJsonLd } from "./jsonld.js";
import { kelioSpec } from "./kelio.js";
import { laposteSpec } from "./laposte.js";
import { leboncoinSpec } from "./leboncoin.js";
import { talentsoftSpec } from "./talentsoft.js";

/**
 * A shipped partner format: the registered mapping of `format` reads the feed; under another slug
 * it is written beside the feed with the partner's slug, label, date layout and name habit.
 */
const shipped = (format: SimFormat, spec: DocumentSpec): SnapshotWriter => {
  const write = documentWriter(spec);
  return async (partner, postings, folder) => {
    const paths = await write(partner, postings, folder);
    if (partner.slug === format) return paths;
    const { dateFormat: _registered, ...registered } = getPartnerMapping(format);
    const dateFormat = dateFormatOf(partner.dateStyle);
    const mapping = {
      ...registered,
      slug: partner.slug,
      label: partner.label,
      employersShowName: partner.employersShowName,
      ...(dateFormat ? { dateFormat } : {}),
    };
    return [...paths, await writeMapping(folder, mapping)];
  };
};

/**
 * A partner whose employers stay anonymous still gives their names to the platform (C. trav.
 * L5332-2); when its format has no anonymity flag, the mapping written beside the feed says not to
 * show them (`employersShowName: false`). Partners that write a mapping anyway set it there.
 */
const namesHidden =
  (format: SimFormat, write: SnapshotWriter): SnapshotWriter =>
  async (partner, postings, folder) => {
    const paths = await write(partner, postings, folder);
    if (partner.employersShowName || paths.some((path) => basename(path) === MAPPING_FILE)) return paths;
    const registered = findPartnerMapping(format) ?? getFormatMapping(format);
    const mapping = { ...registered, slug: partner.slug, label: partner.label, employersShowName: false };
    return [...paths, await writeMapping(folder, mapping)];
  };

const FORMAT_WRITERS: Record<SimFormat, SnapshotWriter> = {
  apec: shipped("apec", apecSpec),
  "clever-connect": shipped("clever-connect", cleverConnectSpec),
  decathlon: shipped("decathlon", decathlonSpec),
  edf: shipped("edf", talentsoftSpec),
  enedis: shipped("enedis", talentsoftSpec),
  "engagement-jeunes": shipped("engagement-jeunes", engagementJeunesSpec),
  "france-travail-cegid": shipped("france-travail-cegid", franceTravailCegidSpec),
  hellowork: shipped("hellowork", helloworkSpec),
  "hellowork-buddi": shipped("hellowork-buddi", helloworkBuddiSpec),
  jobteaser: shipped("jobteaser", jobteaserSpec),
  jooble: shipped("jooble", joobleSpec),
  kelio: shipped("kelio", kelioSpec),
  laposte: shipped("laposte", laposteSpec),
  leboncoin: shipped("leboncoin", leboncoinSpec),
  "indeed-xml": documentWriter(indeedXmlSpec),
  jsonld: writeJsonLd,
  csv: documentWriter(csvSpec),
  "json-api": pagedWriter(jsonApiSpec),
};

const WRITERS = Object.fromEntries(
  Object.entries(FORMAT_WRITERS).map(([format, write]) => [format, namesHidden(format as SimFormat, write)]),
) as Record<SimFormat, SnapshotWriter>;

/** The writer of a format. */
export const writerFor = (format: SimFormat): SnapshotWriter => WRITERS[format];

/** Every format a writer exists for. */
export const SIM_FORMATS = Object.keys(FORMAT_WRITERS) as SimFormat[];
