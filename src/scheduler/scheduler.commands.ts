/**
 * CLI commands of the scheduler: `emploi runs`, `emploi expire`, `emploi pull <slug>`. Command
 * objects shaped like those of `cli/commands.ts`, registered there. `emploi scheduler` (the
 * scheduler as its own process) is with `serve` and `run` in `cli/run.command.ts`.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { CliContext } from "../cli/app.js";
import type { Command } from "../cli/commands.js";
import { AppError } from "../errors.js";
import { findPartner } from "../storage/partner-store.js";
import { listRunsWithPartner } from "../storage/run-store.js";
import { expirePostings } from "./expire.js";
import type { PullResult } from "./pull-outcome.js";
import { pullPartner } from "./pull-partner.js";
import { formatRunsTable } from "./runs-table.js";

const args = <T extends ParseArgsConfig>(config: T) => {
  try {
    return parseArgs<T>(config);
  } catch (error) {
    throw new AppError("INVALID_PARAMETER", `Arguments invalides : ${(error as Error).message}`);
  }
};

const positiveInteger = (value: string | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new AppError("INVALID_PARAMETER", `${name} invalide : « ${value} » (entier positif attendu).`);
  }
  return n;
};

/** `--max-feed-mb <n>`: the largest feed a pull accepts, in MiB (decompressed). */
export const FEED_LIMIT_OPTION = {
  "max-feed-mb": { type: "string" },
} as const satisfies ParseArgsConfig["options"];

/** The feed size limit given with `--max-feed-mb`, in bytes; undefined for the default (2 GiB). */
export const feedLimitOf = (values: { "max-feed-mb"?: string }): number | undefined => {
  const value = values["max-feed-mb"];
  if (value === undefined) return undefined;
  const mib = Number(value);
  if (!Number.isFinite(mib) || mib <= 0) {
    throw new AppError(
      "INVALID_PARAMETER",
      `--max-feed-mb invalide : « ${value} » (nombre de Mio positif attendu).`,
    );
  }
  return Math.round(mib * 1024 * 1024);
};

/** One JSON line: the counters of the snapshot when the feed was read, then the pull's outcome. */
const pullSummary = (result: PullResult): string =>
  JSON.stringify({
    partner: result.partner,
    status: result.status,
    ...(result.report
      ? {
          received: result.report.received,
          new: result.report.new,
          updated: result.report.updated,
          unchanged: result.report.unchanged,
          rejected: result.report.rejected,
          review: result.report.review,
          duplicates: result.report.duplicates,
          closed: result.report.closed,
          errors: result.report.errors,
          ...(result.report.close_skipped_reason
            ? { close_skipped_reason: result.report.close_skipped_reason }
            : {}),
        }
      : {}),
    attempts: result.attempts,
    run_ids: result.runIds,
    next_attempt_at: result.nextAttemptAt,
    ...(result.message ? { message: result.message } : {}),
  });

const pull = async (
  slug: string,
  options: { force: boolean; maxBytes: number | undefined },
  ctx: CliContext,
): Promise<number> => {
  const store = await ctx.store();
  const partner = await findPartner(store.db, slug);
  if (!partner) throw new AppError("PARTNER_UNKNOWN", `Partenaire inconnu : « ${slug} ».`);
  const referentials = await ctx.referentials();
  const result = await pullPartner(
    {
      store,
      referentials,
      screen: ctx.screen,
      prepare: await ctx.prepare(),
      parse: ctx.parser(),
      maxBytes: options.maxBytes,
    },
    partner,
    { trigger: "cli", force: options.force },
  );
  ctx.stdout.write(`${pullSummary(result)}\n`);
  if (result.status === "failed")
    ctx.stderr.write(`emploi pull : échec du relevé de ${slug} : ${result.message}\n`);
  return result.status === "failed" ? 1 : 0;
};

export const SCHEDULER_COMMANDS: readonly Command[] = [
  {
    name: "runs",
    usage: "emploi runs [--partner <slug>] [--limit <n>]",
    description: "Affiche les dernières exécutions d'ingestion (statut, durée, compteurs, première erreur).",
    async run(argv, ctx) {
      const { values } = args({
        args: argv,
        options: { partner: { type: "string" }, limit: { type: "string" } },
      });
      const limit = positiveInteger(values.limit, "--limit", 20);
      const store = await ctx.store();
      if (values.partner && !(await findPartner(store.db, values.partner))) {
        throw new AppError("PARTNER_UNKNOWN", `Partenaire inconnu : « ${values.partner} ».`);
      }
      const runs = await listRunsWithPartner(store.db, { partner: values.partner, limit });
      ctx.stdout.write(formatRunsTable(runs));
      return 0;
    },
  },
  {
    name: "expire",
    usage: "emploi expire",
    description:
      "Ferme les annonces expirées et celles que leur partenaire n'a plus confirmées depuis EMPLOI_UNCONFIRMED_DAYS jours.",
    async run(argv, ctx) {
      args({ args: argv, options: {} });
      const store = await ctx.store();
      const report = await expirePostings(store, new Date(), {
        maxUnconfirmedDays: ctx.config.unconfirmedDays,
      });
      ctx.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    },
  },
  {
    name: "pull",
    usage: "emploi pull <slug> [--force] [--max-feed-mb <n>]",
    description:
      "Relève maintenant le flux d'un partenaire enregistré (requête conditionnelle, sauf avec --force).",
    async run(argv, ctx) {
      const { values, positionals } = args({
        args: argv,
        allowPositionals: true,
        options: { force: { type: "boolean" }, ...FEED_LIMIT_OPTION },
      });
      const [slug, ...extra] = positionals;
      if (!slug || extra.length > 0)
        throw new AppError("INVALID_PARAMETER", "Indiquez un seul partenaire : emploi pull <slug>.");
      return pull(slug, { force: values.force === true, maxBytes: feedLimitOf(values) }, ctx);
    },
  },
];
