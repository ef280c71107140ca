/**
 * The legal pay floor of the contract an offer proposes: the SMIC, or the reduced floor of the
 * scheme that governs the contract (apprentices, professionalisation contracts, minors, interns).
 * A scheme applies only when the contract says so: its nature field, the title, or the text naming
 * the contract ("contrat d'apprentissage", "Alternance :"). A word met anywhere else ("partenaires
 * indépendants", "vous formerez nos stagiaires") changes nothing.
 */
import { fold } from "../../text/fold.js";
import type { PayFloor } from "../pay-floors.js";
import { type CompiledPhrase, compilePhrases, compileSource, docHas, findPhrases } from "../phrases.js";
import type { RuleInput } from "../types.js";
import { internshipMonths, salariedType } from "./pay-context.js";

/** The floor that applies, in gross euros per hour, with how it was chosen (French, for the partner). */
export interface ApplicableFloor {
  hourly: number;
  label: string;
}

// C. trav. D6222-26 (service-public.fr F31704): % of the SMIC by age bracket and contract year.
const APPRENTICE_SHARES: ReadonlyArray<{ below: number; years: readonly [number, number, number] }> = [
  { below: 18, years: [27, 39, 55] },
  { below: 21, years: [43, 51, 67] },
  { below: 26, years: [53, 61, 78] },
  { below: Number.POSITIVE_INFINITY, years: [100, 100, 100] },
];
// C. trav. D6325-15: professionalisation contract, % of the SMIC by age (65 / 80 % with a bac pro).
const PRO_SHARES: ReadonlyArray<{ below: number; share: number }> = [
  { below: 21, share: 55 },
  { below: 26, share: 70 },
  { below: Number.POSITIVE_INFINITY, share: 100 },
];

