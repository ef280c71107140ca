/**
 * Phrase matching shared by every rule: lexicon phrases are regex sources over folded text,
 * compiled once; negation ("sans distinction d'âge", "aucun frais ne vous sera demandé") and
 * context windows are handled here, not in each rule.
 */
import { anchorStems, registerStems } from "./anchors.js";
import type { ScreenDoc } from "./doc.js";

export interface PhraseSpec {
  /**
   * Regex source over folded text. A space matches a run of spaces or hyphens, " ?" an optional one;
   * `'` allows a space after it.
   */
  re: string;
  /** False when the phrase carries its own negation ("sans enfant", "non-fumeur"): skip the negation check. */
  negatable?: boolean;
  /** Regex source tested on the sentence before the match (anchor it with `$`): a hit cancels the match. */
  notBefore?: string;
  /** Regex source tested on the sentence after the match (anchor it with `^`): a hit cancels the match. */
  notAfter?: string;
  /** Extra test on the match (numbers, word lists): false cancels it. */
  check?: (match: RegExpExecArray) => boolean;
  /** Match only in the title. */
  titleOnly?: boolean;
  /**
   * Word stems (at most five letters) of which one must start a word of the document for the
   * phrase to be tried; derived from `re` when omitted (see anchors.ts).
   */
  anchors?: readonly string[];
}

export interface CompiledPhrase {
  readonly re: RegExp;
  /** The same regex, sticky: tried only where an anchor word starts. */
  readonly sticky: RegExp;
  /** Word stems one of which must occur for the phrase to match (null: always try). */
  readonly anchors: readonly string[] | null;
  /** Every match starts with an anchor word (derived anchors): try only those positions. */
  readonly startsAtAnchor: boolean;
  readonly negatable: boolean;
  readonly notBefore: RegExp | null;
  readonly notAfter: RegExp | null;
  readonly check: ((match: RegExpExecArray) => boolean) | null;
  readonly titleOnly: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Rewrite the spaces and apostrophes of a lexicon source (see PhraseSpec.re), outside character
 * classes only: inside a class, `'` -> `'\s*` would add `\`, `s` and `*` to the class, and a class
 * such as `[a-z']` would then also match spaces, which makes nested quantifiers backtrack
 * catastrophically.
 */
export const expand = (source: string): string => {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
      // A "]" right after "[" or "[^" is a literal member of the class.
      if (source[i + 1] === "^") out += source[++i];
      if (source[i + 1] === "]") out += source[++i];
    } else if (c === " " && source[i + 1] === "?") {
      out += "[\\s\\-]*";
      i++;
    } else if (c === " ") out += "[\\s\\-]+";
    else if (c === "'") out += "'\\s*";
    else out += c;
  }
  return out;
};

// Every regex source compiled by the lexicons and rules, in load order: the rule-set version is a
// hash of them, and tests scan them for patterns that backtrack.
const SOURCES: string[] = [];

/** The expanded sources of every compiled phrase and context, in the order the modules loaded them. */
export const compiledSources = (): readonly string[] => SOURCES;

const remember = (source: string): string => {
  SOURCES.push(source);
  return source;
};

/** Compile a regex source written for folded text (see PhraseSpec.re). */
export const compileSource = (source: string, flags = "g"): RegExp => {
  const expanded = expand(source);
  if (flags !== "y") remember(expanded);
  return new RegExp(`(?<![a-z0-9])(?:${expanded})(?![a-z0-9])`, flags);
};

const compileContext = (source: string): RegExp => new RegExp(remember(expand(source)));

export const compilePhrases = (specs: readonly PhraseSpec[]): readonly CompiledPhrase[] =>
  specs.map((spec) => compilePhrase(spec));

const compilePhrase = (spec: PhraseSpec): CompiledPhrase => {
  const anchors = spec.anchors ?? anchorStems(spec.re);
  if (anchors !== null) registerStems(anchors);
  return {
    re: compileSource(spec.re),
    sticky: compileSource(spec.re, "y"),
    anchors,
    startsAtAnchor: spec.anchors === undefined && anchors !== null,
    negatable: spec.negatable ?? true,
    notBefore: spec.notBefore === undefined ? null : compileContext(spec.notBefore),
    notAfter: spec.notAfter === undefined ? null : compileContext(spec.notAfter),
    check: spec.check ?? null,
    titleOnly: spec.titleOnly ?? false,
  };
};

const SENTENCE_STOP = /[.;!?\n•|]/;
const CLAUSE_STOP = /[.;!?\n•|,:()]/;

const lastStop = (text: string, stop: RegExp): number => {
  for (let i = text.length - 1; i >= 0; i--) if (stop.test(text[i]!)) return i;
  return -1;
};

const windowBefore = (doc: ScreenDoc, start: number, size: number, stop: RegExp): string => {
  const text = doc.folded.slice(Math.max(0, start - size), start);
  return text.slice(lastStop(text, stop) + 1);
};

