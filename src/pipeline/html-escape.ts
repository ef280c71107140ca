/** HTML escaping for the description writer and for anyone who builds HTML from text. */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const HTML_SPECIALS = /[&<>"']/g;
const TEXT_SPECIALS = /[&<>]/g;

/** Escape text for HTML content or a double-quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(HTML_SPECIALS, (c) => ESCAPES[c] ?? c);

/** Escape text for HTML content only (quotes stay readable). */
export const escapeText = (text: string): string => text.replace(TEXT_SPECIALS, (c) => ESCAPES[c] ?? c);