// "Formateur en centre de formation d'apprentis", "Maître d'apprentissage": the apprentices are others.
const TITLE_APPRENTICE =
  /(?<!(?:formation|maitres?|tuteurs?|centres?) d')(?:\bapprenti(?:e|s|es)?\b|\bapprentissage\b)/;
const TITLE_PRO = /\bprofessionnalisation\b|\bcontrat pro\b/;
const TITLE_WORK_STUDY = /\balternan(?:ce|t|te|ts|tes)\b/;
const TITLE_INTERN = /\bstages?\b|\bstagiaires?\b/;
const TITLE_NOT_SALARIED =
  /\b(?:independant|auto-?entrepreneur|micro-?entrepreneur|freelance|vdi|franchise|franchisee?|mandataire|agent commercial|benevol\w*|service civique)\b/;

// The text naming the contract itself, not a word met anywhere, nor how the trade is learnt
// ("Le diplôme est accessible par la VAE et en contrat d'apprentissage").
const HOW_THE_TRADE_IS_LEARNT =
  "(?:accessibles?|acces|accede|preparee?s?|prepare|obtenue?s?|obtenir|possibles?)[^.;:\\n]{0,80}$";
const contractInText = (scheme: string, anchors: string[]) =>
  compilePhrases([
    {
      re: `contrats? (?:d'|de |en )?${scheme}|(?:poste|offre|emploi|recrutement|formation) (?:en |d'|de )${scheme}|en ${scheme} (?:de|d'|sur|pour|au sein|chez|dans)|(?<=(?:^|\\n)\\s*)${scheme} ?[:,(–-]`,
      anchors,
      negatable: false,
      notBefore: HOW_THE_TRADE_IS_LEARNT,
    },
  ]);
const names = (doc: RuleInput["doc"], phrases: readonly CompiledPhrase[]): boolean =>
  findPhrases(doc, phrases, 1).length > 0;
const apprenticeText = contractInText("(?:apprentissage|apprenti)", ["appre"]);
const proText = contractInText("(?:professionnalisation|pro)", ["profe", "pro"]);
const workStudyText = contractInText("alternance", ["alter"]);
const minorsText = compileSource(
  "(?:pour|reserve aux|ouvert aux) (?:des )?(?:jeunes )?mineurs|mineurs? (?:de|acceptes?|bienvenus?|des|a partir de)|(?:des|a partir de|des l'age de) 1[67] ans|1[67] ?(?:-|a|et|/) ?1[78] ans|moins de 18 ans (?:acceptes?|bienvenus?|possible)",
  "",
);
const SEVENTEEN = /(?:^|[^0-9])17(?:[^0-9]|$)/;
const SIXTEEN = /(?:^|[^0-9])16(?:[^0-9]|$)|moins de 17 ans/;

const CONTRACT_YEAR = /\b([123])(?:re|ere|er|e|eme)? annee\b|\b(premiere|deuxieme|seconde|troisieme) annee\b/;
const YEAR_WORDS: Record<string, number> = { premiere: 1, deuxieme: 2, seconde: 2, troisieme: 3 };
const AGE = /(?:^|[^0-9])(1[5-9]|2\d|3[0-5]) ans(?! d'(?:experience|anciennete|etudes))/g;

/** The contract year (1–3) stated in the text, or null. */
const contractYear = (text: string): number | null => {
  const m = CONTRACT_YEAR.exec(text);
  if (m === null) return null;
  return m[1] !== undefined ? Number(m[1]) : (YEAR_WORDS[m[2] ?? ""] ?? null);
};

/** The lowest age stated in the text (the lowest floor), or null. */
const statedAge = (text: string): number | null => {
  const ages = [...text.matchAll(AGE)].map((m) => Number(m[1]));
  return ages.length === 0 ? null : Math.min(...ages);
};

const percent = (share: number): string => `${share} % du SMIC`;

/** The lowest apprentice share for what the text says of the age and the year (27 % when neither). */
const apprenticeFloor = (text: string): { share: number; known: string } => {
  const age = statedAge(text);
  const year = contractYear(text);
  const rows = age === null ? APPRENTICE_SHARES : APPRENTICE_SHARES.filter((r) => age < r.below).slice(0, 1);
  const shares = rows.flatMap((r) => (year === null ? r.years : [r.years[year - 1] ?? r.years[0]]));
  const known = [
    age === null ? "âge non précisé" : `${age} ans`,
    year === null ? "année non précisée" : `${year}e année`,
  ];
  return { share: Math.min(...shares), known: known.join(", ") };
};

const proFloor = (text: string): { share: number; known: string } => {
  const age = statedAge(text);
  const row = age === null ? PRO_SHARES[0]! : (PRO_SHARES.find((r) => age < r.below) ?? PRO_SHARES[0]!);
  return { share: row.share, known: age === null ? "âge non précisé" : `${age} ans` };
};

export interface WorkStudy {
  apprentice: boolean;
  pro: boolean;
  /** "Alternance" without saying which contract (or both named). */
  unspecified: boolean;
}

/**
 * The work-study contract the offer proposes, from its nature field, its title or the text naming
 * the contract; null when it proposes none. Also decides which legal age conditions apply.
 */
export const workStudyOf = ({ subject, doc }: RuleInput): WorkStudy | null => {
  const title = fold(doc.original.slice(0, doc.titleEnd));
  const apprentice =
    subject.contractNature === "E2" || TITLE_APPRENTICE.test(title) || names(doc, apprenticeText);
  const pro = subject.contractNature === "FS" || TITLE_PRO.test(title) || names(doc, proText);
  const unspecified = (apprentice && pro) || TITLE_WORK_STUDY.test(title) || names(doc, workStudyText);
  return apprentice || pro || unspecified ? { apprentice, pro, unspecified } : null;
};

/**
 * The pay floor of the contract, or null when no pay floor applies (a non-salaried activity, an
 * internship of two months or less).
 */
export const applicableFloor = (input: RuleInput, floor: PayFloor): ApplicableFloor | null => {
  const { subject, doc } = input;
  const smic = floor.smicHourlyGross;
  const title = fold(doc.original.slice(0, doc.titleEnd));
  const salaried = salariedType(subject);
  const scheme = (share: number, label: string): ApplicableFloor => ({
    hourly: (smic * share) / 100,
    label: `${label} (${percent(share)})`,
  });
  const workStudy = workStudyOf(input);
  const apprentice = workStudy?.apprentice === true;
  const pro = workStudy?.pro === true;
  if (apprentice && !pro) {
    const { share, known } = apprenticeFloor(doc.folded);
    return scheme(share, `minimum légal d'un apprenti, ${known}`);
  }
  if (pro && !apprentice) {
    const { share, known } = proFloor(doc.folded);
    return scheme(share, `minimum légal d'un contrat de professionnalisation, ${known}`);
  }
  if (workStudy !== null) {
    return scheme(APPRENTICE_SHARES[0]!.years[0], "minimum légal le plus bas d'un contrat en alternance");
  }
  if (salaried !== true && (subject.contractType === "STG" || TITLE_INTERN.test(title))) {
    const months = internshipMonths(input);
    return months !== null && months > 2
      ? { hourly: floor.internHourly, label: "gratification minimale d'un stage de plus de deux mois" }
      : null;
  }
  if (salaried === false || (salaried === null && TITLE_NOT_SALARIED.test(title))) return null;
  if (TITLE_INTERN.test(title) && salaried === null) return null;
  if (docHas(doc, minorsText) || /\bmineurs?\b/.test(title)) {
    // 80 % under 17, 90 % from 17 to 18 (D3231-3): the lowest unless only 17-year-olds are sought.
    const share = SIXTEEN.test(doc.folded) || !SEVENTEEN.test(doc.folded) ? 80 : 90;
    return scheme(
      share,
      share === 80 ? "minimum légal d'un salarié de moins de 17 ans" : "minimum légal d'un salarié de 17 ans",
    );
  }
  return { hourly: smic, label: "SMIC" };
};
