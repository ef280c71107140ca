/**
 * Gendered job titles (C. trav. L1142-1). A title naming the job with one gendered noun needs a
 * marker ("H/F", "F/H", "homme/femme"…), both forms ("Vendeur / Vendeuse") or an inclusive ending
 * ("Vendeur(se)", "Vendeur·euse"). Epicene nouns ("Comptable", "Responsable", "Manager") need nothing.
 * A feminine-only title is held even with "H/F": the Pôle emploi 2010 guide deems it illicit.
 */
import { SEX_EXEMPT_CONTEXT } from "../lexicons/common.js";
import { FEMININE, MASCULINE, singular } from "../nouns.js";
import { compilePhrases, compileSource, docHas, findPhrases } from "../phrases.js";
import type { Hit, Rule, RuleInput } from "../types.js";
import { NO_HITS } from "./define.js";

const MARKER =
  /(?<![a-z0-9])(?:[hfm]\s*[/\\|.&-]\s*[hfmw](?:\s*[/\\|.-]\s*[xdn])?|\(\s*(?:hf|fh)\s*\)|hommes?\s*(?:\/|ou|et|-)\s*femmes?|femmes?\s*(?:\/|ou|et|-)\s*hommes?|tous genres|x\s*\/\s*[hf]\s*\/\s*[hf])(?![a-z0-9])/;
const INCLUSIVE_ENDING =
  /^(?:\s?\(\s?(?:e|ne|se|euse|rice|trice|ice|ere|iere|ienne|te|ve|fe|esse|elle|le|ee|ive|he|ette|es)\s?\)|\s?[·.\-/]\s?(?:e|ne|se|euse|rice|trice|ice|ere|iere|ienne|te|ve|fe|esse|elle|le|ee|ive|ette|es)(?![a-z]))/;
const SEGMENT_BREAK = /\s[-–|:]\s|[:|]/;
const PREPOSITIONS = new Set([
  "de",
  "du",
  "des",
  "d",
  "en",
  "a",
  "au",
  "aux",
  "pour",
  "chez",
  "sur",
  "dans",
  "avec",
  "la",
  "le",
  "les",
  "l",
]);
const WORD = /[a-z]+/g;
const exemptContext = compileSource(SEX_EXEMPT_CONTEXT, "");

interface HeadNoun {
  word: string;
  gender: "m" | "f";
  start: number;
  end: number;
}

/** The first gendered noun of each title segment, before any preposition ("Assistante de direction"). */
const headNouns = (title: string): HeadNoun[] => {
  const nouns: HeadNoun[] = [];
  let offset = 0;
  for (const segment of title.split(SEGMENT_BREAK)) {
    const base = title.indexOf(segment, offset);
    offset = base + segment.length;
    for (const m of segment.matchAll(WORD)) {
      const word = singular(m[0]);
      if (PREPOSITIONS.has(m[0])) break;
      const gender = MASCULINE.has(word) ? "m" : FEMININE.has(word) ? "f" : null;
      if (gender === null) continue;
      nouns.push({ word, gender, start: base + m.index, end: base + m.index + m[0].length });
      break;
    }
  }
  return nouns;
};

const counterpartIn = (title: string, noun: HeadNoun): boolean => {
  const other = noun.gender === "m" ? MASCULINE.get(noun.word) : FEMININE.get(noun.word);
  return other !== undefined && new RegExp(`(?<![a-z])${other}s?(?![a-z])`).test(title);
};

const hasInclusiveEnding = (title: string, noun: HeadNoun): boolean =>
  INCLUSIVE_ENDING.test(title.slice(noun.end));

const titleHits = (input: RuleInput, gender: "m" | "f"): readonly Hit[] => {
  const { doc } = input;
  if (doc.titleEnd === 0) return NO_HITS;
  const title = doc.folded.slice(0, doc.titleEnd);
  if (gender === "m" && MARKER.test(title)) return NO_HITS;
  const hits = headNouns(title)
    .filter((n) => n.gender === gender && !counterpartIn(title, n) && !hasInclusiveEnding(title, n))
    .map((n) => ({ start: n.start, end: n.end }));
  return hits.length === 0 || docHas(doc, exemptContext) ? NO_HITS : hits;
};

export const titleOneGender: Rule = {
  id: "sex-title-one-gender",
  family: "sex-family",
  article: "C. trav. L1142-1 ; L1132-1",
  severity: "review",
  detects: "A title with a masculine-only job noun and no 'H/F' marker, both forms or inclusive ending",
  explain:
    "L'intitulé ne désigne le poste qu'au masculin, sans mention « H/F » ni forme féminine : une offre ne peut pas laisser entendre que le poste est réservé à un sexe.",
  suggest: "Ajoutez « (H/F) » ou les deux formes dans l'intitulé (par exemple « Vendeur / Vendeuse »).",
  detect: (input) => titleHits(input, "m"),
};

