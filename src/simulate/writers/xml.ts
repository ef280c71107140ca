/**
 * XML text building for the feed writers: escaped text and attributes, CDATA sections (with "]]>"
 * split across two sections), and characters XML 1.0 forbids removed. Plain strings, built per
 * record: the writers never hold a whole document.
 */

// Control characters other than tab, newline and carriage return, U+FFFE/FFFF, lone surrogates.
const CONTROL = Array.from({ length: 32 }, (_, code) => code)
  .filter((code) => code !== 9 && code !== 10 && code !== 13)
  .map((code) => `\\u${code.toString(16).padStart(4, "0")}`)
  .join("");
const FORBIDDEN = new RegExp(
  `[${CONTROL}\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  "g",
);
// One character class, quick to scan for; the full expression only runs on a hit.
const SUSPECT = new RegExp(`[${CONTROL}\\uD800-\\uDFFF\\uFFFE\\uFFFF]`);
const TEXT_SPECIAL = /[&<>]/;
const TEXT_ALL = /[&<>]/g;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ATTR_ALL = /[&<>"\t\n\r]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
const entity = (c: string): string => ENTITIES[c] ?? c;

/** Removes characters that XML 1.0 forbids (a feed with them is not well-formed). */
export const xmlSafe = (text: string): string => (SUSPECT.test(text) ? text.replace(FORBIDDEN, "") : text);

/** Escapes element text. */
export const escapeText = (text: string): string => {
  const safe = xmlSafe(text);
  return TEXT_SPECIAL.test(safe) ? safe.replace(TEXT_ALL, entity) : safe;
};

/** Escapes an attribute value (double-quoted). */
export const escapeAttr = (text: string): string => {
  const safe = xmlSafe(text);
  return ATTR_SPECIAL.test(safe) ? safe.replace(ATTR_ALL, entity) : safe;
};

/** A CDATA section; "]]>" inside the text is split over two sections. */
export const cdata = (text: string): string =>
  `<![CDATA[${xmlSafe(text).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;

export type XmlValue = string | number | null | undefined;
export type XmlAttrs = Record<string, XmlValue>;

/** ` name="value"` for each attribute given (absent and empty values left out). */
export const xmlAttrs = (values: XmlAttrs | undefined): string => {
  if (values === undefined) return "";
  let out = "";
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === "") continue;
    out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
};

/** An element with escaped text; an empty element (`<name />`) when the value is absent. */
export const el = (name: string, value: XmlValue, attributes?: XmlAttrs): string =>
  value === null || value === undefined || value === ""
    ? `<${name}${xmlAttrs(attributes)} />`
    : `<${name}${xmlAttrs(attributes)}>${escapeText(String(value))}</${name}>`;

/** An element whose text is a CDATA section; empty when the value is absent. */
export const cel = (name: string, value: XmlValue, attributes?: XmlAttrs): string =>
  value === null || value === undefined || value === ""
    ? `<${name}${xmlAttrs(attributes)} />`
    : `<${name}${xmlAttrs(attributes)}>${cdata(String(value))}</${name}>`;

/** An element wrapping already built child elements. */
export const wrap = (name: string, children: string, attributes?: XmlAttrs): string =>
  `<${name}${xmlAttrs(attributes)}>${children}</${name}>`;
