/**
 * Remote-work mode from what a partner wrote: a dedicated field ("télétravail partiel", "full
 * remote", "non") and the posting's title and description. Explicit wording only: "véhicules
 * hybrides" or "profil hybride" say nothing about remote work, "pas de full remote" is not full.
 */
import type { RemoteMode } from "../offer/offer.js";

const TELE = String.raw`t[ée]l[ée][\s-]?trava(?:il|ill)\w*`;
const REMOTE = String.raw`(?:${TELE}|remote|travail\s+[àa]\s+(?:distance|domicile))`;
// "à distance" alone is too vague ("installations à distance", "vente à distance"): only with work.
const WORK_AWAY = String.raw`(?:poste|travail|travailler|emploi|mission)\s+(?:\S+\s+){0,2}?`;
// Restrictions in time do not rule remote work out: "pas de télétravail pendant la période d'essai".
const NOT_TEMPORARY = String.raw`(?!\s+(?:pendant|durant|lors|avant|au\s+d[ée]but|les\s+premi|la\s+premi))`;
const NEGATION = /(?:\bpas|\bnon|\bno|\bnot|\bsans|\bni|\baucun\w*)\s+(?:\S+\s+){0,3}$/i;

// Cheap first pass: most descriptions mention none of these words, and the patterns below only
// need the text around the mentions.
const MENTION =
  /t[ée]l[ée][\s-]?trav|remote|hybrid|distance|trava\w*\s+[àa]\s+domicile|pr[ée]sentiel|on[\s-]?site/gi;
const BEFORE = 90;
const AFTER = 120;

/** The parts of the text around each mention, or "" when there is none. */
const focus = (text: string): string => {
  MENTION.lastIndex = 0;
  let match = MENTION.exec(text);
  if (!match) return "";
  if (text.length <= BEFORE + AFTER) return text;
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  for (; match; match = MENTION.exec(text)) {
    const from = Math.max(0, match.index - BEFORE);
    if (from > end && end >= 0) {
      parts.push(text.slice(start, end));
      start = -1;
    }
    if (start < 0) start = from;
    end = Math.min(text.length, match.index + AFTER);
  }
  parts.push(text.slice(start, end));
  return parts.join("\n\n");
};

const FULL = [
  String.raw`\bfull[\s-]*(?:${REMOTE}|distance)`,
  // Indeed's "Lieu du poste : Télétravail" (and not "… : Télétravail hybride").
  String.raw`lieu\s+du\s+poste\s*:\s*(?:en\s+)?${TELE}(?!\s+(?:hybride|partiel))`,
  String.raw`\bfully\s+remote`,
  String.raw`\b100\s*%\s*(?:en\s+|de\s+)?${REMOTE}`,
  String.raw`${WORK_AWAY}(?:100\s*%|enti[èe]rement|totalement|exclusivement|uniquement)\s+[àa]\s+distance`,
  String.raw`${REMOTE}\s*(?:[àa]\s*)?100\s*%`,
  String.raw`${TELE}\s+(?:complet|total|int[ée]gral|permanent|exclusif)`,
  String.raw`(?:enti[èe]rement|totalement|exclusivement|uniquement)\s+(?:en\s+)?${REMOTE}`,
  // "Data engineer (Remote)", "Développeur - remote": remote as a title tag.
  String.raw`[(\-–|]\s*(?:full\s+)?remote\s*(?:$|[)\-–|,])`,
].map((source) => new RegExp(source, "gim"));

const NONE = [
  String.raw`(?:\bpas|\baucun|\bsans|\bno)\s+(?:de\s+|d'|possibilit[ée]\s+de\s+)?${REMOTE}${NOT_TEMPORARY}`,
  String.raw`${REMOTE}\s*(?::|-)?\s*(?:non\b|impossible|exclu|interdit|non\s+(?:possible|autoris[ée]|envisageable|pr[ée]vu|accept[ée]))`,
  String.raw`${REMOTE}\s+n'est\s+pas\s+(?:possible|autoris[ée]|envisageable|pr[ée]vu)`,
  String.raw`ne\s+(?:permet|propose|offre)\s+pas\s+(?:le\s+|de\s+)?${TELE}`,
  String.raw`non\s+(?:${TELE}|[ée]ligible\s+au\s+${TELE})`,
].map((source) => new RegExp(source, "i"));

