/**
 * Gendered job titles (C. trav. L1142-1). A title naming the job with one gendered noun needs a
 * marker ("H/F", "F/H", "homme/femme"…), both forms ("Vendeur / Vendeuse") or an inclusive ending
 * ("Vendeur(se)", "Vendeur·euse"). Epicene nouns ("Comptable", "Responsable", "Manager") need nothing.
 * A feminine-only title is held even with "H/F": the Pôle emploi 2010 guide deems it illicit.
 */
import { fold } from "../../text/fold.js";
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
// An abstract noun ("Responsable Efficacité Commerciale", "Chargé Qualité…"): the words after it
// qualify it, not the person, so the search for the job noun stops there.
const ABSTRACT_NOUN = /(?:ite|tion|sion|ance|ence|ment|isme)$/;
const feminineLooking = /(?:e|es)$/;

interface HeadNoun {
  word: string;
  gender: "m" | "f";
  start: number;
  end: number;
}

const placeName = (text: string): string => text.replace(/[\s\-']+/g, " ").trim();

/**
 * The first gendered noun of each title segment, before any preposition ("Assistante de direction").
 * A segment naming the offer's place ("Fabricant de bateaux - Mâcon") holds no job noun.
 */
const headNouns = (title: string, place: string | null): HeadNoun[] => {
  const nouns: HeadNoun[] = [];
  let offset = 0;
  for (const segment of title.split(SEGMENT_BREAK)) {
    const base = title.indexOf(segment, offset);
    offset = base + segment.length;
    if (place !== null && base > 0 && placeName(segment) === place) continue;
    for (const m of segment.matchAll(WORD)) {
      const word = singular(m[0]);
      if (PREPOSITIONS.has(m[0])) break;
      const gender = MASCULINE.has(word) ? "m" : FEMININE.has(word) ? "f" : null;
      if (gender === null) {
        if (ABSTRACT_NOUN.test(word)) break;
        continue;
      }
      nouns.push({ word, gender, start: base + m.index, end: base + m.index + m[0].length });
      break;
    }
  }
  return nouns;
};

/** The other form in the title, not as a complement: "Formatrice de formateurs" names one form. */
const counterpartIn = (title: string, noun: HeadNoun): boolean => {
  const other = noun.gender === "m" ? MASCULINE.get(noun.word) : FEMININE.get(noun.word);
  return (
    other !== undefined &&
    new RegExp(`(?<![a-z])(?<!(?:de|des|du|d'|aux|les|pour) )${other}s?(?![a-z])`).test(title)
  );
};

const genderOf = (word: string): "m" | "f" | null => {
  const w = singular(word);
  return MASCULINE.has(w) ? "m" : FEMININE.has(w) ? "f" : null;
};

/**
 * Both forms as ROME writes pairs whose nouns differ or are not in the lexicon: "Steward /
 * Hôtesse", "Traminot / Employée de tramway", "Entraîneur / Entraîneure", "Maître-nageur
 * sauveteur / Maître-nageuse sauveteuse". The first word where the two sides differ is not
 * feminine on the left, and feminine (by the lexicon, or by its ending next to a known masculine)
 * on the right; "Vendeuse / Caissière" and "Chercheur / Concepteur" are not pairs.
 */
const slashPair = (title: string): boolean => {
  for (const segment of title.split(SEGMENT_BREAK)) {
    const sides = segment.split(/\s+\/\s+|(?<=[a-z]{2})\/(?=[a-z]{2})/);
    if (sides.length !== 2) continue;
    const left = (sides[0] ?? "").match(WORD) ?? [];
    const right = (sides[1] ?? "").match(WORD) ?? [];
    const at = left.findIndex((w, i) => w !== right[i]);
    const l = left[at];
    const r = right[at];
    if (l === undefined || r === undefined) continue;
    const lg = genderOf(l);
    const rg = genderOf(r);
    if (lg === "f" || rg === "m") continue;
    if (rg === "f" || (feminineLooking.test(r) && r.startsWith(l.slice(0, 4)))) return true;
  }
  return false;
};

const hasInclusiveEnding = (title: string, noun: HeadNoun): boolean =>
  INCLUSIVE_ENDING.test(title.slice(noun.end));

const titleHits = (input: RuleInput, gender: "m" | "f"): readonly Hit[] => {
  const { doc } = input;
  if (doc.titleEnd === 0) return NO_HITS;
  const title = doc.folded.slice(0, doc.titleEnd);
  if (gender === "m" && MARKER.test(title)) return NO_HITS;
  if (slashPair(title)) return NO_HITS;
  const label = input.subject.locationLabel;
  const place = label ? placeName(fold(label.split(",")[0] ?? "")) : null;
  const hits = headNouns(title, place)
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
