/** Text helpers for formats whose descriptions are plain text, and small value renderings. */

// One pass: line-breaking tags, list items, other tags, entities.
const MARKUP = /<(\/?)([a-z][a-z0-9]*)\b[^>]*>|&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const BREAKS = new Set(["br", "/p", "/div", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "/ul", "/ol", "/tr"]);
const UNTIDY = /[ \t]\n|\n[ \t]*\n[ \t]*\n/;
const TRAILING_SPACES = /[ \t]+\n/g;
const BLANK_LINES = /\n[ \t]*(?:\n[ \t]*){2,}/g;
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  ccedil: "ç",
  rsquo: "’",
  euro: "€",
};

const decodeEntity = (whole: string, name: string): string => {
  if (name[0] === "#") {
    const code =
      name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return NAMED[name.toLowerCase()] ?? whole;
};

const replaceMarkup = (
  whole: string,
  slash: string,
  tag: string | undefined,
  entity: string | undefined,
): string => {
  if (entity !== undefined) return decodeEntity(whole, entity);
  const name = `${slash}${tag?.toLowerCase() ?? ""}`;
  if (name === "li") return "\n- ";
  return BREAKS.has(name) ? "\n" : "";
};

/** HTML -> plain text: paragraphs and breaks become line breaks, list items "- " lines. */
export const htmlToText = (html: string): string => {
  if (!html.includes("<") && !html.includes("&")) return html.trim();
  const text = html.replace(MARKUP, replaceMarkup);
  return (UNTIDY.test(text) ? text.replace(TRAILING_SPACES, "\n").replace(BLANK_LINES, "\n\n") : text).trim();
};

/** A number as French feeds write amounts: "1823,00". */
export const frenchDecimal = (value: number): string => value.toFixed(2).replace(".", ",");

/** A number without useless decimals: 1823 -> "1823", 11.88 -> "11.88". */
export const plainNumber = (value: number | null): string =>
  value === null ? "" : String(Math.round(value * 100) / 100);

/** A stable 32-bit hash of a text (FNV-1a), to derive numeric ids and per-partner habits. */
export const hash32 = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};
