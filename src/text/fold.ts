/**
 * Text folding shared by lookups, search and deduplication: lower case, no diacritics, ligatures
 * expanded, typographic apostrophes and dashes made plain.
 */

const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", Œ: "oe", Æ: "ae" };

/** Lower case, strip diacritics, expand ligatures, unify apostrophes. */
export const fold = (text: string): string =>
  text
    .replace(/[œæßŒÆ]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase();

/** Fold, then keep only letters and digits separated by single spaces. */
export const foldKey = (text: string): string =>
  fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Collapse runs of white space into single spaces and trim. */
export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();
