/**
 * Contract information contradicting itself (C. trav. L5331-3 1°): contract type, working time,
 * experience, internship length, self-employment imposed on a salaried job.
 */
import { hasAnyWord } from "../doc.js";
import {
  BEGINNER_WELCOME,
  CDD_TO_CDI,
  CONTRACT_SELF_CONTRADICTION,
  EXPERIENCE_REQUIRED,
  FIXED_TERM_SIGNAL,
  INTERNSHIP_TOO_LONG,
  PERMANENT_SIGNAL,
  SELF_EMPLOYED_REQUIRED,
  SUBORDINATION,
} from "../lexicons/contract.js";
import { statedWeeklyHours } from "../pay-text.js";
import { type CompiledPhrase, compilePhrases, compileSource, docHas, findPhrases } from "../phrases.js";
import type { Hit, Rule, RuleInput } from "../types.js";
import { contextTest, NO_HITS, phraseRule } from "./define.js";
import { isSalariedJob, salariedType } from "./pay-context.js";

const MISLEADING = "C. trav. L5331-3 1°";
const fixedTerm = compilePhrases(FIXED_TERM_SIGNAL);
const permanent = compilePhrases(PERMANENT_SIGNAL);
const mentions = (input: RuleInput, phrases: readonly CompiledPhrase[]): boolean =>
  findPhrases(input.doc, phrases, 1).length > 0;
const selfContradiction = compilePhrases(CONTRACT_SELF_CONTRADICTION);
const CONTRACT_WORDS = [
  "cdi",
  "cdd",
  "interim",
  "mission",
  "contrat",
  "contrats",
  "remplacement",
  "saisonnier",
  "duree",
];

const typeConflict = (input: RuleInput): readonly Hit[] => {
  const type = input.subject.contractType;
  if (type === "CDI" && !mentions(input, permanent) && mentions(input, fixedTerm)) {
    return [{ excerpt: "type de contrat : CDI ; le texte décrit un contrat à durée limitée" }];
  }
  const temporary = type === "CDD" || type === "MIS" || type === "SAI";
  // Work-study contracts ("alternants considérés comme des coéquipiers CDI") talk about CDIs freely.
  const workStudy = input.subject.contractNature === "E2" || input.subject.contractNature === "FS";
  if (temporary && !workStudy && mentions(input, permanent) && !mentions(input, fixedTerm)) {
    return [{ excerpt: `type de contrat : ${type} ; le texte annonce un CDI` }];
  }
  return input.doc.wordSet.has("cdi") ? findPhrases(input.doc, selfContradiction) : NO_HITS;
};

export const contractTypeConflict: Rule = {
  id: "contract-type-conflict",
  family: "contract",
  article: MISLEADING,
  // The type field may itself be inferred by the normaliser: a contradiction goes to a moderator.
  severity: "review",
  detects:
    "The contract type contradicts the text (CDI field, interim mission in the text; 'CDI d'une semaine')",
  explain:
    "Le type de contrat annoncé ne correspond pas à la description : c'est une allégation trompeuse sur la nature de l'emploi.",
  suggest: "Indiquez le vrai type de contrat et sa durée, identiques dans le champ et dans le texte.",
  detect: (input) => (hasAnyWord(input.doc, CONTRACT_WORDS) ? typeConflict(input) : NO_HITS),
};

export const cddToCdi = phraseRule(
  {
    id: "contract-cdd-cdi-promise",
    family: "contract",
    article: MISLEADING,
    severity: "review",
    detects: "A fixed-term contract sold with the promise of a permanent one ('CDD évolutif en CDI')",
    explain:
      "Promettre un CDI à l'issue d'un CDD ou d'une mission est une allégation que l'employeur ne peut pas garantir ; France Travail l'exclut des offres.",
    suggest: "Décrivez le contrat proposé (CDD de X mois, renouvelable) sans promettre de CDI.",
  },
  CDD_TO_CDI,
  {},
);

const FULL_TIME_TEXT = /\btemps (?:plein|complet)\b/;
const PART_TIME_TEXT = /\btemps partiel\b/;
const EITHER =
  /temps (?:plein|complet|partiel) (?:ou|\/|et|voire) (?:a )?temps|(?:plein|partiel) (?:ou|\/) (?:partiel|plein)|temps partiel (?:possible|envisageable|accepte|choisi|sur demande)/;

const hoursConflicts = ({ doc, subject }: RuleInput): readonly Hit[] => {
  const text = doc.folded;
  const stated = subject.weeklyHours === null ? null : statedWeeklyHours(doc);
  // "38 h par semaine avec RTT" averages 35 h: hours with RTT days are not compared.
  const rtt = doc.wordSet.has("rtt") || doc.wordSet.has("jrtt");
  if (subject.weeklyHours !== null && stated !== null && !rtt && Math.abs(stated - subject.weeklyHours) > 2) {
    return [{ excerpt: `durée : ${subject.weeklyHours} h dans les champs, ${stated} h dans le texte` }];
  }
  if (subject.workingTime === "full_time" && PART_TIME_TEXT.test(text) && !FULL_TIME_TEXT.test(text)) {
    return [{ excerpt: "temps plein dans les champs, temps partiel dans le texte" }];
  }
  if (subject.workingTime === "part_time" && FULL_TIME_TEXT.test(text) && !PART_TIME_TEXT.test(text)) {
    return [{ excerpt: "temps partiel dans les champs, temps plein dans le texte" }];
  }
  return NO_HITS;
};

