/**
 * Test support for the feed writers: write postings in a format, read them back with the mapping
 * the ingest side would use, and what each format carries (so tests check every carried value).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { collectPartnerFeed } from "../../ingest/mapping-feed.js";
import type { PartnerMapping } from "../../ingest/mapping-types.js";
import { loadMappingFile } from "../../ingest/mapping-validate.js";
import { getFormatMapping, getPartnerMapping, listPartnerMappings } from "../../ingest/partners/partners.js";
import type { RawPosting } from "../../ingest/raw-posting.js";
import type { SimFormat, SimPartner, SimPosting } from "../types.js";
import { MAPPING_FILE } from "./document.js";
import { writerFor } from "./registry.js";
import { buildSimPartner } from "./sample-postings.js";

/** Values a format may carry, beyond reference, title and description (always carried). */
export type Carried =
  | "url"
  | "employer"
  | "city"
  | "postalCode"
  | "commune"
  | "contract"
  | "salaryText"
  | "salaryFigures"
  | "publishedAt"
  | "updatedAt"
  | "expiresAt"
  | "rome"
  | "experience";

const ALL: Carried[] = [
  "url",
  "employer",
  "city",
  "postalCode",
  "commune",
  "contract",
  "salaryText",
  "salaryFigures",
  "publishedAt",
  "updatedAt",
  "expiresAt",
  "rome",
  "experience",
];
const without = (...missing: Carried[]): Carried[] => ALL.filter((c) => !missing.includes(c));

/** What each format carries (see docs/simulator-feeds.md for why the others are missing). */
export const CARRIED: Record<SimFormat, Carried[]> = {
  apec: without("postalCode", "salaryFigures", "updatedAt", "expiresAt", "rome"),
  "clever-connect": without("commune", "expiresAt", "rome"),
  decathlon: without("commune", "salaryText", "updatedAt", "expiresAt", "rome"),
  edf: without("postalCode", "commune", "salaryFigures", "expiresAt", "rome"),
  enedis: without("postalCode", "commune", "salaryFigures", "expiresAt", "rome"),
  "engagement-jeunes": without(
    "commune",
    "salaryText",
    "salaryFigures",
    "updatedAt",
    "expiresAt",
    "rome",
    "experience",
  ),
  "france-travail-cegid": without(
    "employer",
    "city",
    "postalCode",
    "commune",
    "salaryFigures",
    "expiresAt",
    "rome",
    "experience",
  ),
  hellowork: without("commune", "salaryFigures", "expiresAt", "rome"),
  "hellowork-buddi": without("commune", "expiresAt"),
  jobteaser: without(
    "postalCode",
    "commune",
    "salaryText",
    "salaryFigures",
    "updatedAt",
    "expiresAt",
    "rome",
    "experience",
  ),
  jooble: without("postalCode", "commune", "salaryText", "publishedAt", "rome", "experience"),
  kelio: without("commune", "salaryText", "expiresAt", "rome", "experience"),
  laposte: without("postalCode", "salaryText", "publishedAt", "expiresAt", "rome"),
  leboncoin: without(
    "commune",
    "salaryText",
    "salaryFigures",
    "publishedAt",
    "updatedAt",
    "expiresAt",
    "rome",
    "experience",
  ),
  "indeed-xml": without("commune", "salaryFigures", "rome"),
  jsonld: without("commune", "salaryText"),
  csv: ALL,
  "json-api": ALL,
};

/** Formats whose modification date is always filled: with the publication date when never updated. */
export const UPDATE_FILLED: ReadonlySet<SimFormat> = new Set([
  "clever-connect",
  "edf",
  "enedis",
  "france-travail-cegid",
  "jooble",
  "laposte",
]);

/** The mapping that reads a format's files: the mapping file written last, else the registered one. */
export const mappingFor = async (
  format: SimFormat,
  partner: SimPartner,
  paths: string[],
): Promise<PartnerMapping> => {
  const last = paths.at(-1) ?? "";
  if (basename(last) === MAPPING_FILE) return loadMappingFile(last);
  if (format === "indeed-xml" || format === "jsonld") return getFormatMapping(format, partner.slug);
  return getPartnerMapping(format);
};

/** The partner used for a format's round trip: a shipped format under its own slug. */
export const roundTripPartner = (format: SimFormat, overrides: Partial<SimPartner> = {}): SimPartner =>
  buildSimPartner(format, { slug: SHIPPED.has(format) ? format : `acme-${format}`, ...overrides });

const SHIPPED: ReadonlySet<SimFormat> = new Set(listPartnerMappings().map((m) => m.slug as SimFormat));

const created: string[] = [];

/** Removes the folders written by `roundTrip` (call from `afterAll`). */
export const removeRoundTripFolders = async (): Promise<void> => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
};

/** Writes postings in a format into a new temporary folder and reads them back. */
export const roundTrip = async (
  partner: SimPartner,
  postings: Iterable<SimPosting> | AsyncIterable<SimPosting>,
): Promise<{ paths: string[]; mapping: PartnerMapping; postings: RawPosting[]; errors: unknown[] }> => {
  const root = await mkdtemp(join(tmpdir(), "emploi-sim-"));
  created.push(root);
  const folder = join(root, "day-001");
  const paths = await writerFor(partner.format)(partner, postings, folder);
  const mapping = await mappingFor(partner.format, partner, paths);
  const feeds = paths.filter((path) => basename(path) !== MAPPING_FILE);
  const read = await collectPartnerFeed(mapping, feeds);
  return { paths, mapping, postings: read.postings, errors: read.errors };
};

/** The sample feed of each dated shipped format (under EMPLOI_FIXTURES_DIR/labonnealternance). */
export const SAMPLE_FEEDS: Readonly<Partial<Record<SimFormat, string>>> = {
  apec: "apec/import-apec.test.input.xml",
  "clever-connect": "clever-connect/import-clever-connect.test.input.xml",
  decathlon: "decathlon/decathlon.test.input.json",
  edf: "edf/import-edf.test.input.xml",
  enedis: "enedis/import-enedis.test.input.xml",
  "engagement-jeunes": "engagement-jeunes/engagementJeunes.test.input.json",
  "france-travail-cegid": "france-travail-CEGID/import-france-travail-cegid.test.input.json",
  hellowork: "hellowork/import-hello-work.test.input.xml",
  "hellowork-buddi": "hellowork-buddi/import-hello-work-buddi.test.input.xml",
  jobteaser: "jobteaser/import-jobteaser.test.input.xml",
  jooble: "jooble/import-jooble.test.input.xml",
  kelio: "kelio/import-kelio.test.input.xml",
  laposte: "laposte/import-laposte.test.input.xml",
};

/** The first date a feed's postings carry, as written (raw text), or null. */
export const firstRawDate = (postings: readonly RawPosting[]): string | null => {
  for (const p of postings) {
    const raw = p.publishedAt ?? p.updatedAt ?? p.expiresAt;
    if (raw) return raw;
  }
  return null;
};