const windowAfter = (doc: ScreenDoc, end: number, size: number, stop: RegExp): string => {
  const text = doc.folded.slice(end, end + size);
  const cut = text.search(stop);
  return cut < 0 ? text : text.slice(0, cut);
};

/** The sentence before a folded offset (at most 90 characters). */
export const sentenceBefore = (doc: ScreenDoc, start: number): string =>
  windowBefore(doc, start, 90, SENTENCE_STOP);

/** The sentence after a folded offset (at most 90 characters). */
export const sentenceAfter = (doc: ScreenDoc, end: number): string =>
  windowAfter(doc, end, 90, SENTENCE_STOP);

// Words that turn a sentence around: a negation or an equal-opportunity statement before them does
// not reach the words after ("Aucun diplôme requis mais frais d'inscription de 40 €").
const CONTRAST =
  /\b(?:mais|sauf|a condition|cependant|toutefois|neanmoins|en revanche|par contre|pourtant|hormis|excepte|en dehors)\b/g;

/** The part of a window before a phrase that follows its last contrast word. */
const afterContrast = (text: string): string => {
  let cut = 0;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(text); m !== null; m = CONTRAST.exec(text)) cut = m.index + m[0].length;
  return text.slice(cut);
};

/** The part of a window after a phrase that precedes its first contrast word. */
const beforeContrast = (text: string): string => {
  CONTRAST.lastIndex = 0;
  const m = CONTRAST.exec(text);
  return m === null ? text : text.slice(0, m.index);
};

const NEGATION_CUES =
  "sans|aucune?s?|pas|ni|non|jamais|nullement|aucunement|zero|exempte?s?|dispenses?|hors|quel(?:le)?s? que soi(?:en)?t|peu importe(?:nt)?|independamment|indifferemment|ouvert a tou(?:te)?s|n'importe";
// A negation cue governing the phrase: in the same clause, at most three words before it, none of
// them a conjunction that starts another statement ("aucun diplôme requis et frais…").
const NEG_BEFORE = new RegExp(
  `(?:^|[^a-z])(?:${NEGATION_CUES})(?:[\\s'\\-]+(?!(?:et|mais|puis|donc|car|or|alors)\\b)[a-z]+){0,3}[\\s'\\-]*$`,
);
// A negation or a "this costs you nothing" statement right after the phrase, in the same sentence.
const NEG_AFTER = new RegExp(
  [
    // "… ne vous seront pas demandés", but not another statement joined by "et" ("… et n'avez jamais…").
    "^(?:(?!\\b(?:et|ou|mais|puis)\\b)[^,]){0,40}?\\b(?:ne|n')\\s*(?:[a-z']+\\s+){0,3}?(?:pas|jamais|plus|aucun|rien|nullement)\\b",
    "^\\s*(?:est |sont |sera |seront )?(?:non|pas|nullement) (?:exigee?s?|requise?s?|obligatoires?|necessaires?|demandee?s?|indispensables?|imposee?s?|factur|payante?s?|a (?:votre|vos|la) charge)",
    "^\\s*(?:est |sont |sera |seront |entierement |integralement |totalement )*(?:offerte?s?|gratuite?s?|prise?s? en charge|a (?:notre|la) charge (?:de l'employeur|de l'entreprise|de la societe)|a notre charge|financee?s? par (?:l'entreprise|l'employeur|nos soins|france travail|l'opco|l'etat|la region|notre))",
    "^\\s*:\\s*(?:non|aucun|neant|nul|0 ?(?:€|euros?)|gratuit|pas de|indifferente?|sans)\\b",
    "^\\s*(?:indifferente?s?|n'est pas un critere|n'a pas d'importance|importe peu|sans importance)",
  ].join("|"),
);

// An equal-opportunity cue: "Quel que soit votre âge, genre, couleur de peau…", "sans distinction de…".
const EQUAL_OPPORTUNITY =
  /\b(?:quel(?:le)?s? que soi(?:en)?t|sans (?:aucune )?(?:distinction|discrimination|consideration|condition|prejuge)s?|independamment|indifferemment|discriminations?|egalite (?:des chances|de traitement|professionnelle)|peu importe(?:nt)?|diversite)\b/g;
