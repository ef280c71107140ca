/**
 * What kind of contract a partner's wording names, for formats that carry codes rather than words
 * (CleverConnect type codes, JobTeaser and Kelio English values, Indeed jobtype, schema.org
 * employmentType). Read with the project's own contract normaliser, memoised per wording.
 */
import { parseContract } from "../../offer/contract.js";
import { memoize } from "../../offer/memo.js";
import type { SimPosting } from "../types.js";

export type ContractKind =
  | "cdi"
  | "cdd"
  | "interim"
  | "seasonal"
  | "apprenticeship"
  | "professionalisation"
  | "internship"
  | "freelance"
  | "other";

/** The kind of contract a wording names ("CDD - Alternance - Contrat d'apprentissage" -> apprenticeship). */
export const contractKind = memoize((wording: string): ContractKind => {
  const contract = parseContract({ type: wording });
  if (contract.nature === "E2") return "apprenticeship";
  if (contract.nature === "FS") return "professionalisation";
  switch (contract.type) {
    case "CDI":
    case "DIN":
      return "cdi";
    case "CDD":
    case "DDI":
      return "cdd";
    case "MIS":
    case "TTI":
      return "interim";
    case "SAI":
      return "seasonal";
    case "STG":
      return "internship";
    case "LIB":
      return "freelance";
    default:
      return "other";
  }
});

/** A wording for each kind, in one partner's vocabulary; `null` keeps the partner's own wording. */
export type ContractVocabulary = Partial<Record<ContractKind, string>>;

/** The partner's value for a contract: its vocabulary's word for the kind, else its own wording. */
export const contractWord = (contract: SimPosting["contract"], vocabulary: ContractVocabulary): string =>
  vocabulary[contractKind(contract.type)] ?? contract.type;

/** "Temps plein" / "Temps partiel". */
export const workingTimeFr = (contract: SimPosting["contract"]): string =>
  contract.workingTime === "part_time" ? "Temps partiel" : "Temps plein";

/** "Full time" / "Part time". */
export const workingTimeEn = (contract: SimPosting["contract"]): string =>
  contract.workingTime === "part_time" ? "Part time" : "Full time";

/** A French remote-work wording, or "" when the partner says nothing. */
export const remoteFr = (remote: SimPosting["location"]["remote"]): string => {
  switch (remote) {
    case "full":
      return "Télétravail complet";
    case "hybrid":
      return "Télétravail partiel";
    case "none":
      return "Pas de télétravail";
    default:
      return "";
  }
};
