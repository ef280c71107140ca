/**
 * What a description may carry that is not text: HTML entities left by a partner, URLs, e-mail
 * addresses and anonymisation placeholders ("<email>", "<url>", "<telephone>").
 */

const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  nbsp: " ",
  quot: '"',
  lt: "<",
  gt: ">",
  apos: "'",
  rsquo: "'",
  lsquo: "'",
  laquo: " ",
  raquo: " ",
  hellip: " ",
  euro: "€",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  agrave: "à",
  acirc: "â",
  ccedil: "ç",
  icirc: "î",
  iuml: "ï",
  ocirc: "ô",
  ucirc: "û",
  ugrave: "ù",
  oelig: "œ",
};
const URL_OR_EMAIL = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|<(?:email|url|telephone)>/gi;

const decodeEntity = (whole: string, body: string): string => {
  if (body[0] === "#") {
    const hex = body[1] === "x" || body[1] === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
  }
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? whole;
};

/** The text with HTML entities decoded and URLs, e-mails and anonymisation placeholders removed. */
export const stripNoise = (text: string): string => {
  let out = text.includes("&") ? text.replace(ENTITY, decodeEntity) : text;
  if (out.includes("://") || out.includes("www.") || out.includes("@") || out.includes("<")) {
    out = out.replace(URL_OR_EMAIL, " ");
  }
  return out;
};