// What may stand between such a cue and the phrase it covers: a list of criteria, nothing else.
const CRITERIA_LIST = new RegExp(
  `^(?:[\\s,'/()\\-]|\\b(?:${[
    "de|d|du|des|la|le|l|les|votre|vos|son|sa|ses|leur|leurs|a|au|aux|en|ou|et|ni|sur|toute?s?|tous|forme|formes",
    "liee?s?|fondee?s?|notamment|y|compris|comme|vraie?|supposee?|reelle|ainsi|que|etc|autre|autres|tel(?:le)?s?",
    "age|ages|sexe|genre|origines?|sociale?|ethniques?|ethnie|couleur|peau|nationalites?|nation|race|religions?",
    "religieuses?|convictions?|croyances?|opinions?|politiques?|syndica(?:le|les|l|ux)|activites?|mutualistes?",
    "handicaps?|situations?|famille|familiale|orientation|sexuelle|identite|apparence|physique|sante|etat",
    "grossesse|maternite|moeurs|nom|patronyme|lieu|residence|domiciliation|bancaire|vulnerabilite",
    "economique|perte|autonomie|caracteristiques|genetiques|langues?|mandat|electif|lanceu(?:r|se)s?|alerte",
    "parcours|appartenance|vie|privee|choix|culture|parentalite|statut|capacite|s'exprimer|francais|physiques",
  ].join("|")})\\b)*$`,
);

/** Whether an equal-opportunity statement before the phrase lists the criterion the phrase names. */
const inEqualOpportunityList = (doc: ScreenDoc, start: number): boolean => {
  const before = afterContrast(windowBefore(doc, start, 250, SENTENCE_STOP));
  let cueEnd = -1;
  EQUAL_OPPORTUNITY.lastIndex = 0;
  for (let m = EQUAL_OPPORTUNITY.exec(before); m !== null; m = EQUAL_OPPORTUNITY.exec(before))
    cueEnd = m.index + m[0].length;
  return cueEnd >= 0 && CRITERIA_LIST.test(before.slice(cueEnd));
};

/** Whether the phrase between folded offsets is negated by the words around it. */
export const isNegated = (doc: ScreenDoc, start: number, end: number): boolean =>
  NEG_BEFORE.test(afterContrast(windowBefore(doc, start, 45, CLAUSE_STOP))) ||
  NEG_AFTER.test(beforeContrast(windowAfter(doc, end, 70, SENTENCE_STOP))) ||
  inEqualOpportunityList(doc, start);

/** Whether the document holds a word starting with one of the phrase's anchor stems. */
export const mayMatch = (doc: ScreenDoc, phrase: CompiledPhrase): boolean => {
  if (phrase.anchors === null) return true;
  for (const stem of phrase.anchors) if (doc.anchors.has(stem)) return true;
  return false;
};

/** Start offsets of the anchor words of a phrase, in order. */
const anchorPositions = (doc: ScreenDoc, anchors: readonly string[]): number[] => {
  const positions: number[] = [];
  for (const stem of anchors) {
    const list = doc.anchors.get(stem);
    if (list !== undefined) positions.push(...list);
  }
  return anchors.length > 1 ? [...new Set(positions)].sort((a, b) => a - b) : positions;
};

/** Matches of a phrase: sticky tries at its anchor words, or a scan of the whole text. */
function* matchesOf(doc: ScreenDoc, phrase: CompiledPhrase): Generator<RegExpExecArray> {
  const text = doc.folded;
  if (phrase.startsAtAnchor && phrase.anchors !== null) {
    const sticky = phrase.sticky;
    for (const position of anchorPositions(doc, phrase.anchors)) {
      sticky.lastIndex = position;
      const m = sticky.exec(text);
      if (m !== null) yield m;
    }
    return;
  }
  const re = phrase.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Every place where one of the phrases occurs and is not cancelled by negation or context. */
export const findPhrases = (doc: ScreenDoc, phrases: readonly CompiledPhrase[], limit = 3): Span[] => {
  const spans: Span[] = [];
  for (const phrase of phrases) {
    if (!mayMatch(doc, phrase)) continue;
    const stop = phrase.titleOnly ? doc.titleEnd : doc.folded.length;
    for (const m of matchesOf(doc, phrase)) {
      const start = m.index;
      if (start >= stop) break;
      const end = start + m[0].length;
      if (!overlaps(spans, start, end) && accepts(doc, phrase, m, start, end)) {
        spans.push({ start, end });
        if (spans.length >= limit) return spans;
      }
    }
  }
  return spans;
};

const overlaps = (spans: readonly Span[], start: number, end: number): boolean =>
  spans.some((s) => start < s.end && s.start < end);

const accepts = (doc: ScreenDoc, phrase: CompiledPhrase, m: RegExpExecArray, start: number, end: number) =>
  (phrase.check === null || phrase.check(m)) &&
  (phrase.notBefore === null || !phrase.notBefore.test(sentenceBefore(doc, start))) &&
  (phrase.notAfter === null || !phrase.notAfter.test(sentenceAfter(doc, end))) &&
  (!phrase.negatable || !isNegated(doc, start, end));

/** Whether a precompiled regex occurs anywhere in the document (for exemption contexts). */
export const docHas = (doc: ScreenDoc, re: RegExp): boolean => {
  re.lastIndex = 0;
  return re.test(doc.folded);
};
