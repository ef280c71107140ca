/**
 * Lookup keys for place names. Partners write the same commune many ways ("Saint-Étienne",
 * "ST ETIENNE", "St Etienne Cedex 2", "Mans (Le)", "LE MANS"); every spelling must fold to the
 * same key. A key is the folded name without separators, with "st"/"ste" expanded and CEDEX
 * suffixes dropped. Names that start with an article also get an article-less variant.
 */
import { fold } from "../text/fold.js";

const ARTICLES = new Set(["le", "la", "les", "l"]);
const ABBREVIATIONS: Record<string, string> = {
  st: "saint",
  ste: "sainte",
  sts: "saints",
  stes: "saintes",
};
// "Mans (Le)", "Andelys (Les)", "Isle-Adam (L')": the article written after the name.
const TRAILING_ARTICLE = /^(.*?)[\s,]*\((le|la|les|l')\)\s*$/i;
const NON_ALNUM = /[^a-z0-9]+/;
const ASCII = /^[\x20-\x7e]*$/;

const tokensOf = (name: string): string[] => {
  const moved = name.includes("(") ? TRAILING_ARTICLE.exec(name) : null;
  const text = moved ? `${moved[2]} ${moved[1]}` : name;
  const folded = ASCII.test(text) ? text.toLowerCase() : fold(text);
  const tokens = (folded.includes("/") ? folded.replace(/\bs\/\s*/g, "sur ") : folded).split(NON_ALNUM);
  const out: string[] = [];
  for (const token of tokens) {
    if (token === "") continue;
    // "PARIS CEDEX 08", "Lyon Cedex 3": what follows CEDEX is a sorting office, not a place.
    if (token === "cedex" && out.length > 0) break;
    out.push(ABBREVIATIONS[token] ?? token);
  }
  return out;
};

/** The main lookup key of a place name ("" when the name has no letters or digits). */
export const placeKey = (name: string): string => tokensOf(name).join("");

/**
 * Every key a name is indexed or looked up under: the full key first, then the key without a
 * leading article ("Le Mans" → "lemans", "mans").
 */
export const placeKeys = (name: string): string[] => {
  const tokens = tokensOf(name);
  if (tokens.length === 0) return [];
  const full = tokens.join("");
  const first = tokens[0] ?? "";
  if (tokens.length > 1 && ARTICLES.has(first)) return [full, tokens.slice(1).join("")];
  return [full];
};

/** The cities split into municipal arrondissements, with the INSEE code of arrondissement n. */
const ARRONDISSEMENT_CITIES: Record<string, { parent: string; count: number; code: (n: number) => string }> =
  {
    paris: { parent: "75056", count: 20, code: (n) => String(75100 + n) },
    marseille: { parent: "13055", count: 16, code: (n) => String(13200 + n) },
    lyon: { parent: "69123", count: 9, code: (n) => String(69380 + n) },
  };

// "paris 15e", "paris 15", "lyon 3eme", "marseille 8e arrondissement", "paris 01", "paris 1er arr"
const ARRONDISSEMENT = /^(paris|marseille|lyon)\s*(\d{1,2})\s*(?:er|e|eme|ieme|em)?\s*(?:arr\w*)?\.?$/;

/**
 * The arrondissement a name designates ("Paris 15e" → 75115), the parent commune when the
 * number is out of range, or undefined when the name is not of that shape.
 */
export const arrondissementCode = (name: string): string | undefined => {
  const text = tokensOf(name).join(" ");
  const match = ARRONDISSEMENT.exec(text.replace(/(\d)\s+(er|e|eme|ieme)\b/, "$1$2"));
  if (!match) return undefined;
  const city = ARRONDISSEMENT_CITIES[match[1] ?? ""];
  if (!city) return undefined;
  const n = Number(match[2]);
  return n >= 1 && n <= city.count ? city.code(n) : city.parent;
};
