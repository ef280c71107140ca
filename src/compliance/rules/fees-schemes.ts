/**
 * Free for job seekers (C. trav. L5321-3, L5331-1) and no disguised schemes (L5331-3, L5331-5).
 */
import { FEE_KIT, FEE_PAYMENT, FEE_PREMIUM_NUMBER, FEE_TRAINING } from "../lexicons/fees.js";
import {
  SCHEME_EARNINGS,
  SCHEME_FILLED,
  SCHEME_FRAUD,
  SCHEME_NETWORK,
  SCHEME_TRAINING,
} from "../lexicons/schemes.js";
import type { Rule, RuleInput } from "../types.js";
import { phraseRule, phraseRulePair } from "./define.js";
import { isSalariedJob } from "./pay-context.js";

const FEES = "C. trav. L5321-3 ; L5331-1";
const FEE_EXPLAIN =
  "Aucune somme ne peut être demandée à un candidat, directement ou indirectement, pour accéder à une offre, postuler ou être embauché.";

/** Franchise and business takeover offers are business opportunities, not jobs: an entry fee is their nature. */
const businessOpportunity = ({ subject }: RuleInput): boolean =>
  subject.contractType === "FRA" || subject.contractType === "REP";

export const feePayment = phraseRule(
  {
    id: "fee-payment",
    family: "fees",
    article: FEES,
    severity: "reject",
    detects: "Registration or application fees, deposits, subscriptions, paid documentation, pay-to-apply",
    explain: FEE_EXPLAIN,
    suggest:
      "Supprimez toute demande de paiement ; les frais de recrutement sont à la charge de l'employeur.",
  },
  FEE_PAYMENT,
  {
    skip: businessOpportunity,
  },
);

export const feeKit = phraseRule(
  {
    id: "fee-starter-kit",
    family: "fees",
    article: `${FEES} ; L5331-3`,
    severity: "reject",
    detects: "A starter kit, stock, equipment or initial investment the candidate must buy",
    explain: `${FEE_EXPLAIN} Un kit, un stock ou du matériel à acheter pour commencer est une rétribution déguisée.`,
    suggest: "Fournissez le matériel nécessaire au poste ; supprimez tout achat préalable.",
  },
  FEE_KIT,
  {
    skip: businessOpportunity,
  },
);

export const feeTraining = phraseRule(
  {
    id: "fee-paid-training",
    family: "fees",
    article: `${FEES} ; L5331-5`,
    severity: "reject",
    detects: "Training the candidate must pay for before or as a condition of being hired",
    explain: `${FEE_EXPLAIN} Une formation payante exigée avant l'embauche, même « remboursée » plus tard, est interdite.`,
    suggest:
      "Prenez la formation à votre charge (ou via France Travail : POEI, AFPR) et indiquez qu'elle est rémunérée.",
  },
  FEE_TRAINING,
  {},
);

export const feePremiumNumber = phraseRule(
  {
    id: "fee-premium-number",
    family: "fees",
    article: FEES,
    severity: "reject",
    detects: "A premium-rate phone number or SMS to apply (08 1x, 08 2x, 08 9x, 3617…); 0800-0805 are free",
    explain: `${FEE_EXPLAIN} Un numéro ou un SMS surtaxé fait payer la candidature.`,
    suggest: "Donnez un numéro non surtaxé (fixe, mobile, numéro vert 0800) ou une adresse de candidature.",
  },
  FEE_PREMIUM_NUMBER,
);

export const [schemeNetwork, schemeNetworkAsJob] = phraseRulePair(
  SCHEME_NETWORK,
  {
    id: "scheme-network",
    family: "schemes",
    article: "C. trav. L5331-3 ; L5331-5",
    severity: "review",
    detects: "Network selling, VDI status, unlimited income, sponsorship: a non-salaried activity",
    explain:
      "Cette annonce décrit une activité non salariée (vente en réseau, VDI, parrainage) : elle ne peut pas être publiée comme une offre d'emploi sans le dire clairement.",
    suggest:
      "Précisez le statut (indépendant, VDI), la rémunération réelle et l'absence de tout achat obligatoire.",
  },
  {
    id: "scheme-network-as-job",
    family: "schemes",
    article: "C. trav. L5331-3 ; C. consom. (vente « à la boule de neige »)",
    severity: "reject",
    detects: "Network selling or 'be your own boss' activity presented as a salaried job (CDI, CDD)",
    explain:
      "L'offre présente comme un emploi salarié une activité de vente en réseau ou indépendante : c'est une allégation fausse sur la nature de l'emploi.",
    suggest:
      "Publiez-la comme activité non salariée, sans mention de contrat de travail, ou décrivez le vrai contrat.",
  },
  isSalariedJob,
);

export const schemeTraining = phraseRule(
  {
    id: "scheme-training",
    family: "schemes",
    article: "C. trav. L5331-3 ; L5331-5",
    severity: "review",
    detects: "A training course, coaching or paid programme presented as a job offer (CPF, tuition fees)",
    explain:
      "L'annonce semble vendre une formation ou un accompagnement sous l'apparence d'une offre d'emploi.",
    suggest:
      "Publiez les formations dans le catalogue de formations, pas comme offre d'emploi ; une offre doit décrire un vrai poste.",
  },
  SCHEME_TRAINING,
  {},
);

export const schemeEarnings = phraseRule(
  {
    id: "scheme-earnings",
    family: "schemes",
    article: "C. trav. L5331-3 2°",
    severity: "review",
    detects: "Implausible earnings promises ('gagnez 500 € par jour depuis chez vous', 'argent facile')",
    explain:
      "Les promesses de gains élevés sans expérience ni effort sont typiques des fausses offres : la rémunération annoncée doit être exacte.",
    suggest: "Indiquez la rémunération réelle (fixe, variable, conditions).",
  },
  SCHEME_EARNINGS,
  {},
);

export const schemeFraud = phraseRule(
  {
    id: "scheme-fraud",
    family: "schemes",
    article: "C. trav. L5331-3 ; C. pén. 313-1",
    severity: "reject",
    detects:
      "Fraud patterns: bank details or ID asked with the application, money transfers, parcel forwarding",
    explain:
      "Demander des coordonnées bancaires, une pièce d'identité avant l'embauche, des paiements par mandat ou la réexpédition de colis sont des signes d'escroquerie à l'emploi.",
    suggest:
      "Ne demandez ces documents qu'à l'embauche ; supprimez toute opération financière pour le compte d'un tiers.",
  },
  SCHEME_FRAUD,
  {},
);

export const schemeFilled = phraseRule(
  {
    id: "scheme-filled-offer",
    family: "schemes",
    article: "C. trav. L5331-3 1°",
    severity: "review",
    detects: "An offer saying the job is already filled or no longer available",
    explain:
      "Une offre dont le poste est déjà pourvu ne peut pas rester publiée : c'est une allégation fausse sur la disponibilité de l'emploi.",
    suggest: "Retirez l'offre si le poste est pourvu.",
  },
  SCHEME_FILLED,
  {},
);

export const FEE_RULES: readonly Rule[] = [feePayment, feeKit, feeTraining, feePremiumNumber];
export const SCHEME_RULES: readonly Rule[] = [
  schemeNetworkAsJob,
  schemeNetwork,
  schemeTraining,
  schemeEarnings,
  schemeFraud,
  schemeFilled,
];
