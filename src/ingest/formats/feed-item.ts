/**
 * What every format reader yields: a record, or a per-record error that the caller reports and
 * skips. Problems that make the rest of the feed unreadable are thrown as an AppError instead,
 * after the records before them were yielded.
 */
import { AppError } from "../../errors.js";
import type { FeedRecord } from "../raw-posting.js";

export type FeedItem =
  | { ok: true; record: FeedRecord; position: string }
  /** `record` is what could be read of a faulty record, when anything could (to find its reference). */
  | { ok: false; reason: string; position: string; record?: FeedRecord };

/** Options shared by the readers. */
export interface ReaderOptions {
  /** Charset announced by the transport or forced by the mapping. */
  charset?: string | null;
  /** Largest single record, in characters: a bigger one is skipped as a record error. */
  maxRecordChars?: number;
}

export const DEFAULT_MAX_RECORD_CHARS = 8 * 1024 * 1024;

/** "enregistrement 3, ligne 42" */
export const recordPosition = (index: number, line?: number): string =>
  line === undefined ? `enregistrement ${index}` : `enregistrement ${index}, ligne ${line}`;

/** The fatal error of a document that stops before its end or breaks its syntax. */
export const malformed = (format: string, why: string, line: number, column: number): AppError =>
  new AppError(
    "FEED_MALFORMED",
    `Flux ${format} mal formé ou tronqué ligne ${line}, colonne ${column} : ${why}. Les enregistrements lus avant ont été conservés.`,
    { details: { truncated: true, line, column, reason: why } },
  );

export const emptyFeed = (): AppError =>
  new AppError("FEED_UNREADABLE", "Le flux est vide : il ne contient aucune donnée.");

export const recordTooLarge = (maxChars: number): string =>
  `enregistrement trop volumineux (plus de ${maxChars.toLocaleString("fr-FR")} caractères), ignoré`;

/** Runs a parser step; returns what it threw, so that the records it completed go out first. */
export const attempt = (action: () => void): unknown => {
  try {
    action();
    return undefined;
  } catch (error) {
    return error ?? new Error("erreur inconnue");
  }
};

/** The value already taken from an iterator, then the rest of it; closes the iterator when stopped early. */
export async function* prepend<T>(first: T, rest: AsyncIterator<T>): AsyncIterable<T> {
  try {
    yield first;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}