export const hoursConflict: Rule = {
  id: "contract-hours-conflict",
  family: "contract",
  article: "C. trav. L5331-3 1° et 2°",
  severity: "review",
  detects: "Working time in the fields contradicting the text (35 h vs 'temps partiel 10 h')",
  explain: "La durée du travail annoncée dans l'offre n'est pas cohérente avec la description.",
  suggest:
    "Harmonisez la durée hebdomadaire et le temps de travail (plein ou partiel) entre les champs et le texte.",
  detect: (input) => {
    const hits = hoursConflicts(input);
    return hits.length > 0 && EITHER.test(input.doc.folded) ? NO_HITS : hits;
  },
};

const experienceRequired = compileSource(EXPERIENCE_REQUIRED, "");
const beginnerWelcome = compilePhrases(BEGINNER_WELCOME);

export const experienceConflict: Rule = {
  id: "contract-experience-conflict",
  family: "contract",
  article: MISLEADING,
  severity: "review",
  detects: "Years of experience required and beginners welcome in the same offer",
  explain:
    "L'offre exige plusieurs années d'expérience et accepte des débutants : la description du poste est contradictoire.",
  suggest: "Indiquez une seule exigence d'expérience, cohérente avec le champ « expérience ».",
  detect: ({ doc, subject }) => {
    if (!hasAnyWord(doc, ["experience", "debutant", "debutants", "debutante", "debutantes"])) return NO_HITS;
    const beginners = findPhrases(doc, beginnerWelcome, 1).length > 0;
    if (!beginners && subject.experienceLevel !== "D") return NO_HITS;
    if (docHas(doc, experienceRequired)) return [{ excerpt: "expérience exigée et débutants acceptés" }];
    return beginners && subject.experienceLevel === "E"
      ? [{ excerpt: "expérience exigée (champ) et débutants acceptés (texte)" }]
      : NO_HITS;
  },
};

export const internshipTooLong = phraseRule(
  {
    id: "contract-internship-too-long",
    family: "contract",
    article: "C. éduc. L124-5",
    severity: "reject",
    detects: "An internship longer than six months",
    explain:
      "Un stage ne peut pas dépasser six mois par année d'enseignement dans un même organisme d'accueil.",
    suggest:
      "Ramenez la durée du stage à six mois au plus, ou proposez un contrat de travail (CDD, alternance).",
  },
  INTERNSHIP_TOO_LONG,
  {},
);

const selfEmployedPhrases = compilePhrases(SELF_EMPLOYED_REQUIRED);
const subordination = contextTest(SUBORDINATION);
const SELF_WORDS = [
  "auto",
  "micro",
  "autoentrepreneur",
  "microentrepreneur",
  "statut",
  "siret",
  "facturation",
  "facturez",
  "facturerez",
  "entrepreneur",
];

const selfEmployedRule = (salaried: boolean): Rule => ({
  id: salaried ? "contract-self-employed-salaried" : "contract-disguised-employment",
  family: "contract",
  article: salaried ? MISLEADING : "C. trav. L8221-6 ; L5331-3 1°",
  severity: salaried ? "reject" : "review",
  detects: salaried
    ? "Self-employed status imposed on a job presented as salaried (CDI, CDD)"
    : "Self-employed status imposed with fixed hours, a manager or a fixed workplace (disguised employment)",
  explain: salaried
    ? "L'offre annonce un contrat de travail mais exige un statut d'indépendant : la nature de l'emploi est trompeuse."
    : "L'offre impose un statut d'indépendant avec des horaires, un lieu ou un encadrement fixés : c'est le signe d'un salariat déguisé.",
  suggest: salaried
    ? "Choisissez : contrat de travail (sans statut d'indépendant) ou mission indépendante (sans contrat de travail)."
    : "Proposez un contrat de travail, ou décrivez une mission réellement indépendante (liberté d'organisation).",
  detect: (input) => {
    if (!hasAnyWord(input.doc, SELF_WORDS)) return NO_HITS;
    const isSalaried =
      salariedType(input.subject) === true || (salariedType(input.subject) === null && isSalariedJob(input));
    if (isSalaried !== salaried || (!salaried && !subordination(input))) return NO_HITS;
    return findPhrases(input.doc, selfEmployedPhrases);
  },
});

export const CONTRACT_RULES: readonly Rule[] = [
  contractTypeConflict,
  cddToCdi,
  hoursConflict,
  experienceConflict,
  internshipTooLong,
  selfEmployedRule(true),
  selfEmployedRule(false),
];
