/**
 * Streaming CSV reader (csv-parse): the first row names the columns, the delimiter (";", ",", tab)
 * is detected from it unless given, quoted fields may span lines. Each row becomes a record keyed
 * by column name; a row with the wrong number of fields or a broken quote is a record error.
 * A quote left open at the end of the file throws `FEED_MALFORMED` (the file was cut short).
 */
import { CsvError, parse } from "csv-parse";
import { AppError, errorMessage } from "../../errors.js";
import type { FeedRecord } from "../raw-posting.js";
import { decodeText } from "./decode.js";
import {
  DEFAULT_MAX_RECORD_CHARS,
  emptyFeed,
  type FeedItem,
  type ReaderOptions,
  recordPosition,
} from "./feed-item.js";

export interface CsvReaderOptions extends ReaderOptions {
  /** Field delimiter; detected from the header row when not given. */
  delimiter?: string;
}

const CANDIDATES = [";", ",", "\t", "|"];

/** The delimiter that splits the header line (outside quotes) the most. */
export const detectDelimiter = (head: string): string => {
  const newline = head.indexOf("\n");
  const line = (newline === -1 ? head : head.slice(0, newline)).replace(/"[^"]*"/g, "");
  let best = ",";
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = line.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
};

async function* withHead(text: AsyncIterable<string>, onHead: (head: string) => void): AsyncIterable<string> {
  let head = "";
  let done = false;
  for await (const chunk of text) {
    if (done) {
      yield chunk;
      continue;
    }
    head += chunk;
    if (head.includes("\n") || head.length > 65536) {
      done = true;
      onHead(head);
      yield head;
    }
  }
  if (!done) {
    onHead(head);
    if (head) yield head;
  }
}

const CSV_REASONS: Partial<Record<string, string>> = {
  CSV_INVALID_CLOSING_QUOTE: "guillemet fermant mal placé",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "caractère inattendu après un guillemet fermant",
  INVALID_OPENING_QUOTE: "guillemet ouvrant mal placé",
  CSV_MAX_RECORD_SIZE: "ligne trop longue",
};

const reasonOf = (error: unknown): string =>
  (error instanceof CsvError ? CSV_REASONS[error.code] : undefined) ??
  `ligne CSV invalide (${errorMessage(error)})`;

const truncated = (error: unknown): AppError => {
  const line = error instanceof CsvError && typeof error.lines === "number" ? error.lines : 0;
  const why =
    error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED"
      ? "guillemet jamais fermé"
      : reasonOf(error);
  return new AppError(
    "FEED_MALFORMED",
    `Flux CSV mal formé ou tronqué vers la ligne ${line} : ${why}. Les enregistrements lus avant ont été conservés.`,
    { cause: error, details: { truncated: true, line, column: 0 } },
  );
};

/** Turns parsed rows into feed items, in order. */
class CsvRows {
  readonly items: FeedItem[] = [];
  fatal: unknown;
  private header: string[] | null = null;
  private index = 0;

  row(values: string[], line: number): void {
    if (this.header === null) {
      this.header = values.map((name, column) => name.trim() || `colonne${column + 1}`);
      return;
    }
    if (values.every((value) => value.trim() === "")) return;
    const record: FeedRecord = {};
    this.header.forEach((name, column) => {
      record[name] = values[column] ?? "";
    });
    const position = recordPosition(++this.index, line);
    if (values.length === this.header.length) this.items.push({ ok: true, record, position });
    else {
      const reason = `nombre de colonnes incorrect (${values.length} au lieu de ${this.header.length})`;
      this.items.push({ ok: false, reason, position, record });
    }
  }

  skip(error: CsvError | undefined): void {
    if (error?.code === "CSV_QUOTE_NOT_CLOSED") this.fatal ??= error;
    else {
      const position = typeof error?.lines === "number" ? `ligne ${error.lines}` : "ligne inconnue";
      this.items.push({ ok: false, reason: reasonOf(error), position });
    }
  }
}

/** Reads CSV text chunks into records (see the module comment). */
export async function* parseCsv(
  text: AsyncIterable<string>,
  options: CsvReaderOptions = {},
): AsyncIterable<FeedItem> {
  let delimiter = options.delimiter ?? ",";
  let received = false;
  const source = withHead(text, (head) => {
    received = /\S/.test(head);
    if (options.delimiter === undefined) delimiter = detectDelimiter(head);
  });
  const rows = new CsvRows();
  let parser: ReturnType<typeof parse> | null = null;
  const write = (chunk: string): Promise<void> => {
    // Created on the first chunk, once the delimiter is known.
    parser ??= parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      max_record_size: options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS,
      // Rows are collected here rather than read from the stream, so that errors stay in order.
      on_record: (record: string[], context) => {
        rows.row(record, context.lines);
        return null;
      },
      on_skip: (error) => {
        rows.skip(error);
        return undefined;
      },
    })
      .on("error", (error) => {
        rows.fatal ??= error;
      })
      .resume();
    const stream = parser;
    return new Promise((resolve) =>
      chunk ? stream.write(chunk, () => resolve()) : stream.end(() => resolve()),
    );
  };
  for await (const chunk of source) {
    await write(chunk);
    yield* rows.items.splice(0);
    if (rows.fatal !== undefined) throw truncated(rows.fatal);
  }
  if (!received) throw emptyFeed();
  await write("");
  yield* rows.items.splice(0);
  if (rows.fatal !== undefined) throw truncated(rows.fatal);
}

/** Reads a CSV feed's bytes into records. */
export const readCsv = (
  bytes: AsyncIterable<Uint8Array>,
  options: CsvReaderOptions = {},
): AsyncIterable<FeedItem> => parseCsv(decodeText(bytes, { charset: options.charset }), options);
