/**
 * The two shapes of snapshot a writer produces: one document (a head, one text per record, a tail)
 * and numbered pages of records. Both stream postings to disk as they come, with backpressure, and
 * write the partner's mapping file last when the format needs one.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PartnerMapping } from "../../ingest/mapping-types.js";
import type { SimPartner, SimPosting, SnapshotWriter } from "../types.js";
import { renderDate } from "./dates.js";
import { FileSink } from "./sink.js";

/** What a record renderer knows besides the posting. */
export interface RecordContext {
  partner: SimPartner;
  /** Position of the record in the snapshot, from 0. */
  index: number;
  /** A date in the partner's style ("" when absent). */
  date(value: Date | null): string;
}

/** What the tail of a document may say: the number of records and the latest change among them. */
export interface DocumentSummary {
  count: number;
  latest: Date | null;
}

export interface DocumentSpec {
  file: string;
  head(partner: SimPartner): string;
  record(posting: SimPosting, ctx: RecordContext): string;
  /** Text between two records (",\n" in a JSON array). */
  separator?: string;
  tail(partner: SimPartner, summary: DocumentSummary): string;
  /** The mapping that reads this partner's feed, written as `mapping.json` after the feed. */
  mapping?(partner: SimPartner): PartnerMapping;
}

export const MAPPING_FILE = "mapping.json";

const contextFor = (partner: SimPartner): RecordContext => ({
  partner,
  index: 0,
  date: (value) => renderDate(value, partner.dateStyle),
});

const later = (a: Date | null, b: Date | null): Date | null => (a === null || (b !== null && b > a) ? b : a);

/** Writes the mapping file of a partner beside its feed; returns its path. */
export const writeMapping = async (folder: string, mapping: PartnerMapping): Promise<string> => {
  const path = join(folder, MAPPING_FILE);
  await writeFile(path, `${JSON.stringify(mapping, null, 2)}\n`, "utf8");
  return path;
};

/** A writer of one document per snapshot. */
export const documentWriter =
  (spec: DocumentSpec): SnapshotWriter =>
  async (partner, postings, folder) => {
    await mkdir(folder, { recursive: true });
    const sink = FileSink.open(join(folder, spec.file));
    const ctx = contextFor(partner);
    const summary: DocumentSummary = { count: 0, latest: null };
    try {
      await sink.write(spec.head(partner));
      const separator = spec.separator ?? "";
      for await (const posting of postings) {
        ctx.index = summary.count++;
        summary.latest = later(summary.latest, posting.updatedAt ?? posting.publishedAt);
        const text = spec.record(posting, ctx);
        const pending = sink.write(ctx.index > 0 ? separator + text : text);
        if (pending) await pending;
      }
      await sink.write(spec.tail(partner, summary));
      await sink.close();
    } catch (error) {
      sink.abort();
      throw error;
    }
    const paths = [sink.path];
    if (spec.mapping) paths.push(await writeMapping(folder, spec.mapping(partner)));
    return paths;
  };

/** What a page's head and tail know: its number, and the next page's file name (null on the last). */
export type PageContext = RecordContext & { page: number; next: string | null };

export interface PagedSpec {
  /** Records per page. */
  pageSize(partner: SimPartner): number;
  /** File name of a page, from 1: "page-001.json". */
  fileName(page: number): string;
  head(ctx: PageContext): string;
  record(posting: SimPosting, ctx: RecordContext): string;
  separator?: string;
  tail(ctx: PageContext): string;
  mapping?(partner: SimPartner): PartnerMapping;
}

/** "page-001.json" */
export const pageName = (page: number, extension: string): string =>
  `page-${String(page).padStart(3, "0")}.${extension}`;

const writePage = async (path: string, spec: PagedSpec, items: readonly SimPosting[], ctx: PageContext) => {
  const sink = FileSink.open(path);
  try {
    await sink.write(spec.head(ctx));
    const separator = spec.separator ?? "";
    for (const [i, posting] of items.entries()) {
      const text = spec.record(posting, { ...ctx, index: ctx.index + i });
      const pending = sink.write(i > 0 ? separator + text : text);
      if (pending) await pending;
    }
    await sink.write(spec.tail(ctx));
    await sink.close();
  } catch (error) {
    sink.abort();
    throw error;
  }
};

/** A writer of numbered pages (at least one, empty when the snapshot is). */
export const pagedWriter =
  (spec: PagedSpec): SnapshotWriter =>
  async (partner, postings, folder) => {
    await mkdir(folder, { recursive: true });
    const ctx = contextFor(partner);
    const size = Math.max(1, spec.pageSize(partner));
    const paths: string[] = [];
    let items: SimPosting[] = [];
    const flush = async (next: boolean) => {
      const page = paths.length + 1;
      const path = join(folder, spec.fileName(page));
      await writePage(path, spec, items, { ...ctx, page, next: next ? spec.fileName(page + 1) : null });
      paths.push(path);
      ctx.index += items.length;
      items = [];
    };
    for await (const posting of postings) {
      if (items.length === size) await flush(true);
      items.push(posting);
    }
    await flush(false);
    if (spec.mapping) paths.push(await writeMapping(folder, spec.mapping(partner)));
    return paths;
  };