export const titleFeminine: Rule = {
  id: "sex-title-feminine",
  family: "sex-family",
  article: "C. trav. L1142-1 ; L1132-1",
  severity: "review",
  detects: "A title with a feminine-only job noun ('Vendeuse', 'Hôtesse d'accueil'), even with 'H/F'",
  explain:
    "L'intitulé désigne le poste au seul féminin : même suivi de « H/F », il suggère que le poste est réservé aux femmes (guide Pôle emploi 2010).",
  suggest: "Utilisez les deux formes (« Vendeur / Vendeuse (H/F) ») ou un intitulé épicène.",
  detect: (input) => titleHits(input, "f"),
};

// The recruitment of one person named by a feminine job noun: "nous recherchons une vendeuse".
const FEMININE_SOUGHT = compilePhrases([
  {
    re: "(?:recherch\\w*|recrut\\w*|cherch\\w*|embauch\\w*|(?<=en )tant que|poste d'|poste de|vous etes) (?:une |des |d'une |notre |votre |la |l')?(?:(?:nouvelle|future|jeune|bonne|excellente|vraie) )?([a-z]+)",
    check: (m) => FEMININE.has(singular(m[1] ?? "")),
    negatable: false,
  },
]);
const LAST_WORD = /[a-z]+$/;

const SENTENCE_END = /[.;!?\n]/;

/** Text near a hit that names the other form too: "une vendeuse ou un vendeur", "un vendeur / une vendeuse". */
const bothFormsNear = (folded: string, start: number, end: number, masculine: string): boolean => {
  const before =
    folded
      .slice(Math.max(0, start - 40), start)
      .split(SENTENCE_END)
      .pop() ?? "";
  const after = folded.slice(end, end + 40).split(SENTENCE_END)[0] ?? "";
  return new RegExp(`(?<![a-z])${masculine}s?(?![a-z])`).test(`${before} ${after}`);
};

/**
 * The text seeks someone by a feminine-only job noun. `strict`: nothing else in the offer opens
 * the job to men (no marker, no masculine form anywhere); else the title or another line does,
 * and the wording of the text is still one-gendered ("Vendeur H/F… une vendeuse sérieuse").
 */
const feminineSought = (input: RuleInput, strict: boolean): readonly Hit[] => {
  const { doc } = input;
  const spans = findPhrases(doc, FEMININE_SOUGHT);
  if (spans.length === 0) return NO_HITS;
  const hits: Hit[] = [];
  let openedElsewhere = MARKER.test(doc.folded);
  for (const span of spans) {
    const word = LAST_WORD.exec(doc.folded.slice(span.start, span.end))?.[0] ?? "";
    const masculine = FEMININE.get(singular(word));
    if (masculine === undefined || INCLUSIVE_ENDING.test(doc.folded.slice(span.end))) continue;
    if (bothFormsNear(doc.folded, span.start, span.end, masculine)) continue;
    if (doc.wordSet.has(masculine) || doc.wordSet.has(`${masculine}s`)) openedElsewhere = true;
    hits.push({ start: span.end - word.length, end: span.end });
  }
  if (hits.length === 0 || openedElsewhere === strict || docHas(doc, exemptContext)) return NO_HITS;
  return hits;
};

export const feminineCandidate: Rule = {
  id: "sex-feminine-candidate",
  family: "sex-family",
  article: "C. trav. L1142-1 ; L1132-1 ; C. pén. 225-2 5°",
  severity: "reject",
  detects:
    "The text seeks a woman by a feminine-only job noun ('nous recherchons une vendeuse'), with no H/F",
  explain:
    "L'offre recherche « une » candidate désignée au seul féminin, sans mention « H/F » ni forme masculine : elle réserve le poste aux femmes.",
  suggest: "Écrivez « un(e) vendeur(se) (H/F) » ou les deux formes du métier.",
  detect: (input) => feminineSought(input, true),
};

export const feminineWording: Rule = {
  id: "sex-feminine-wording",
  family: "sex-family",
  article: "C. trav. L1142-1 ; L1132-1",
  severity: "review",
  detects:
    "The text seeks 'une vendeuse' by a feminine-only job noun although the title or another line says H/F",
  explain:
    "L'intitulé est ouvert à tous, mais le texte recherche « une » candidate désignée au seul féminin : la formulation laisse entendre que le poste est réservé aux femmes.",
  suggest:
    "Employez les deux formes dans le texte aussi : « un vendeur ou une vendeuse », « un(e) vendeur(se) ».",
  detect: (input) => feminineSought(input, false),
};
