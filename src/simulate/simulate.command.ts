/**
 * `emploi simulate`: generates a simulated job market and its partner feeds; `emploi simulate
 * serve …` hands over to the feed server (serve.ts). The command object is registered by the CLI.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { CliContext } from "../cli/app.js";
import type { Command } from "../cli/commands.js";
import { progressLine } from "../cli/progress.js";
import { AppError, errorMessage } from "../errors.js";
import { simulate } from "./generate.js";
import * as D from "./presets.js";
import { runServe, SERVE_USAGE } from "./serve.js";
import { writerFor } from "./writers/registry.js";

export const SIMULATE_USAGE =
  "emploi simulate [--preset national|small|tiny] [--jobs N] [--partners N] [--days N] [--seed S] [--start AAAA-MM-JJ] [--violations TAUX] [--threads 1|2] [--out <dossier>]";

const positiveInteger = (value: string | undefined, name: string, fallback: number, min = 0): number => {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < min) {
    throw new AppError("INVALID_PARAMETER", `--${name} : entier ≥ ${min} attendu (reçu « ${value} »).`);
  }
  return n;
};

/** Day 0: the given date, or today (UTC); always at midnight UTC. */
export const startDate = (value: string | undefined, now: Date): Date => {
  const day = value ?? now.toISOString().slice(0, 10);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00.000Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new AppError("INVALID_PARAMETER", `--start : date AAAA-MM-JJ attendue (reçu « ${value} »).`);
  }
  return date;
};

const parse = (args: string[]) => {
  try {
    return parseArgs({
      args,
      options: {
        preset: { type: "string" },
        jobs: { type: "string" },
        partners: { type: "string" },
        days: { type: "string" },
        seed: { type: "string" },
        start: { type: "string" },
        violations: { type: "string" },
        out: { type: "string" },
        threads: { type: "string" },
      },
    }).values;
  } catch (error) {
    throw new AppError(
      "INVALID_PARAMETER",
      `Arguments invalides : ${errorMessage(error)}. Usage : ${SIMULATE_USAGE}`,
    );
  }
};

const numberFr = new Intl.NumberFormat("fr-FR");

/** Runs `emploi simulate` with its arguments. */
export const runSimulate = async (args: string[], ctx: CliContext, now = new Date()): Promise<number> => {
  const values = parse(args);
  const presetName = values.preset ?? D.DEFAULT_PRESET;
  const preset = D.PRESETS[presetName];
  if (!preset) {
    throw new AppError(
      "INVALID_PARAMETER",
      `--preset : ${Object.keys(D.PRESETS).join(", ")} (reçu « ${presetName} »).`,
    );
  }
  const rate = values.violations === undefined ? D.DEFAULT_VIOLATION_RATE : Number(values.violations);
  if (!(rate >= 0 && rate <= 1))
    throw new AppError("INVALID_PARAMETER", "--violations : taux entre 0 et 1 attendu.");
  const out = resolve(values.out ?? D.DEFAULT_OUT);
  const jobs = positiveInteger(values.jobs, "jobs", preset.jobs, 1);
  // A second thread pays for its own référentiels (≈ 8 s of CPU): worth it for large markets only.
  const threads = positiveInteger(values.threads, "threads", jobs >= D.TWO_THREADS_FROM ? 2 : 1, 1);
  const progress = progressLine(ctx.stderr, "simulate");
  const started = Date.now();
  const manifest = await simulate({
    dataDir: ctx.config.dataDir,
    out,
    seed: values.seed ?? D.DEFAULT_SEED,
    jobs,
    partners: Math.min(positiveInteger(values.partners, "partners", preset.partners, 1), 250),
    days: Math.min(positiveInteger(values.days, "days", preset.days), 365),
    start: startDate(values.start, now),
    violationRate: rate,
    writerFor,
    threads: Math.min(threads, 2),
    progress: (text) => progress.update(text),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  progress.done(
    `${numberFr.format(manifest.stats.totalJobs)} offres, ${numberFr.format(manifest.stats.postingsDay0)} annonces au jour 0, ` +
      `${manifest.partners.length} partenaires, ${manifest.days + 1} jour(s) en ${seconds} s → ${out}`,
  );
  ctx.stdout.write(
    `${JSON.stringify({ out, manifest: resolve(out, "manifest.json"), ...manifest.stats })}\n`,
  );
  return 0;
};

/** The `simulate` command, for the CLI's command table. */
export const simulateCommand: Command = {
  name: "simulate",
  usage: `${SIMULATE_USAGE}\n  ${SERVE_USAGE}`,
  description:
    "Génère un marché de l'emploi simulé (offres, partenaires, flux par jour, vérité terrain) ; « simulate serve » sert les flux en HTTP.",
  run: (args: string[], ctx: CliContext) =>
    args[0] === "serve" ? runServe(args.slice(1), ctx) : runSimulate(args, ctx),
};
