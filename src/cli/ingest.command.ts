import { AppError } from "../errors.js";
import type { PartnerMapping } from "../ingest/mapping.js";
import { readPartnerFeed } from "../ingest/mapping-feed.js";
import { loadMappingFile } from "../ingest/mapping-validate.js";
import { findPartnerMapping } from "../ingest/partners/partners.js";
import type { Store } from "../storage/connect.js";
import type { PartnerRow } from "../storage/database.js";
import { mappingForFormat, mappingOfPartner } from "../storage/partner-mapping.js";
import { findPartner, upsertPartner } from "../storage/partner-store.js";
import { type IngestReport, ingestSnapshot, openPostingHashes } from "../storage/snapshot.js";
import type { CliContext } from "./app.js";
import { formatIngestProgress, progressLine } from "./progress.js";

export interface IngestArgs {
  partner: string;
  format?: string;
  mapping?: string;
  sources: string[];
}

/** The mapping to read a partner's feed with: --mapping, --format, its stored settings, or the shipped one. */
const resolveMapping = async (args: IngestArgs, stored: PartnerRow | undefined): Promise<PartnerMapping> => {
  if (args.mapping) return { ...(await loadMappingFile(args.mapping)), slug: args.partner };
  if (args.format) return mappingForFormat(args.format, args.partner);
  return mappingOfPartner(stored ?? { slug: args.partner, format: null, mapping: null });
};

/** Register the partner on first use, keeping what an operator already set. */
const ensurePartner = async (
  store: Store,
  args: IngestArgs,
  mapping: PartnerMapping,
  stored?: PartnerRow,
) => {
  if (stored) return stored;
  const shipped = findPartnerMapping(args.partner);
  return upsertPartner(
    store.db,
    {
      slug: args.partner,
      label: shipped?.label ?? (args.format || args.mapping ? args.partner : mapping.label),
      format: args.format ?? null,
      mapping: args.mapping ? JSON.stringify(mapping) : null,
      employersShowName: mapping.employersShowName ?? true,
    },
    new Date().toISOString(),
  );
};

/** One snapshot of a partner's feed through the whole pipeline. */
export const runIngest = async (ctx: CliContext, args: IngestArgs): Promise<IngestReport> => {
  if (args.sources.length === 0) {
    throw new AppError("INVALID_PARAMETER", "Indiquez au moins un fichier ou une URL de flux à lire.");
  }
  if (args.format && args.mapping) {
    throw new AppError("INVALID_PARAMETER", "--format et --mapping s'excluent : choisissez l'un ou l'autre.");
  }
  const store = await ctx.store();
  const stored = await findPartner(store.db, args.partner);
  const mapping = await resolveMapping(args, stored);
  const partner = await ensurePartner(store, args, mapping, stored);
  const progress = progressLine(ctx.stderr, `[${args.partner}]`);
  const started = Date.now();
  let bytes = { bytesRead: 0, totalBytes: null as number | null };
  const parse = ctx.parser();
  const items = readPartnerFeed(mapping, args.sources, {
    onProgress: (p) => {
      bytes = p;
    },
    known: await openPostingHashes(store.reader, partner.id),
    ...(parse ? { parse } : {}),
  });
  const report = await ingestSnapshot(store, partner, items, args.sources, {
    // Loaded on this thread only if postings are prepared here (no worker threads).
    referentials: () => ctx.referentials(),
    screen: ctx.screen,
    prepare: await ctx.prepare(),
    dateFormat: mapping.dateFormat,
    undated: mapping.undated,
    onProgress: (counts) =>
      progress.update(formatIngestProgress(counts.received, bytes.bytesRead, bytes.totalBytes, started)),
  });
  progress.done(formatIngestProgress(report.received, bytes.bytesRead, bytes.totalBytes, started));
  return report;
};

/** The contract's summary line: the counters first, then what explains them. */
export const summaryLine = (report: IngestReport): string =>
  JSON.stringify({
    received: report.received,
    new: report.new,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: report.rejected,
    review: report.review,
    duplicates: report.duplicates,
    closed: report.closed,
    errors: report.errors,
    partner: report.partner,
    run_id: report.run_id,
    status: report.status,
    ...(report.close_skipped_reason ? { close_skipped_reason: report.close_skipped_reason } : {}),
    ...(report.message ? { message: report.message } : {}),
  });
