/**
 * `emploi simulate serve [--out <dossier>] [--port N] [--host H] [--day N] [--faults <fichier.json>] [--quiet]`:
 * serves a simulator output folder over HTTP until SIGINT/SIGTERM. See docs/simulator-feeds.md.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { CliContext } from "../cli/app.js";
import { AppError, errorMessage } from "../errors.js";
import { DEFAULT_OUT } from "./presets.js";
import { buildFeedServer } from "./serve-app.js";
import { listPartners } from "./serve-layout.js";

export const SERVE_USAGE =
  "emploi simulate serve [--out <dossier>] [--port N] [--host H] [--day N] [--faults <fichier.json>] [--quiet]";
const DEFAULT_PORT = 4000;

const integer = (value: string | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new AppError("INVALID_PARAMETER", `--${name} : entier positif attendu (reçu « ${value} »).`);
  return n;
};

const readFaults = async (path: string | undefined): Promise<unknown> => {
  if (path === undefined) return undefined;
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new AppError(
      "INVALID_PARAMETER",
      `--faults : fichier JSON illisible (${path}) : ${errorMessage(error)}`,
    );
  }
};

/** Runs the feed server until SIGINT/SIGTERM (or `until`, for tests); resolves with the exit code. */
export const runServe = async (args: string[], ctx: CliContext, until?: Promise<void>): Promise<number> => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new AppError(
      "INVALID_PARAMETER",
      `Arguments invalides : ${errorMessage(error)}. Usage : ${SERVE_USAGE}`,
    );
  }
  const { values, positionals } = parsed;
  const root = values.out ?? positionals[0] ?? DEFAULT_OUT;
  const partners = await listPartners(root);
  if (partners.length === 0) {
    throw new AppError(
      "INVALID_PARAMETER",
      `Aucun flux simulé dans ${root} (dossier partners/ absent ou vide) : lancez d'abord emploi simulate --out ${root}.`,
    );
  }
  const app = await buildFeedServer({
    root,
    day: values.day === undefined ? undefined : integer(values.day, "day", 0),
    faults: await readFaults(values.faults),
    log: values.quiet ? undefined : (line) => ctx.stderr.write(`${line}\n`),
  });
  const address = await app.listen(
    integer(values.port, "port", DEFAULT_PORT),
    values.host ?? ctx.config.host,
  );
  ctx.stderr.write(
    `emploi : flux de ${partners.length} partenaires simulés sur ${address}/partners (jour ${app.state.day}, contrôle sur ${address}/control)\n`,
  );
  await (until ??
    new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    }));
  await app.close();
  return 0;
};

const parse = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      day: { type: "string" },
      faults: { type: "string" },
      quiet: { type: "boolean" },
    },
  });
