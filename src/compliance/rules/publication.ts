/**
 * Publication requirements: a date (C. trav. L5332-1), an employer known to the platform even when
 * the offer is anonymous (L5332-2), and the name and status of a temporary-work agency (L5332-3).
 */

import { fold } from "../../text/fold.js";
import { ETT_BRANDS } from "../lexicons/ett-brands.js";
import { compileSource } from "../phrases.js";
import type { Rule, RuleInput } from "../types.js";
import { NO_HITS } from "./define.js";

const DAY_MS = 86_400_000;

const dateOf = (input: RuleInput): number | null => {
  const value = input.subject.publishedAt;
  if (value === undefined || value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
};

export const dateMissing: Rule = {
  id: "pub-date-missing",
  family: "publication",
  article: "C. trav. L5332-1",
  severity: "reject",
  detects: "No valid publication date",
  explain: "Toute offre d'emploi publiée ou diffusée doit être datée.",
  suggest: "Transmettez la date de publication (et de mise à jour) de l'offre.",
  detect: (input) =>
    input.subject.publishedAt !== undefined && dateOf(input) === null
      ? [{ excerpt: `date de publication : ${input.subject.publishedAt ?? "absente"}` }]
      : NO_HITS,
};

export const dateFuture: Rule = {
  id: "pub-date-future",
  family: "publication",
  article: "C. trav. L5332-1",
  severity: "review",
  detects: "A publication date more than one day in the future",
  explain: "La date de publication est dans le futur : l'offre doit porter sa date réelle de publication.",
  suggest: "Corrigez la date de publication.",
  detect: (input) => {
    const time = dateOf(input);
    return time !== null && time > input.ctx.now.getTime() + DAY_MS
      ? [{ excerpt: `date de publication : ${input.subject.publishedAt ?? ""}` }]
      : NO_HITS;
  },
};

export const employerUnknown: Rule = {
  id: "pub-employer-unknown",
  family: "publication",
  article: "C. trav. L5332-2 ; L5332-4",
  severity: "reject",
  detects: "The platform does not know the employer (no name nor SIRET from the partner)",
  explain:
    "Une offre peut être anonyme pour les candidats, mais le nom ou la raison sociale et l'adresse de l'employeur doivent être communiqués à la plateforme.",
  suggest:
    "Transmettez le nom et le SIRET de l'employeur (ils ne seront pas affichés si l'offre est anonyme).",
  detect: (input) => (input.ctx.employerKnown ? NO_HITS : [{ excerpt: "employeur : non communiqué" }]),
};

const ETT_STATUS = compileSource(
  `interim\\w*|travail temporaire|ett|agences?|entreprises? de travail temporaire|${ETT_BRANDS.join("|")}`,
  "",
);

const isTemporaryWork = ({ ctx, subject }: RuleInput): boolean =>
  ctx.partnerIsTemporaryWorkAgency === true ||
  subject.contractType === "MIS" ||
  subject.contractType === "TTI";

export const ettStatus: Rule = {
  id: "pub-ett-status",
  family: "publication",
  article: "C. trav. L5332-3",
  severity: "review",
  detects: "A temporary-work offer that does not state the agency's temporary-work status",
  explain:
    "Une offre d'une entreprise de travail temporaire doit indiquer le nom de l'agence et sa qualité d'entreprise de travail temporaire.",
  suggest:
    "Ajoutez par exemple « X, agence d'emploi / entreprise de travail temporaire, recrute pour son client… ».",
  detect: (input) => {
    if (!isTemporaryWork(input)) return NO_HITS;
    const name = input.subject.employerName === null ? "" : fold(input.subject.employerName);
    ETT_STATUS.lastIndex = 0;
    if (ETT_STATUS.test(input.doc.folded) || ETT_STATUS.test(name)) return NO_HITS;
    return [{ excerpt: "mention « entreprise de travail temporaire » absente" }];
  },
};

export const PUBLICATION_RULES: readonly Rule[] = [dateMissing, dateFuture, employerUnknown, ettStatus];
