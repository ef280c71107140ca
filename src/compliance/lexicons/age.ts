/**
 * Age phrases (C. trav. L5331-2, L1132-1; C. pén. 225-2 5°), folded. See docs/compliance.md.
 */
import { isPersonNoun } from "../nouns.js";
import type { PhraseSpec } from "../phrases.js";
import { E, EXCLUDED, EXPERIENCE_AFTER, OTHER_SUBJECT_BEFORE } from "./common.js";

// "jeunes agriculteurs", "jeunes chercheurs", "jeune conducteur": statuses, not a candidate's age.
const NOT_CANDIDATE_YOUTH = /^(?:agricult|conduct|createu|creatri|entrepreneu|chercheu|parent)/;
const n = (m: RegExpExecArray, i: number): number => Number(m[i]);
const isAge = (value: number): boolean => value >= 15 && value <= 75;
const range = (m: RegExpExecArray): boolean => {
  const lo = n(m, 1);
  const hi = n(m, 2);
  return isAge(lo) && hi > lo && hi <= 80 && hi >= 20;
};
/** "moins de 18 ans" states the legal minimum age, not an upper limit. */
const above18 = (m: RegExpExecArray): boolean => n(m, 1) > 18 && isAge(n(m, 1));
/** 14 to 18 are legal minimum working ages (minors, night work, alcohol): not flagged. */
const isAdultAge = (value: number): boolean => value > 18 && value <= 70;
const unusualMinimum = (m: RegExpExecArray): boolean => isAdultAge(n(m, 1));

const AGED = `(?:agee?${E}|age${E})`;
const DECADE = "(?:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)";
const HISTORY_BEFORE =
  "(?:depuis|il y a|existe|creee?|fondee?|pendant|durant|experience|anciennete)[^.;!?\\n]{0,30}$";
const NOT_MINIMUM_SIDE =
  "(?:interdite?s?|pas ouverte?s?|non accessibles?|exclue?s?|refusee?s?|pas de candidats?) (?:aux|a|de)\\s*$";

/** "ne doit pas dépasser", "ne devra pas avoir plus de": an upper limit stated as a duty. */
const NOT_OVER =
  "ne (?:doit|doivent|devra|devront|devez|devrez|peut|pourra|pourrez) pas (?:depasser|exceder|avoir plus de)|ne depassant pas";
/** A group of people above an age, then excluded: "candidats de plus de 45 ans ne seront pas retenus". */
const OLDER_GROUP = `(?:(?:les |des )?(?:candidat|personne|profil|postulant|demandeur)${E} (?:age${E} )?(?:de |d'|ayant )?)?(?:plus de|au-dela de|passe|depasse|de)`;

/** Upper limits, brackets and precise ages written with numbers (run when YEARS_GATE matches). */
export const AGE_LIMIT: readonly PhraseSpec[] = [
  {
    re: `(?:moins de|moins d'|- ?de|inferieur a|pas plus de|ne pas depasser|${NOT_OVER}|n'excedant pas|n'ayant pas plus de|jusqu'a|au plus|max(?:imum)?|maxi|- ?) ?(\\d{2}) ?ans`,
    check: above18,
    notAfter: EXPERIENCE_AFTER,
    notBefore: `${OTHER_SUBJECT_BEFORE}|${NOT_MINIMUM_SIDE}|${HISTORY_BEFORE}`,
  },
  {
    re: "(\\d{2}) ?ans ?(?:max(?:imum)?|maxi|au (?:plus|maximum)|et moins|ou moins|dernier delai|grand maximum)",
    check: above18,
    notAfter: EXPERIENCE_AFTER,
    notBefore: HISTORY_BEFORE,
  },
  {
    re: `(?:entre |de |${AGED} de |age :? ?)?(\\d{2}) ?(?:ans )?(?:a|et|-|/|~) ?(\\d{2}) ?ans`,
    check: range,
    notAfter: EXPERIENCE_AFTER,
    notBefore: `${OTHER_SUBJECT_BEFORE}|${HISTORY_BEFORE}`,
  },
  {
    re: `(?:${AGED}|tranche d'age|age requis) ?(?:de |entre |: ?)?(\\d{2}) ?(?:-|a|/|et) ?(\\d{2})`,
    check: range,
    notBefore: OTHER_SUBJECT_BEFORE,
  },
  {
    re: `(?:${AGED}|ayant)\\s*(?:de |d'environ |d'|: ?|entre )?(?:environ )?(\\d{2}) ?ans`,
    check: unusualMinimum,
    notAfter: `${EXPERIENCE_AFTER}|^\\s*(?:minimum|min|mini|au moins|et plus|ou plus|revolus)`,
    notBefore: OTHER_SUBJECT_BEFORE,
  },
  {
    re: `${OLDER_GROUP} (\\d{2}) ?ans(?: et plus| ou plus| revolus)? ?[:,]? ?${EXCLUDED}`,
    check: above18,
    negatable: false,
  },
  {
    re: "(?:environ|autour de|aux alentours de|approximativement) (\\d{2}) ?ans|(\\d{2}) ?ans (?:environ|ou moins|approximativement)",
    check: (m) => isAdultAge(Number(m[1] ?? m[2])),
    notAfter: EXPERIENCE_AFTER,
    notBefore: `${OTHER_SUBJECT_BEFORE}|${HISTORY_BEFORE}`,
  },
];

