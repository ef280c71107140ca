import { type ParseArgsConfig, parseArgs } from "node:util";
import { AppError } from "../errors.js";
import { SCHEDULER_COMMANDS } from "../scheduler/scheduler.commands.js";
import { simulateCommand } from "../simulate/simulate.command.js";
import { exportOffers, exportPostings } from "../storage/export.js";
import type { CliContext } from "./app.js";
import { runCheck, runDuplicates, runReview, runScorecards } from "./compliance.command.js";
import { seedSampleFeeds } from "./demo.command.js";
import { DEMO_DAY_MINUTES, startDemoMarket } from "./demo-market.js";
import { runIngest, summaryLine } from "./ingest.command.js";
import { runPartners } from "./partners.command.js";
import { RUN_COMMANDS, serve } from "./run.command.js";

/** One CLI command: its name, its usage line, what it does, and how it runs (returns the exit code). */
export interface Command {
  name: string;
  usage: string;
  description: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}

const write = (stream: NodeJS.WritableStream, text: string): Promise<void> =>
  new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once("drain", resolve);
  });

const strictArgs = <T extends ParseArgsConfig>(config: T) => {
  try {
    return parseArgs<T>(config);
  } catch (error) {
    throw new AppError("INVALID_PARAMETER", `Arguments invalides : ${(error as Error).message}`);
  }
};

export const COMMANDS: readonly Command[] = [
  simulateCommand,
  {
    name: "ingest",
    usage: "emploi ingest --partner <slug> [--format <nom> | --mapping <fichier>] <fichier-ou-url>…",
    description:
      "Lit un instantané du flux d'un partenaire et l'applique (création, mise à jour, fermeture).",
    async run(argv, ctx) {
      const { values, positionals } = strictArgs({
        args: argv,
        allowPositionals: true,
        options: { partner: { type: "string" }, format: { type: "string" }, mapping: { type: "string" } },
      });
      if (!values.partner) throw new AppError("INVALID_PARAMETER", "--partner <slug> est obligatoire.");
      const report = await runIngest(ctx, {
        partner: values.partner,
        format: values.format,
        mapping: values.mapping,
        sources: positionals,
      });
      for (const e of report.record_errors.slice(0, 20)) {
        ctx.stderr.write(`  annonce ignorée ${e.reference ?? "?"} (${e.position}) : ${e.reason}\n`);
      }
      if (report.close_skipped_reason)
        ctx.stderr.write(`  aucune fermeture : ${report.close_skipped_reason}\n`);
      await write(ctx.stdout, `${summaryLine(report)}\n`);
      if (report.status === "failed")
        ctx.stderr.write(`emploi : échec de la lecture du flux : ${report.message}\n`);
      return report.status === "failed" ? 1 : 0;
    },
  },
  {
    name: "export",
    usage: "emploi export [--postings]",
    description: "Écrit en NDJSON les offres publiées, ou toutes les annonces reçues avec --postings.",
    async run(argv, ctx) {
      const { values } = strictArgs({ args: argv, options: { postings: { type: "boolean" } } });
      const store = await ctx.store();
      const rows = values.postings ? exportPostings(store.db) : exportOffers(store.db);
      for await (const row of rows) await write(ctx.stdout, `${JSON.stringify(row)}\n`);
      return 0;
    },
  },
  ...RUN_COMMANDS,
  ...SCHEDULER_COMMANDS,
  {
    name: "demo",
    usage: "emploi demo [--no-serve]",
    description:
      "Charge les flux d'exemple des partenaires, puis génère un petit marché simulé servi en HTTP local, " +
      "que le planificateur tire à la cadence de chaque partenaire, et lance le serveur (--no-serve : flux d'exemple seulement).",
    async run(argv, ctx) {
      const { values } = strictArgs({ args: argv, options: { "no-serve": { type: "boolean" } } });
      for (const line of await seedSampleFeeds(ctx)) await write(ctx.stdout, `${line}\n`);
      if (values["no-serve"]) return 0;
      const market = await startDemoMarket(ctx, await ctx.store());
      ctx.stderr.write(
        `emploi : marché simulé servi sur ${market.base} (un jour simulé toutes les ${DEMO_DAY_MINUTES} min)\n`,
      );
      return serve(ctx, { scheduler: true, onStop: () => market.stop() });
    },
  },
  {
    name: "check",
    usage: "emploi check [--employer <nom>] [--agency] <fichier>…",
    description:
      "Vérifie des offres hors ligne (JSON/NDJSON au schéma de dépôt, ou texte : titre en 1re ligne) ; code 1 si l'une serait retenue ou rejetée.",
    run: runCheck,
  },
  {
    name: "review",
    usage:
      "emploi review [list [--partner …] | accept|reject <partenaire> <référence> --operator <nom> --reason <motif> | history <partenaire> <référence>]",
    description: "File de modération : lister, accepter ou rejeter une offre en attente, voir les décisions.",
    run: runReview,
  },
  {
    name: "scorecards",
    usage: "emploi scorecards [--partner <slug>] [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]",
    description: "Conformité par partenaire : part des annonces retenues ou rejetées, par règle et par jour.",
    run: runScorecards,
  },
  {
    name: "duplicates",
    usage: "emploi duplicates [--partner <slug>] [--limit N]",
    description: "Doublons possibles non fusionnés, à examiner.",
    run: runDuplicates,
  },
  {
    name: "partners",
    usage:
      "emploi partners [list | formats | add <slug> --label <nom> [--kind …] [--format …|--mapping …] [--url …] " +
      "[--cadence <5-10080 min>] [--rank <0-1>] [--hide-employer-names|--show-employer-names] | " +
      "update <slug> … [--no-url] [--no-cadence] | show <slug> | token <slug> | remove <slug>]",
    description: "Registre des partenaires : enregistrer, modifier, consulter, renouveler le jeton, retirer.",
    run: runPartners,
  },
];

/** The help text. */
export const usage = (): string =>
  [
    "emploi — toutes les offres d'emploi de France, au même endroit",
    "",
    "Commandes :",
    ...COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.description}`]),
    "",
    "Configuration : DATABASE_URL, PORT, HOST, EMPLOI_DATA_DIR, EMPLOI_FIXTURES_DIR, LOG_LEVEL (voir README.md).",
    "",
  ].join("\n");
