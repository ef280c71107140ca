/**
 * Non-compliant wordings the simulator injects, written for this project after the cases of
 * law-on-job-ads.md §4 (families and articles as in src/compliance). Placeholders: {a} and {b}
 * ages, {n} a number, {price} euros, {phone} a premium-rate number, {dept} a département code,
 * {city} a commune name. Weights give the mix among non-compliant offers. A "|" ends the core of
 * a phrase, the words that make it unlawful by themselves (a truncated copy that keeps them keeps
 * the violation); without one the whole sentence is the core.
 */
import type { RuleFamily } from "../compliance/types.js";

export interface ViolationTemplate {
  family: RuleFamily;
  rule: string;
  article: string;
  /** Relative frequency among injected violations. */
  weight: number;
  /** "text": a sentence in the description; the other kinds change a field. */
  kind: "text" | "title" | "date" | "employer" | "pay" | "language";
  phrases: readonly string[];
}

const DISCRIMINATION = "C. trav. L1132-1 ; L5321-2 ; C. pén. 225-2 5°";
const AGE = "C. trav. L5331-2 ; L1132-1 ; C. pén. 225-2 5°";
const SEX = "C. trav. L1142-1 ; L1132-1 ; C. pén. 225-2 5°";
const FEES = "C. trav. L5321-3 ; L5331-1";

