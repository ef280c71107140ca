/**
 * Real labour-market shape: Pôle emploi's count of open offers by commune × ROME v3 fiche on
 * 2021-12-21 (mobiville extract, 325k rows, 925k offers), read from the bzip2 file of the data
 * directory through the system's `bzip2 -dc`. Without bzip2 or the file, the simulator falls
 * back on population weighting (see docs/simulator.md).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

export const OFFER_COUNTS_FILE = "marche_travail/mobiville_offres_par_commune_rome_20211221.csv.bz2";

/** Offers of one ROME v3 fiche in one commune (INSEE code as written in 2021). */
export interface OfferCount {
  commune: string;
  rome: string;
  offers: number;
}

const unquote = (value: string): string =>
  value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;

/** Parse one `commune;dc_rome_id;nb_offre;date_extract` line; null for the header and blank communes. */
export const parseOfferCountLine = (line: string): OfferCount | null => {
  const [commune = "", rome = "", offers = ""] = line.split(";").map(unquote);
  const count = Number.parseInt(offers, 10);
  if (!/^[0-9][0-9AB][0-9]{3}$/.test(commune) || !/^[A-N][0-9]{4}$/.test(rome) || !(count > 0)) return null;
  return { commune, rome, offers: count };
};

/** The offer counts, or null when the file or the bzip2 program is missing. */
export const readOfferCounts = async (dataDir: string): Promise<OfferCount[] | null> => {
  const path = join(dataDir, OFFER_COUNTS_FILE);
  if (!existsSync(path)) return null;
  const child = spawn("bzip2", ["-dc", path], { stdio: ["ignore", "pipe", "ignore"] });
  const failed = new Promise<null>((resolve) => child.once("error", () => resolve(null)));
  const read = (async (): Promise<OfferCount[] | null> => {
    const rows: OfferCount[] = [];
    for await (const line of createInterface({ input: child.stdout })) {
      const row = parseOfferCountLine(line);
      if (row) rows.push(row);
    }
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once("close", resolve);
    });
    return code === 0 && rows.length > 0 ? rows : null;
  })();
  return Promise.race([failed, read]);
};
