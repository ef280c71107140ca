/**
 * Age rules: no upper age limit (L5331-2) and no age criterion (L1132-1, C. pén. 225-2 5°), except
 * the age conditions set by law (apprenticeship, youth schemes, legal minimum ages).
 */
import {
  AGE_CODED,
  AGE_INFO,
  AGE_LIMIT,
  AGE_LIMIT_WORDS,
  AGE_MINIMUM,
  AGE_YOUNG,
  agesIn,
} from "../lexicons/age.js";
import { PRO_CONTRACT, YOUTH_SCHEME } from "../lexicons/common.js";
import { compilePhrases, compileSource, docHas, findPhrases } from "../phrases.js";
import type { Rule, RuleInput } from "../types.js";
import { contextTest, NO_HITS, phraseRule } from "./define.js";
import { workStudyOf } from "./pay-schemes.js";

const AGE_ARTICLE = "C. trav. L5331-2 ; L1132-1 ; C. pén. 225-2 5°";
/** A two-digit number followed by "ans", or a bracket of two numbers: the gate of the numeric age phrases. */
const YEARS_GATE = /\d\d\s?-?\s?ans\b|\d\d\s?(?:a|et|-|\/)\s?\d\d/;
const youthScheme = compileSource(YOUTH_SCHEME, "");
const proContract = compileSource(PRO_CONTRACT, "");
const APPRENTICE_BEFORE = /(?:apprenti|apprentissage|alternan)\w*[\s:(,-]*(?:\w+ ){0,3}$/;
const limitPhrases = compilePhrases(AGE_LIMIT);
const limitWords = compilePhrases(AGE_LIMIT_WORDS);

/**
 * The highest age a legal scheme of the offer allows, or null when none applies. Apprenticeship
 * goes up to 29 (35 in its legal exceptions); the other youth schemes to 25 (30 for disabled people).
 * A professionalisation contract has no upper age: without apprenticeship, no cap is lawful. The
 * contract must say it is an apprenticeship (nature, title, "contrat d'apprentissage"): the word
 * met elsewhere ("l'apprentissage de la conduite", "accessible en contrat d'apprentissage") is not one.
 */
const legalAgeCap = (input: RuleInput): number | null => {
  const workStudy = workStudyOf(input);
  if (workStudy !== null && (workStudy.apprentice || workStudy.unspecified)) return 35;
  if (workStudy?.pro === true || docHas(input.doc, proContract)) return null;
  return docHas(input.doc, youthScheme) ? 30 : null;
};

/** The highest age in a matched phrase (digits or words); infinite when there is none ("la trentaine"). */
const highestNumber = (text: string): number => {
  const numbers = agesIn(text);
  return numbers.length === 0 ? Number.POSITIVE_INFINITY : Math.max(...numbers);
};

export const ageLimit: Rule = {
  id: "age-limit",
  family: "age",
  article: AGE_ARTICLE,
  severity: "reject",
  detects: "An upper age limit, an age bracket or a precise age required of the candidate",
  explain:
    "Une offre d'emploi ne peut pas fixer de limite d'âge ni de tranche d'âge : l'âge est un critère de discrimination, sauf condition d'âge imposée par la loi (apprentissage, par exemple). Le contrat de professionnalisation n'a pas de limite d'âge supérieure.",
  suggest: "Supprimez la mention d'âge et décrivez plutôt l'expérience ou les compétences attendues.",
  detect: (input) => {
    const spans = YEARS_GATE.test(input.doc.folded) ? findPhrases(input.doc, limitPhrases) : [];
    if (spans.length < 3) spans.push(...findPhrases(input.doc, limitWords, 3 - spans.length));
    if (spans.length === 0) return NO_HITS;
    const cap = legalAgeCap(input);
    const folded = input.doc.folded;
    return spans.filter((s) => {
      const highest = highestNumber(folded.slice(s.start, s.end));
      // "Apprentissage 16-29 ans": the apprenticeship's own age band, stated with it.
      const apprenticeBand = APPRENTICE_BEFORE.test(folded.slice(Math.max(0, s.start - 60), s.start));
      return highest > (cap ?? (apprenticeBand ? 35 : Number.NEGATIVE_INFINITY));
    });
  },
};

export const ageYoung = phraseRule(
  {
    id: "age-young",
    family: "age",
    article: AGE_ARTICLE,
    severity: "reject",
    detects: "Youth or seniority as a condition: 'jeune H/F', 'recherchons jeune', 'seniors s'abstenir'",
    explain:
      "L'offre réserve le poste à des personnes jeunes (ou en écarte des plus âgées) : c'est une discrimination fondée sur l'âge, interdite dans une offre d'emploi.",
    suggest:
      "Retirez « jeune » ou l'exclusion liée à l'âge ; décrivez le niveau d'expérience (« débutant accepté », « première expérience »).",
  },
  AGE_YOUNG,
  { skip: (input) => legalAgeCap(input) !== null },
);

const drivingContext = contextTest(
  "permis|conduite|chauffeur|fimo|fco|poids lourds?|vehicules?|assurances?|alcool|debit de boissons|bar|nuit|casino|jeux d'argent|armes?",
);

export const ageMinimum = phraseRule(
  {
    id: "age-minimum",
    family: "age",
    article: "C. trav. L1132-1 ; L1133-2",
    severity: "review",
    detects: "A minimum age other than a legal one (16 or 18)",
    explain:
      "Un âge minimum est un critère d'âge : il n'est admis que s'il est imposé par la loi (majorité, conduite de certains véhicules…) ou objectivement justifié.",
    suggest: "Indiquez la condition légale qui impose cet âge (permis, majorité) ou supprimez-le.",
  },
  AGE_MINIMUM,
  {
    gate: YEARS_GATE,
    skip: (input) => drivingContext(input) || docHas(input.doc, proContract) || legalAgeCap(input) !== null,
  },
);

export const ageCoded = phraseRule(
  {
    id: "age-coded",
    family: "age",
    article: "C. trav. L1132-1 (discrimination indirecte)",
    severity: "review",
    detects:
      "Age-coded wording: 'génération Z', 'jeune diplômé exigé', 'réservé aux étudiants', 'idéal jeune retraité'",
    explain:
      "Cette formulation vise une classe d'âge (discrimination indirecte) : elle écarte des candidats sans lien avec les exigences du poste.",
    suggest:
      "Décrivez le niveau d'expérience attendu (« débutant accepté ») plutôt qu'une génération ou un statut lié à l'âge.",
  },
  AGE_CODED,
  {},
);

export const ageInfo = phraseRule(
  {
    id: "age-wording-note",
    family: "age",
    article: "C. trav. L1132-1",
    severity: "info",
    detects:
      "Wording that may suggest an age without excluding anyone: 'équipe jeune', 'jeunes diplômés acceptés'",
    explain: "Formulation acceptée, mais qui peut décourager des candidats d'autres âges.",
    suggest: "Préférez « débutants acceptés » ou une description de l'équipe sans référence à l'âge.",
  },
  AGE_INFO,
  {},
);

export const AGE_RULES: readonly Rule[] = [ageLimit, ageYoung, ageMinimum, ageCoded, ageInfo];
