import { existsSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../errors.js";
import type { CliContext } from "./app.js";
import { runIngest, summaryLine } from "./ingest.command.js";

/** The sample feed of each shipped partner, relative to the fixtures folder. */
export const SAMPLE_FEEDS: Readonly<Record<string, readonly string[]>> = {
  apec: ["apec/import-apec.test.input.xml"],
  "clever-connect": ["clever-connect/import-clever-connect.test.input.xml"],
  decathlon: ["decathlon/decathlon.test.input.json"],
  edf: ["edf/import-edf.test.input.xml"],
  enedis: ["enedis/import-enedis.test.input.xml"],
  "engagement-jeunes": ["engagement-jeunes/engagementJeunes.test.input.json"],
  "france-travail-cegid": [
    "france-travail-CEGID/import-france-travail-cegid.test.input.json",
    "france-travail-CEGID/france-travail-cegid-mapper.test.input.json",
  ],
  hellowork: ["hellowork/import-hello-work.test.input.xml"],
  "hellowork-buddi": ["hellowork-buddi/import-hello-work-buddi.test.input.xml"],
  jobteaser: ["jobteaser/import-jobteaser.test.input.xml"],
  jooble: ["jooble/import-jooble.test.input.xml"],
  kelio: ["kelio/import-kelio.test.input.xml"],
  laposte: ["laposte/import-laposte.test.input.xml"],
  leboncoin: ["leboncoin/import-leboncoin.test.input.csv"],
};

/** Ingest every shipped partner's sample feed; returns the summary lines. */
export const seedSampleFeeds = async (ctx: CliContext): Promise<string[]> => {
  const folder = join(ctx.config.fixturesDir, "labonnealternance");
  if (!existsSync(folder)) {
    throw new AppError(
      "DATA_MISSING",
      `Flux d'exemple introuvables dans ${folder} : réglez EMPLOI_FIXTURES_DIR sur le dossier partner-feeds.`,
    );
  }
  const lines: string[] = [];
  for (const [partner, files] of Object.entries(SAMPLE_FEEDS)) {
    const report = await runIngest(ctx, { partner, sources: files.map((f) => join(folder, f)) });
    lines.push(summaryLine(report));
  }
  return lines;
};