export const VIOLATION_TEMPLATES: readonly ViolationTemplate[] = [
  {
    family: "age",
    rule: "age-limit",
    article: AGE,
    weight: 14,
    kind: "text",
    phrases: [
      "Vous avez entre {a} et {b} ans.",
      "Âge souhaité| : {a} à {b} ans.",
      "Profil recherché de moins de {b} ans.",
      "Candidat(e) âgé(e) de {b} ans maximum.",
      "Tranche d'âge visée| : {a}-{b} ans.",
    ],
  },
  {
    family: "age",
    rule: "age-young",
    article: AGE,
    weight: 6,
    kind: "text",
    phrases: [
      "Nous recherchons une personne jeune| pour compléter notre équipe.",
      "Poste idéal pour un jeune H/F| motivé.",
      "Recherchons jeune| {role} dynamique.",
    ],
  },
  {
    family: "sex-family",
    rule: "sex-explicit",
    article: SEX,
    weight: 6,
    kind: "text",
    phrases: [
      "Poste réservé aux hommes| en raison du port de charges.",
      "Profil féminin| souhaité pour notre clientèle.",
      "Nous recherchons exclusivement une femme| pour ce poste.",
    ],
  },
  {
    family: "sex-family",
    rule: "family-situation",
    article: "C. trav. L1142-1 ; L1132-1 ; C. pén. 225-2 5°",
    weight: 4,
    kind: "text",
    phrases: [
      "Candidat(e) sans enfant| à charge de préférence (déplacements fréquents).",
      "Situation familiale stable| exigée.",
      "Célibataire de préférence|, disponibilité totale demandée.",
    ],
  },
  {
    family: "sex-family",
    rule: "family-pregnancy",
    article: "C. trav. L1142-1 ; L1225-1 ; L1132-1",
    weight: 1,
    kind: "text",
    phrases: ["Pas de projet de grossesse| dans les douze prochains mois."],
  },
  {
    family: "sex-family",
    rule: "sex-title-feminine",
    article: "C. trav. L1142-1 ; L1132-1",
    weight: 4,
    kind: "title",
    phrases: [],
  },
  {
    family: "origin",
    rule: "origin-nationality",
    article: DISCRIMINATION,
    weight: 4,
    kind: "text",
    phrases: ["Nationalité française exigée.", "Être de nationalité française| obligatoirement."],
  },
  {
    family: "origin",
    rule: "origin-mother-tongue",
    article: DISCRIMINATION,
    weight: 3,
    kind: "text",
    phrases: ["Français langue maternelle| impératif.", "Vous êtes de langue maternelle française."],
  },
  {
    family: "origin",
    rule: "origin-ethnic",
    article: DISCRIMINATION,
    weight: 1,
    kind: "text",
    phrases: ["Personne de type européen| souhaitée pour la clientèle."],
  },
  {
    family: "health",
    rule: "health-condition",
    article: DISCRIMINATION,
    weight: 5,
    kind: "text",
    phrases: [
      "Vous êtes en bonne santé|, sans problème de dos.",
      "Aucun arrêt maladie| au cours des deux dernières années.",
      "Personne valide| uniquement.",
    ],
  },
  {
    family: "appearance",
    rule: "appearance-presentation",
    article: DISCRIMINATION,
    weight: 3,
    kind: "text",
    phrases: ["Physique agréable| exigé.", "Belle présentation| physique indispensable."],
  },
  {
    family: "appearance",
    rule: "appearance-body",
    article: DISCRIMINATION,
    weight: 2,
    kind: "text",
    phrases: ["Taille minimum 1m70.", "Silhouette mince| exigée pour les essayages."],
  },
  {
    family: "beliefs",
    rule: "beliefs-condition",
    article: DISCRIMINATION,
    weight: 2,
    kind: "text",
    phrases: ["Personne non syndiquée| de préférence.", "Candidat(e) apolitique| exigé(e)."],
  },
  {
    family: "residence-bank",
    rule: "residence-condition",
    article: DISCRIMINATION,
    weight: 3,
    kind: "text",
    phrases: [
      "Candidats du {dept} uniquement.",
      "Habitants de {city} exclusivement.",
      "Candidats hors {dept} s'abstenir.",
    ],
  },
  {
    family: "residence-bank",
    rule: "bank-vulnerability",
    article: DISCRIMINATION,
    weight: 2,
    kind: "text",
    phrases: ["Pas d'interdit bancaire.", "Vous n'êtes pas fiché(e) à la Banque de France."],
  },
  {
    family: "candidate-data",
    rule: "data-photo",
    article: "C. trav. L1221-6 ; L1132-1",
    weight: 3,
    kind: "text",
    phrases: ["CV avec photo| obligatoire.", "Merci de joindre une photo| récente à votre CV."],
  },
  {
    family: "fees",
    rule: "fee-payment",
    article: FEES,
    weight: 4,
    kind: "text",
    phrases: [
      "Des frais de dossier| de {price} € sont demandés à l'inscription.",
      "Participation aux frais| de recrutement : {price} €.",
    ],
  },
  {
    family: "fees",
    rule: "fee-starter-kit",
    article: `${FEES} ; L5331-3`,
    weight: 2,
    kind: "text",
    phrases: [
      "Kit de démarrage à {price} €| à la charge du candidat.",
      "Achat d'un pack de démarrage| ({price} €) exigé.",
    ],
  },
  {
    family: "fees",
    rule: "fee-premium-number",
    article: FEES,
    weight: 2,
    kind: "text",
    phrases: ["Pour postuler, appelez le {phone}.", "Renseignements au {phone}| (appel surtaxé)."],
  },
  {
    family: "language",
    rule: "lang-not-french",
    article: "C. trav. L5331-4",
    weight: 7,
    kind: "language",
    phrases: [],
  },
  {
    family: "publication",
    rule: "pub-date-missing",
    article: "C. trav. L5332-1",
    weight: 5,
    kind: "date",
    phrases: [],
  },
  {
    family: "publication",
    rule: "pub-employer-unknown",
    article: "C. trav. L5332-2 ; L5332-4",
    weight: 5,
    kind: "employer",
    phrases: [],
  },
  {
    family: "pay",
    rule: "pay-below-smic",
    article: "C. trav. L3231-2 ; L5331-3 2°",
    weight: 7,
    kind: "pay",
    phrases: [],
  },
  {
    family: "contract",
    rule: "contract-cdd-cdi-promise",
    article: "C. trav. L5331-3 1°",
    weight: 3,
    kind: "text",
    phrases: ["CDD pouvant déboucher sur un CDI.", "CDI possible à l'issue du CDD."],
  },
];