const TENS: Record<string, number> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 };
const UNITS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
};
/** An age from 20 to 71 written in words: "vingt-cinq", "trente et un", "soixante-dix". */
const SPELLED = `((?:${Object.keys(TENS).join("|")})(?: ?(?:et )?(?:${Object.keys(UNITS).join("|")}))?)`;
const SPELLED_ANCHORS = ["vingt", "trent", "quara", "cinqu", "soixa"];

/** The value of a number written in words (SPELLED), NaN when it is not one. */
export const spelledNumber = (text: string): number => {
  const [tens = "", ...rest] = text.split(/[\s-]+/).filter((w) => w !== "et");
  const unit = rest.length === 0 ? 0 : (UNITS[rest[0] ?? ""] ?? Number.NaN);
  return (TENS[tens] ?? Number.NaN) + unit;
};
const spelled = (m: RegExpExecArray, i: number): number => spelledNumber(m[i] ?? "");
const SPELLED_ANYWHERE = new RegExp(SPELLED.replace(/ \?/g, "[\\s-]*").replace(/ /g, "[\\s-]+"), "g");

/** The ages in a matched phrase, written with digits or words. */
export const agesIn = (text: string): number[] => [
  ...(text.match(/\d{2}/g) ?? []).map(Number),
  ...[...text.matchAll(SPELLED_ANYWHERE)].map((m) => spelledNumber(m[0])),
];

