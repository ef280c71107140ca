/**
 * Reads the JSON files shipped by the npm package @etalab/decoupage-administratif (communes with
 * population and postal codes, départements, régions, including overseas collectivities).
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AppError } from "../errors.js";
import { readDataFile } from "./csv.js";

/** One record of the package's communes.json (the fields used here). */
export interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  zone?: string;
  departement?: string;
  region?: string;
  commune?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
}

/** The data folder of @etalab/decoupage-administratif. */
export const etalabDataDir = (): string =>
  join(
    dirname(createRequire(import.meta.url).resolve("@etalab/decoupage-administratif/package.json")),
    "data",
  );

/** Parse one of the package's data files. */
export const readEtalab = async <T>(file: string): Promise<T[]> => {
  const text = await readDataFile(join(etalabDataDir(), file));
  try {
    return JSON.parse(text) as T[];
  } catch (cause) {
    throw new AppError(
      "DATA_MISSING",
      `Fichier ${file} du paquet @etalab/decoupage-administratif illisible`,
      {
        cause,
      },
    );
  }
};
