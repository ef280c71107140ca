/**
 * Splits a free-text place label into what it holds: "Babaland (38)", "75 - PARIS 01",
 * "Lyon 3e (69)", "83126 LA SEYNE SUR MER", "Puteaux, Hauts-de-Seine",
 * "Canton de Puteaux; Arrondissement de Nanterre; Hauts-de-Seine (92); Ile-de-France".
 */
import { departementCode } from "./geo.js";

export interface PlaceLabel {
  /** Département codes written in the label: "(38)", "75 - …", "… - 92". */
  departements: string[];
  /** Five-digit numbers: postal codes or INSEE codes. */
  numbers: string[];
  /** The remaining parts, in the order written: place names, départements, régions, countries. */
  names: string[];
}

const PARENTHESIS = /\(([^()]*)\)/g;
const ARTICLE = /^\s*(?:le|la|les|l')\s*$/i;
const FIVE_DIGITS = /(?<![\d.,])(?:\d{5}|2[AB]\d{3})(?![\d.,])/gi;
// "75 - PARIS", "2A - AJACCIO", "974 - SAINT-DENIS"
const LEADING_CODE = /^\s*(\d{2,3}|2[AB])\s*[-–—:]\s+/i;
// "Nanterre - 92"
const TRAILING_CODE = /\s+[-–—]\s*(\d{2,3}|2[AB])\s*$/i;
const SEPARATORS = /\s*(?:[,;|]|\s[-–—]\s)\s*/;

const pushCode = (codes: string[], text: string): boolean => {
  const code = departementCode(text);
  if (code === undefined) return false;
  if (!codes.includes(code)) codes.push(code);
  return true;
};

/** Parse a place label; never throws, returns empty lists for an empty label. */
export const parsePlaceLabel = (label: string): PlaceLabel => {
  const departements: string[] = [];
  const numbers: string[] = [];
  let text = label.replace(/\s+/g, " ");
  // Parenthesised parts: a département code, a postal code, an article ("Mans (Le)") or noise.
  text = text.replace(PARENTHESIS, (whole, inner: string, offset: number) => {
    const content = inner.trim();
    if (pushCode(departements, content)) return " ";
    if (/^\d{5}$/.test(content)) {
      numbers.push(content);
      return " ";
    }
    const atEnd = offset + whole.length >= text.trimEnd().length;
    return ARTICLE.test(content) && atEnd ? whole : " ";
  });
  text = text.replace(FIVE_DIGITS, (code) => {
    numbers.push(code.toUpperCase());
    return " ";
  });
  const leading = LEADING_CODE.exec(text);
  if (leading && pushCode(departements, leading[1] ?? "")) text = text.slice(leading[0].length);
  const trailing = TRAILING_CODE.exec(text);
  if (trailing && pushCode(departements, trailing[1] ?? "")) text = text.slice(0, trailing.index);
  const names = text
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
  return { departements, numbers, names };
};
