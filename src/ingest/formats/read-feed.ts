/** One entry to every format reader. */
import type { FeedFormat } from "../mapping-types.js";
import { readCsv } from "./csv.js";
import type { FeedItem, ReaderOptions } from "./feed-item.js";
import { readJson } from "./json.js";
import { readJsonLd } from "./jsonld.js";
import { readXml } from "./xml.js";

export interface FeedReadOptions extends ReaderOptions {
  /** XML: records element name or path; JSON: key path (see PartnerMapping.records). */
  records?: string;
  /** CSV delimiter. */
  delimiter?: string;
  /** JSON Lines. */
  lines?: boolean;
}

/** Reads a feed's bytes in the given format into records and per-record errors. */
export const readFeed = (
  format: FeedFormat,
  bytes: AsyncIterable<Uint8Array>,
  options: FeedReadOptions = {},
): AsyncIterable<FeedItem> => {
  const { records, delimiter, lines, ...common } = options;
  switch (format) {
    case "xml":
      return readXml(bytes, { ...common, records: records ?? "" });
    case "json":
      return readJson(bytes, { ...common, path: records, lines });
    case "csv":
      return readCsv(bytes, { ...common, delimiter });
    case "jsonld":
      return readJsonLd(bytes, common);
  }
};
