/**
 * Contract mix, working time and experience of simulated jobs, and how partners word them. The
 * mix follows France Travail's published offers (about half CDI, a fifth CDD, a fifth temporary
 * work, a few percent apprenticeships and seasonal jobs); wordings are those seen in the FT API
 * ("Contrat à durée déterminée - 6 Mois", "Mission intérimaire - 3 Mois", "Expérience exigée de 2 An(s)").
 */
import { pickWeighted, type Rng } from "./rng.js";
import type { Sector } from "./sectors.js";

export type JobContractCode = "CDI" | "CDD" | "MIS" | "SAI" | "APP" | "PRO" | "LIB" | "FRA";

export interface JobContract {
  code: JobContractCode;
  durationMonths: number | null;
  workingTime: "full_time" | "part_time";
  weeklyHours: number | null;
}

export interface JobExperience {
  years: number;
  required: boolean;
}

const PART_TIME_SHARE: Readonly<Record<string, number>> = { K: 0.35, J: 0.2, D: 0.2, G: 0.2, L: 0.25 };

const durationOf = (code: JobContractCode, rng: Rng): number | null => {
  switch (code) {
    case "CDD":
      return pickWeighted(rng, [
        [1, 8],
        [2, 8],
        [3, 20],
        [4, 6],
        [6, 25],
        [9, 8],
        [12, 20],
        [18, 5],
      ] as const);
    case "MIS":
      return pickWeighted(rng, [
        [1, 30],
        [2, 15],
        [3, 25],
        [6, 20],
        [12, 10],
      ] as const);
    case "SAI":
      return rng.between(2, 6);
    case "APP":
      return pickWeighted(rng, [
        [12, 35],
        [24, 50],
        [36, 15],
      ] as const);
    case "PRO":
      return pickWeighted(rng, [
        [6, 20],
        [12, 50],
        [24, 30],
      ] as const);
    default:
      return null;
  }
};

/** The contract of a job: temporary-work agencies post missions, others follow the sector's mix. */
export const drawContract = (rng: Rng, sector: Sector, agency: boolean, cadre: boolean): JobContract => {
  const seasonal = sector.letter === "G" || sector.letter === "A" ? 12 : 2;
  const code: JobContractCode = agency
    ? rng.chance(0.92)
      ? "MIS"
      : "CDI"
    : pickWeighted<JobContractCode>(rng, [
        ["CDI", cadre ? 75 : 56],
        ["CDD", 22],
        ["SAI", seasonal],
        ["APP", cadre ? 2 : 7],
        ["PRO", 2],
        ["LIB", sector.letter === "J" ? 8 : 2],
        ["FRA", 0.5],
      ]);
  const partTime = code !== "APP" && code !== "PRO" && rng.chance(PART_TIME_SHARE[sector.letter] ?? 0.08);
  const weeklyHours = rng.chance(0.15)
    ? null
    : partTime
      ? pickWeighted(rng, [
          [20, 25],
          [24, 30],
          [25, 10],
          [28, 15],
          [30, 20],
        ] as const)
      : pickWeighted(rng, [
          [35, 70],
          [37, 5],
          [37.5, 5],
          [39, 15],
          [40, 4],
          [42, 1],
        ] as const);
  return {
    code,
    durationMonths: durationOf(code, rng),
    workingTime: partTime ? "part_time" : "full_time",
    weeklyHours: code === "LIB" || code === "FRA" ? null : weeklyHours,
  };
};

export const drawExperience = (rng: Rng, cadre: boolean): JobExperience => {
  const years = pickWeighted(
    rng,
    cadre
      ? ([
          [0, 15],
          [2, 25],
          [3, 25],
          [5, 25],
          [8, 10],
        ] as const)
      : ([
          [0, 42],
          [1, 18],
          [2, 18],
          [3, 12],
          [5, 10],
        ] as const),
  );
  return { years, required: years > 0 && rng.chance(0.6) };
};

/** How partners write a contract: France Travail labels, short labels, or long French labels. */
export type ContractWording = "ft" | "short" | "long";

const LABELS: Readonly<Record<JobContractCode, readonly [string, string, string]>> = {
  CDI: ["Contrat à durée indéterminée", "CDI", "CDI - Contrat à durée indéterminée"],
  CDD: ["Contrat à durée déterminée", "CDD", "Contrat à durée déterminée (CDD)"],
  MIS: ["Mission intérimaire", "Intérim", "Travail temporaire"],
  SAI: ["Contrat travail saisonnier", "Saisonnier", "Emploi saisonnier"],
  APP: [
    "Contrat d'apprentissage",
    "Alternance - Apprentissage",
    "CDD - Alternance - Contrat d'apprentissage",
  ],
  PRO: ["Contrat de professionnalisation", "Contrat pro", "Alternance - Contrat de professionnalisation"],
  LIB: ["Profession libérale", "Indépendant", "Freelance / Indépendant"],
  FRA: ["Franchise", "Franchise", "Création d'entreprise en franchise"],
};

/** The partner's wording of a contract ("CDD - 6 Mois", "Contrat à durée indéterminée"). */
export const contractLabel = (contract: JobContract, wording: ContractWording): string => {
  const labels = LABELS[contract.code];
  const label = wording === "ft" ? labels[0] : wording === "short" ? labels[1] : labels[2];
  const d = contract.durationMonths;
  if (d === null || contract.code === "APP" || contract.code === "PRO") return label;
  return wording === "ft"
    ? `${label} - ${d} Mois`
    : wording === "short"
      ? `${label} ${d} mois`
      : `${label} de ${d} mois`;
};

/** The partner's wording of the experience asked ("Débutant accepté", "Expérience exigée de 3 An(s)"). */
export const experienceLabel = (experience: JobExperience, rng: Rng): string => {
  const { years, required } = experience;
  if (years === 0)
    return rng.pick(["Débutant accepté", "Débutant(e) accepté(e)", "Aucune expérience requise"]);
  if (!required)
    return rng.pick([
      "Expérience souhaitée",
      `Expérience souhaitée de ${years} An(s)`,
      `${years} ans d'expérience appréciés`,
    ]);
  return rng.pick([
    `Expérience exigée de ${years} An(s)`,
    `${years} An(s)`,
    `${years} ans d'expérience minimum`,
  ]);
};
