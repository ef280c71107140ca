/** Tag tables for description cleaning (see html.ts). Anything not listed is unwrapped: its text stays. */

/** Tags that end the current paragraph when they open or close. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "blockquote",
  "center",
  "address",
  "figure",
  "figcaption",
  "pre",
  "hr",
  "dl",
  "dt",
  "dd",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "caption",
  "details",
  "summary",
  "fieldset",
  "legend",
  "body",
  "html",
]);

/** Headings, folded onto two levels: the page around a description owns h1 and h2. */
export const HEADING_TAGS: ReadonlyMap<string, "h3" | "h4"> = new Map([
  ["h1", "h3"],
  ["h2", "h3"],
  ["h3", "h3"],
  ["h4", "h4"],
  ["h5", "h4"],
  ["h6", "h4"],
]);

/** Inline tags kept, with the one spelling we emit. */
export const INLINE_TAGS: ReadonlyMap<string, "strong" | "em"> = new Map([
  ["strong", "strong"],
  ["b", "strong"],
  ["em", "em"],
  ["i", "em"],
]);

/** Tags whose whole content is dropped (code, styling, embedded documents, form widgets). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "iframe",
  "noscript",
  "template",
  "object",
  "svg",
  "math",
  "head",
  "title",
  "select",
  "textarea",
  "button",
  "canvas",
  "video",
  "audio",
  "frameset",
  "noframes",
]);

/** Table cells: their contents are separated by a space inside the row's paragraph. */
export const CELL_TAGS: ReadonlySet<string> = new Set(["td", "th"]);

/** Any tag at all: tells HTML from plain text. */
export const ANY_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/** A tag that structures text into blocks; without one, newlines carry the layout. */
export const STRUCTURE_TAG =
  /<(?:p|br|div|li|ul|ol|h[1-6]|table|tr|section|article|blockquote|hr|dd|dt)[\s/>]/i;

/** Escaped markup ("&lt;p&gt;"): the partner encoded its HTML twice. */
export const ESCAPED_TAG = /&lt;\s*\/?\s*(?:p|br|div|ul|ol|li|strong|b|em|i|h[1-6]|span|a)(?:\s|\/|&gt;)/i;

/** A plain-text bullet at the start of a line. */
export const BULLET = /^(?:[-–—*]\s+|[•·▪►✓➢➤◦]\s*)/;