// On-site wording: weaker than a stated number of remote days ("présentiel et 1 jour de remote").
const ON_SITE = [
  String.raw`\b100\s*%\s*(?:en\s+)?pr[ée]sentiel`,
  String.raw`\b(?:poste|travail|emploi)\s+(?:exclusivement\s+|uniquement\s+)?en\s+pr[ée]sentiel`,
  String.raw`\bon[\s-]?site\s+only`,
  String.raw`lieu\s+du\s+poste\s*:\s*(?:en\s+)?pr[ée]sentiel`,
].map((source) => new RegExp(source, "i"));

const HYBRID = [
  String.raw`(?:mode|travail|${TELE}|organisation|format|rythme|fonctionnement|mod[èe]le|en)\s+hybride?s?\b`,
  String.raw`\bhybrid\s+(?:work|working|remote|role|position)`,
  String.raw`\d\s*(?:j(?:ours?|rs?)?|days?)\b[^.\n]{0,25}?${REMOTE}`,
  String.raw`${REMOTE}[^.\n]{0,40}?\d(?:[.,]\d)?\s*(?:j(?:ours?|rs?)?|days?)\b`,
  String.raw`(?:${REMOTE})\s+(?:partiel|partial|possible|occasionnel|ponctuel|autoris[ée]|envisageable|flexible|friendly)`,
  String.raw`\b(?:partial|partiel(?:lement)?)\s+(?:en\s+)?(?:${REMOTE})`,
].map((source) => new RegExp(source, "i"));
// Any other mention of télétravail: some remote work, amount unsaid.
const TELE_MENTION = new RegExp(TELE, "i");

/** A match of a "full" pattern that is not negated ("pas de full remote"). */
const hasFull = (text: string): boolean | "negated" => {
  let negated = false;
  for (const pattern of FULL) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (!NEGATION.test(text.slice(Math.max(0, match.index - 30), match.index))) return true;
      negated = true;
    }
  }
  return negated ? "negated" : false;
};

/** Remote mode of a text, or null when it says nothing explicit. */
export const remoteModeOfText = (fullText: string): RemoteMode | null => {
  const text = focus(fullText);
  if (text === "") return null;
  const full = hasFull(text);
  if (full === true) return "full";
  if (NONE.some((pattern) => pattern.test(text))) return "none";
  if (HYBRID.some((pattern) => pattern.test(text))) return "hybrid";
  if (ON_SITE.some((pattern) => pattern.test(text))) return "none";
  return full === "negated" || TELE_MENTION.test(text) ? "hybrid" : null;
};

const FIELD_NONE = /^(?:non|no|none|false|0|aucun|jamais|sur\s+site|on[\s-]?site|pr[ée]sentiel|office)$/i;
const FIELD_FULL = /^(?:full|total|complet|100\s*%|remote|fully\s+remote|yes,?\s+full)$/i;
const FIELD_HYBRID = /^(?:oui|yes|true|1|partiel|partial|hybrid|hybride|possible|occasionnel|flexible)$/i;

/** Remote mode from the partner's remote field, then from the posting's title and description. */
export const detectRemote = (field: string | undefined, text?: string): RemoteMode | null => {
  const value = field?.trim() ?? "";
  if (value !== "") {
    if (FIELD_NONE.test(value)) return "none";
    if (FIELD_FULL.test(value)) return "full";
    if (FIELD_HYBRID.test(value)) return "hybrid";
    const fromField = remoteModeOfText(value);
    if (fromField !== null) return fromField;
    if (/hybrid|\d\s*(?:j\b|jours?|days?)/i.test(value)) return "hybrid";
  }
  return text === undefined || text === "" ? null : remoteModeOfText(text);
};