/** Upper limits, brackets and precise ages with the numbers written in words (a bracket needs both). */
const AGE_LIMIT_SPELLED: readonly PhraseSpec[] = [
  {
    anchors: SPELLED_ANCHORS,
    re: `(?:moins de|pas plus de|ne pas depasser|${NOT_OVER}|n'excedant pas|jusqu'a|au plus|maximum) ${SPELLED} ans`,
    check: (m) => spelled(m, 1) > 18,
    notAfter: EXPERIENCE_AFTER,
    notBefore: `${OTHER_SUBJECT_BEFORE}|${HISTORY_BEFORE}`,
  },
  {
    anchors: SPELLED_ANCHORS,
    re: `${SPELLED} ans ?(?:max(?:imum)?|maxi|au (?:plus|maximum)|et moins|ou moins)`,
    notAfter: EXPERIENCE_AFTER,
    notBefore: HISTORY_BEFORE,
  },
  {
    anchors: SPELLED_ANCHORS,
    re: `${SPELLED} (?:ans )?(?:a|et) ${SPELLED} ans`,
    check: (m) => spelled(m, 2) > spelled(m, 1),
    notAfter: EXPERIENCE_AFTER,
    notBefore: `${OTHER_SUBJECT_BEFORE}|${HISTORY_BEFORE}`,
  },
  {
    anchors: SPELLED_ANCHORS,
    re: `(?:${AGED}|ayant) (?:de |d'environ |d'|environ )?${SPELLED} ans`,
    notAfter: `${EXPERIENCE_AFTER}|^\\s*(?:minimum|min|au moins|et plus|ou plus|revolus)`,
    notBefore: OTHER_SUBJECT_BEFORE,
  },
  {
    anchors: SPELLED_ANCHORS,
    re: `(?:plus de|au-dela de|passe) ${SPELLED} ans ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
];

/** Upper limits, brackets and ages written with words. */
export const AGE_LIMIT_WORDS: readonly PhraseSpec[] = [
  ...AGE_LIMIT_SPELLED,
  { re: "tranches? d'age", notBefore: "toutes? (?:les )?$", notAfter: "^s? (?:confondues|variees)" },
  { re: "(?:age|ages) (?:maximum|max|maxi|limite|plafond|ideal|requis|souhaite)" },
  { re: "limite d'age", notAfter: "^\\s*(?:legale|reglementaire|statutaire|de la fonction publique)" },
  {
    re: `(?<=(?:${AGED}|avoir|ayant|dans la|de la|d'une|la|une) (?:d'une |la |une )?)${DECADE}(?: d'annees)?`,
    notAfter: `${EXPERIENCE_AFTER}|^\\s*(?:de |d')`,
    notBefore: `${HISTORY_BEFORE}|${OTHER_SUBJECT_BEFORE}`,
  },
  {
    re: "(?:trentenaire|quadragenaire|quinquagenaire|sexagenaire|quadra|quinqua)s?",
    notBefore: HISTORY_BEFORE,
  },
];

/** Youth or seniority as a condition: "jeune H/F", "recherchons jeune", "seniors s'abstenir". */
export const AGE_YOUNG: readonly PhraseSpec[] = [
  { re: "jeunes? (?:h ?/ ?f|f ?/ ?h|\\(h ?/ ?f\\)|h ?- ?f)" },
  {
    re: "jeunes? ([a-z]+)",
    check: (m) => isPersonNoun(m[1] ?? "") && !NOT_CANDIDATE_YOUTH.test(m[1] ?? ""),
    notBefore:
      "(?:de|d'|des|les|aux|nos|vos|ses|leurs|avec|pour les|aupres des|accompagner|encadrer|former|entrainer|accueillir|animer|prix|programme|reseau)\\s*$",
  },
  {
    // "engageons un jeune", not "Engagement Jeunes" (a board) or "contrat d'engagement jeune".
    re: `(?:recherch|recrut|cherch|embauch|engag(?!ement))\\w* (?:urgent ?:? )?(?:un |une |un\\(e\\) |des |de |d'un |d'une )?(?:\\w+ )?jeunes?`,
    notAfter:
      "^\\s*(?:diplome|entreprise|pousse|societe|start|agricult|conducteur|createur|public|chef|retraite|pousse|marque|structure|equipe|talent)",
  },
  {
    re: `(?<=(?:vous etes|etre|profil|personne|candidat${E}|plutot|de preference|idealement|si possible) )jeunes?`,
    notAfter: "^\\s*(?:diplome|d'esprit|entreprise|pousse|dans)",
  },
  {
    re: `jeunes? et (?:dynamique|motive|souriant|energique|sympathique|ambitieu|disponible|serieu)\\w*`,
    notBefore:
      "(?:equipe|entreprise|societe|structure|start ?up|startup|agence|boite|marque|enseigne|cabinet|restaurant|concept|collectif|ambiance|environnement|groupe|atmosphere|cadre|magasin|boutique|salon|studio|pme|association|team|service)s?(?:[\\s,]+[a-z]+){0,3}[\\s,]*$",
  },
  {
    re: `(?:reserve|destine|ouvert uniquement|exclusivement|uniquement)${E} (?:aux|a des|pour les|pour des|a un|a une) jeunes?`,
    notAfter: "^\\s*(?:diplome|entreprise|agriculteurs|pousses)",
  },
  { re: `jeunes? (?:uniquement|exclusivement|seulement|de preference|exige${E}|imperativement)` },
  { re: "jeunesse (?:exigee|requise|obligatoire|souhaitee)" },
  {
    re: "(?:pas|aucun|aucune) (?:de |d')?(?:profils? |candidats? |personnes? )?(?:seniors?|quinquagenaires?|quinquas?|vieux|personnes? agees?|retraites?|plus de \\d{2} ans)",
    negatable: false,
  },
  {
    re: "(?:seniors?|quinquagenaires?|quinquas?|vieux|personnes? agees?|retraites?|plus de \\d{2} ans|jeunes|moins de \\d{2} ans|mineurs) (?:s'abstenir|s'abstenir svp|exclus|refuses)",
    negatable: false,
  },
  {
    re: `(?:seniors?|quinquagenaires?|quinquas?|sexagenaires?|personnes? agees?|jeunes retraites?) ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    re: `moins de (\\d{2}) ans ?[:,]? ?${EXCLUDED}`,
    check: (m) => Number(m[1]) > 18,
    negatable: false,
  },
  { re: `trop (?:age|vieux|vieille|jeune)${E}`, negatable: false },
];

/** Minimum ages other than the legal ones (16, 18). */
export const AGE_MINIMUM: readonly PhraseSpec[] = [
  {
    re: `(?:age|${AGED}) (?:minimum|minimal|mini|min) (?:de |requis |: ?)?(\\d{2}) ?ans`,
    check: unusualMinimum,
  },
  {
    re: "(\\d{2}) ?ans ?(?:minimum|min|mini|revolus|et plus|ou plus|au moins)",
    check: unusualMinimum,
    notAfter: EXPERIENCE_AFTER,
    notBefore: `${HISTORY_BEFORE}|${OTHER_SUBJECT_BEFORE}|(?:experience|exp|xp)[^.]{0,30}$`,
  },
  {
    re: `(?:avoir|etre ${AGED} de|${AGED} d'|${AGED} de) ?(?:au moins|plus de|minimum) (\\d{2}) ?ans`,
    check: unusualMinimum,
    notAfter: EXPERIENCE_AFTER,
  },
  {
    re: "(?:interdite?s?|pas ouverte?s?|non accessibles?|pas de candidats?) (?:aux|a|de) ?(?:moins de|- de) (\\d{2}) ?ans",
    check: unusualMinimum,
  },
];

/** Age-coded wording: review, not a rejection. */
export const AGE_CODED: readonly PhraseSpec[] = [
  { re: "generation (?:z|y|millenial|millennial)s?|digital natives?|millenn?ials?" },
  {
    re: `jeunes? diplome${E} (?:exige${E}|uniquement|obligatoire(?:ment)?|imperativement|requis${E}|seulement|exclusivement)`,
  },
  {
    re: `(?:reserve|destine|ouvert uniquement|exclusivement|uniquement)${E} (?:aux|a des|pour les) jeunes? diplome`,
  },
  {
    re: `(?:poste|job|emploi|offre)s? (?:est |sont )?(?:reserve${E}|destine${E}|uniquement) (?:aux|pour les|a des) etudiant\\w*`,
  },
  { re: `etudiant${E} (?:uniquement|exclusivement|seulement)` },
  { re: `(?:ideal|idealement|parfait|convient)${E} (?:pour )?(?:un |une |des )?(?:jeunes? )?retraite${E}` },
  { re: "complement (?:de|a la|a votre) retraite|jeunes? retraite" },
];

/** Information only: the wording describes the team or welcomes beginners. */
export const AGE_INFO: readonly PhraseSpec[] = [
  { re: "equipes? (?:tres |plutot )?jeunes?" },
  { re: `jeunes? diplome${E} (?:accepte${E}|bienvenue?${E}|debutant${E}|ou)` },
  { re: `(?:ouvert${E}|accessible${E}) (?:aux|a des) jeunes? diplome` },
  { re: `retraite${E} (?:bienvenue?${E}|accepte${E})` },
];
