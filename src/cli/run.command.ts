/**
 * The long-running commands: `emploi serve` (HTTP only), `emploi scheduler` (pulls and expiry
 * only) and `emploi run` (both in one process). Each runs until SIGINT or SIGTERM.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { AppError, errorMessage } from "../errors.js";
import { buildServer } from "../http/server.js";
import type { SchedulerLog } from "../scheduler/pull-partner.js";
import { FEED_LIMIT_OPTION, feedLimitOf } from "../scheduler/scheduler.commands.js";
import { type Scheduler, startScheduler } from "../scheduler/scheduler.js";
import type { CliContext } from "./app.js";
import type { Command } from "./commands.js";

const args = <T extends ParseArgsConfig>(config: T) => {
  try {
    return parseArgs<T>(config);
  } catch (error) {
    throw new AppError("INVALID_PARAMETER", `Arguments invalides : ${errorMessage(error)}`);
  }
};

/** Until SIGINT or SIGTERM. */
const untilSignal = () =>
  new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

const LEVELS = ["debug", "info", "warn", "error", "fatal"] as const;

/** The scheduler's log as JSON lines on standard error, from the configured LOG_LEVEL up. */
const stderrLog =
  (ctx: CliContext): SchedulerLog =>
  (level, message, fields) => {
    const floor = ctx.config.logLevel;
    if (floor === "silent" || LEVELS.indexOf(level) < LEVELS.indexOf(floor)) return;
    ctx.stderr.write(
      `${JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...fields })}\n`,
    );
  };

const schedulerOf = async (ctx: CliContext, log: SchedulerLog, maxBytes: number | undefined) =>
  startScheduler({
    store: await ctx.store(),
    referentials: await ctx.referentials(),
    screen: ctx.screen,
    prepare: await ctx.prepare(),
    parse: ctx.parser(),
    maxUnconfirmedDays: ctx.config.unconfirmedDays,
    maxBytes,
    log,
  });

export interface ServeOptions {
  /** Also pull the partners' feeds at their cadence and sweep expiry (`emploi run`). */
  scheduler?: boolean;
  /** Largest pulled feed, in bytes (default of the scheduler: 2 GiB). */
  maxFeedBytes?: number;
  /** Called after the server closed (the demo stops its feed server). */
  onStop?: () => Promise<void>;
}

/** Serve, and with `scheduler` pull the partners' feeds at their cadence, until SIGINT/SIGTERM. */
export const serve = async (ctx: CliContext, options: ServeOptions = {}): Promise<number> => {
  const store = await ctx.store();
  const app = await buildServer({
    store,
    referentials: await ctx.referentials(),
    screen: ctx.screen,
    now: () => new Date(),
    adminToken: ctx.config.adminToken,
    logLevel: ctx.config.logLevel,
  });
  let scheduler: Scheduler | null = null;
  if (options.scheduler) {
    const log: SchedulerLog = (level, message, fields) => app.log[level]({ ...fields }, message);
    scheduler = await schedulerOf(ctx, log, options.maxFeedBytes);
  }
  const address = await app.listen({ host: ctx.config.host, port: ctx.config.port });
  ctx.stderr.write(`emploi : site et API sur ${address} (documentation : ${address}/api/docs)\n`);
  if (scheduler) ctx.stderr.write("emploi : planificateur des flux partenaires démarré\n");
  await untilSignal();
  await scheduler?.stop();
  await app.close();
  await options.onStop?.();
  return 0;
};

export const RUN_COMMANDS: readonly Command[] = [
  {
    name: "serve",
    usage: "emploi serve",
    description: "Lance le serveur HTTP (site et API) sur PORT, sans relever les flux.",
    async run(argv, ctx) {
      args({ args: argv, options: {} });
      return serve(ctx);
    },
  },
  {
    name: "run",
    usage: "emploi run [--max-feed-mb <n>]",
    description:
      "Lance tout dans un processus : serveur HTTP, planificateur des flux (cadence de chaque partenaire), expirations.",
    async run(argv, ctx) {
      const { values } = args({ args: argv, options: FEED_LIMIT_OPTION });
      return serve(ctx, { scheduler: true, maxFeedBytes: feedLimitOf(values) });
    },
  },
  {
    name: "scheduler",
    usage: "emploi scheduler [--max-feed-mb <n>]",
    description:
      "Lance le planificateur seul, sans serveur HTTP : relevés des flux à la cadence de chaque partenaire et " +
      "expirations (à côté d'« emploi serve » sur la même base de données).",
    async run(argv, ctx) {
      const { values } = args({ args: argv, options: FEED_LIMIT_OPTION });
      const scheduler = await schedulerOf(ctx, stderrLog(ctx), feedLimitOf(values));
      ctx.stderr.write("emploi : planificateur des flux partenaires démarré (sans serveur HTTP)\n");
      await untilSignal();
      await scheduler.stop();
      ctx.stderr.write("emploi : planificateur arrêté\n");
      return 0;
    },
  },
];
