/**
 * A small, fast CSV reader for the open-data référentiels: RFC 4180 quoting ("" inside quotes),
 * any one-character delimiter, LF or CRLF line ends, line breaks inside quoted fields. The files
 * are a few megabytes and read once at start-up, so the whole text is parsed in memory.
 */
import { readFile } from "node:fs/promises";
import { AppError } from "../errors.js";

/** Parse one record that holds quotes, from `from`; returns its fields and where the next record starts. */
const parseRecord = (text: string, from: number, sep: number): [string[], number] => {
  const row: string[] = [];
  const n = text.length;
  let i = from;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      // Quoted field: up to the closing quote, doubled quotes standing for one.
      let value = "";
      let at = i + 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new AppError("DATA_MISSING", "CSV : guillemet non fermé");
        value += text.slice(at, quote);
        if (text.charCodeAt(quote + 1) !== 34) {
          i = quote + 1;
          break;
        }
        value += '"';
        at = quote + 2;
      }
      row.push(value);
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === sep || c === 10 || c === 13) break;
        end++;
      }
      row.push(text.slice(i, end));
      i = end;
    }
    if (i < n && text.charCodeAt(i) === sep) {
      i++;
      continue;
    }
    // Anything between a closing quote and the end of the line is ignored.
    const newline = text.indexOf("\n", i);
    return [row, newline < 0 ? n : newline + 1];
  }
};

/**
 * Visit the records of a CSV text from offset `from`, one array of fields each, empty lines
 * skipped. Returns where it stopped: the end, or after the record for which `visit` said false.
 * `width` is the expected number of fields: a fully quoted line only takes the fast path when it
 * has as many, since a quoted field may start with a line break.
 */
export const scanCsv = (
  text: string,
  delimiter: string,
  visit: (row: string[]) => boolean | undefined,
  from = 0,
  width = -1,
): number => {
  const sep = delimiter.charCodeAt(0);
  const quotedSep = `"${delimiter}"`;
  const n = text.length;
  let pos = from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : from;
  while (pos < n) {
    let newline = text.indexOf("\n", pos);
    if (newline < 0) newline = n;
    const end = newline > pos && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    const line = text.slice(pos, end);
    const quote = line.indexOf('"');
    let row: string[] | undefined;
    let next = newline + 1;
    // Fast paths: no quote at all, or every field quoted without quotes inside.
    if (quote < 0) row = line === "" ? undefined : line.split(delimiter);
    else if (quote === 0 && line.length > 1 && line.endsWith('"')) {
      const fields = line.slice(1, -1).split(quotedSep);
      if ((width < 0 || fields.length === width) && fields.every((field) => !field.includes('"')))
        row = fields;
    }
    if (row === undefined && quote >= 0) [row, next] = parseRecord(text, pos, sep);
    pos = next;
    if (row === undefined) continue;
    if (width < 0) width = row.length;
    if (visit(row) === false) return pos;
  }
  return n;
};

/** All the records of a CSV text. */
export const parseCsv = (text: string, delimiter = ","): string[][] => {
  const rows: string[][] = [];
  scanCsv(text, delimiter, (row) => {
    rows.push(row);
    return true;
  });
  return rows;
};

/** A CSV file with a header row; data rows are parsed when asked for. */
export interface CsvTable {
  /** Index of a column; throws DATA_MISSING when the file lacks it. */
  column(name: string): number;
  /** Visit the data rows without keeping them (cheaper for big files). */
  forEach(visit: (row: string[]) => void): void;
  /** All the data rows. */
  rows(): string[][];
}

/** Parse the header of a CSV text; data rows are parsed by `forEach` and `rows`. */
export const csvTable = (text: string, delimiter: string, source: string): CsvTable => {
  let header: string[] = [];
  const body = scanCsv(text, delimiter, (row) => {
    header = row.map((name) => name.trim());
    return false;
  });
  const forEach = (visit: (row: string[]) => void): void => {
    scanCsv(
      text,
      delimiter,
      (row) => {
        visit(row);
        return true;
      },
      body,
      header.length,
    );
  };
  return {
    column(name: string): number {
      const index = header.indexOf(name);
      if (index < 0) {
        throw new AppError("DATA_MISSING", `Colonne « ${name} » absente du fichier ${source}`, {
          details: { source, header },
        });
      }
      return index;
    },
    forEach,
    rows(): string[][] {
      const rows: string[][] = [];
      forEach((row) => rows.push(row));
      return rows;
    },
  };
};

/** Read a UTF-8 file, turning a missing file into DATA_MISSING with its path. */
export const readDataFile = async (path: string): Promise<string> => {
  try {
    // One native decode of the whole buffer: much faster than a streaming "utf8" read.
    return (await readFile(path)).toString("utf8");
  } catch (cause) {
    throw new AppError("DATA_MISSING", `Fichier de référentiel illisible : ${path}`, {
      cause,
      details: { path },
    });
  }
};

/** Read and parse a CSV file with a header row. */
export const readCsvTable = async (path: string, delimiter = ","): Promise<CsvTable> =>
  csvTable(await readDataFile(path), delimiter, path);

/** Indexes of several columns, by name. */
export const columns = <K extends string>(table: CsvTable, names: readonly K[]): Record<K, number> =>
  Object.fromEntries(names.map((name) => [name, table.column(name)])) as Record<K, number>;

/** The field at `index`, or "" when the row is short. */
export const cell = (row: readonly string[], index: number): string => row[index] ?? "";
