import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** Open-data référentiels (EMPLOI_DATA_DIR, by default ../shared/data beside the project). */
export const DATA_DIR = process.env.EMPLOI_DATA_DIR ?? resolve(PROJECT_ROOT, "../shared/data");

/** Real partner feed samples (EMPLOI_FIXTURES_DIR, by default ../shared/fixtures/partner-feeds). */
export const FIXTURES_DIR =
  process.env.EMPLOI_FIXTURES_DIR ?? resolve(PROJECT_ROOT, "../shared/fixtures/partner-feeds");

/** The folder of the 14 French partner formats. */
export const LBA_FIXTURES_DIR = resolve(FIXTURES_DIR, "labonnealternance");
