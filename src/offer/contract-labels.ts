/**
 * Partner contract wordings -> France Travail `typeContrat` and `natureContrat`. Patterns run on
 * `foldKey` text (lower case, no accents, words separated by single spaces): "CDD - Alternance -
 * Contrat d'apprentissage" is seen as "cdd alternance contrat d apprentissage".
 * The first rule giving a type wins the type; the first rule giving a nature wins the nature.
 */
import type { ContractCode, ContractNature } from "./offer.js";

export interface ContractRule {
  pattern: RegExp;
  type?: ContractCode;
  nature?: ContractNature;
  /** Strong enough to be read in a job title when the contract field says nothing. */
  title?: boolean;
}

export const CONTRACT_RULES: readonly ContractRule[] = [
  // Natures first: an apprenticeship or professionalisation contract is also a CDD or a CDI.
  { pattern: /\bapprenti/, nature: "E2", title: true },
  { pattern: /\bprofessionn?alisation\b|\bcontrats? pro\b|\bcont pro\b/, nature: "FS", title: true },
  // Most work-study contracts are apprenticeships (see docs/normalisation.md).
  { pattern: /\balternan|\balternating\b|\bwork study\b/, nature: "E2", title: true },
  { pattern: /\bnon salarie|\bbenevol|\bvolunteer|\bvolontariat|\bv i e\b|\bvie\b/, nature: "NS" },
  { pattern: /\bagent commercial|\bagent mandataire|\bmandataire\b/, type: "CCE", nature: "NS" },
  { pattern: /\bcontrat (?:de )?travail\b/, nature: "E1" },
  // Types, the specific ones before the general ones.
  { pattern: /\bcdi (?:d )?interim|\bcdi i\b|\bcdii\b/, type: "DIN", title: true },
  { pattern: /\bcdd (?:d )?insertion|\bcddi\b|\bduree determinee (?:d )?insertion/, type: "DDI" },
  { pattern: /\btravail temporaire (?:d )?insertion|\bctti\b|\betti\b/, type: "TTI" },
  { pattern: /\bcdi\b|\bindetermin|\bpermanent\b|\bpermanente\b/, type: "CDI", title: true },
  { pattern: /\bcdd\b|\bdeterminee\b|\bfixed term\b|\bcontract\b/, type: "CDD", title: true },
  { pattern: /\binterim|\btravail temporaire\b|\btemporary\b|\btemp\b/, type: "MIS", title: true },
  { pattern: /\bsaisonn|\bseasonal\b|\bvendanges?\b/, type: "SAI", title: true },
  { pattern: /\bfranchise/, type: "FRA", nature: "NS" },
  { pattern: /\breprise d entreprise|\brepreneur/, type: "REP", nature: "NS" },
  {
    pattern:
      /\bliberale?\b|\bfree ?lance|\bindependant|\b(?:auto|micro) entrepreneur|\bcontractor\b|\bself employed/,
    type: "LIB",
    nature: "NS",
    title: true,
  },
  { pattern: /\bprofession commerciale|\bvrp\b/, type: "CCE" },
  { pattern: /\bstages?\b|\bstagiaire|\binternship|\bintern\b/, type: "STG", title: true },
];

/** Nature implied by a type when nothing else says it. */
export const DEFAULT_NATURE: Partial<Record<ContractCode, ContractNature>> = {
  CDI: "E1",
  CDD: "E1",
  MIS: "E1",
  SAI: "E1",
  DIN: "E1",
  DDI: "E1",
  TTI: "E1",
  LIB: "NS",
  FRA: "NS",
  REP: "NS",
};

/** Duration units (first folded word) -> months. */
export const DURATION_UNITS: ReadonlyMap<string, number> = new Map([
  ...["mois", "month", "months", "m", "mo"].map((u) => [u, 1] as const),
  ...["an", "ans", "annee", "annees", "year", "years", "y", "yr", "yrs"].map((u) => [u, 12] as const),
  ...["semaine", "semaines", "sem", "week", "weeks", "w", "wk"].map((u) => [u, 12 / 52] as const),
  ...["jour", "jours", "j", "day", "days", "d"].map((u) => [u, 12 / 365] as const),
]);

export const FULL_TIME = /\btemps plein\b|\bplein temps\b|\btemps complet\b|\bfull ?time\b|\bfull\b/;
export const PART_TIME = /\btemps partiel\b|\bpartiel\b|\bpart ?time\b|\bmi temps\b|\bpart\b/;
