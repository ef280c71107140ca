/**
 * Pay phrases: unpaid trial work, commission-only pay, unpaid internships. Folded.
 */
import type { PhraseSpec } from "../phrases.js";
import { E } from "./common.js";

const UNPAID = `(?:non (?:remunere|paye|retribue|gratifie|indemnise)${E}|gratuite?s?|benevoles?|sans (?:remuneration|salaire|contrepartie|gratification|indemnite|etre paye${E}))`;

/** Productive work before hiring must be paid. */
export const UNPAID_TRIAL: readonly PhraseSpec[] = [
  {
    re: `(?:journee|jour|semaine|periode|stage|test|mise en situation|travail|essai)s? (?:d'essai |a l'essai |de test |en situation )?${UNPAID}`,
    negatable: false,
    notBefore: "(?:formation|stage d'observation|visite|entretien)\\s*$",
  },
  {
    re: "(?:essai|journee d'essai|periode d'essai|jours? d'essai|test)s?[^.;\\n]{0,30}?,? (?:non (?:payee?s?|remuneree?s?|retribuee?s?)|sans (?:remuneration|salaire|etre payee?s?)|benevoles?)",
    negatable: false,
  },
  {
    re: "(?:premi\\w+ (?:jours?|journees?|semaines?|heures?)|jours? d'essai|journees? d'essai|semaines? d'essai|periode d'essai)[^.;\\n]{0,30}? (?:ne (?:sont|seront|sera|est|vous seront|vous sera) (?:pas|jamais) )(?:remuneree?s?|payee?s?|retribuee?s?|indemnisee?s?)",
    negatable: false,
  },
  {
    re: "essai gratuit|(?:travailler|travail) (?:gratuitement|benevolement|sans etre paye) (?:pendant|durant|le temps)",
  },
  {
    re: "(?:pendant|durant) (?:la|votre|les) (?:periode d'essai|premiers? (?:jours?|semaines?)|formation initiale) (?:vous )?(?:ne serez pas|n'etes pas) (?:remunere|paye)",
  },
];

/** Pay made only of commissions. */
export const COMMISSION_ONLY: readonly PhraseSpec[] = [
  {
    re: "(?<=(?:100 ?%|uniquement|exclusivement|seulement|entierement|totalement) (?:a la |sur |en |au )?)(?:commissions?|variable|pourcentage)",
  },
  { re: "(?:pas de|sans|aucun) (?:salaire )?fixe", negatable: false, notAfter: "^\\s*(?:mais|\\+|plus)" },
  {
    re: `(?:remuneration|remunere${E}|paye${E}) (?:uniquement |seulement )?(?:a la commission|au chiffre|au resultat|a la vente)`,
  },
];

/** An internship of more than two months without the legal stipend (C. éduc. L124-6). */
export const INTERN_UNPAID: readonly PhraseSpec[] = [
  { re: `(?:stages?|stagiaires?)[^.;\\n]{0,60}?${UNPAID}`, negatable: false },
];
