import { readFile } from "node:fs/promises";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { AppError, errorMessage } from "../errors.js";
import { listFormatMappings, listPartnerMappings } from "../ingest/partners/partners.js";
import { loadPullState } from "../scheduler/pull-store.js";
import { registerPartner, removePartner } from "../storage/partner-admin.js";
import { changePartner, checkPartnerSettings } from "../storage/partner-settings.js";
import {
  getPartner,
  issuePartnerToken,
  listPartners,
  type PartnerInput,
  type PartnerKind,
  partnerView,
} from "../storage/partner-store.js";
import { listRuns } from "../storage/run-store.js";
import type { CliContext } from "./app.js";

const SETTINGS = {
  label: { type: "string" },
  kind: { type: "string" },
  format: { type: "string" },
  mapping: { type: "string" },
  url: { type: "string" },
  "no-url": { type: "boolean" },
  cadence: { type: "string" },
  "no-cadence": { type: "boolean" },
  rank: { type: "string" },
  "hide-employer-names": { type: "boolean" },
  "show-employer-names": { type: "boolean" },
} as const satisfies ParseArgsConfig["options"];

const args = <T extends ParseArgsConfig>(config: T) => {
  try {
    return parseArgs<T>(config);
  } catch (error) {
    throw new AppError("INVALID_PARAMETER", `Arguments invalides : ${errorMessage(error)}`);
  }
};

const number = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed))
    throw new AppError("INVALID_PARAMETER", `--${name} : nombre attendu (« ${value} »).`);
  return parsed;
};

type Values = {
  [K in keyof typeof SETTINGS]?: (typeof SETTINGS)[K]["type"] extends "boolean" ? boolean : string;
};

const readMapping = (path: string): Promise<string> =>
  readFile(path, "utf8").catch((error: unknown) => {
    throw new AppError(
      "INVALID_PARAMETER",
      `--mapping : fichier illisible « ${path} » (${errorMessage(error)}).`,
    );
  });

const exclusive = (values: Values, a: keyof Values, b: keyof Values): void => {
  if (values[a] !== undefined && values[b] !== undefined) {
    throw new AppError("INVALID_PARAMETER", `--${a} et --${b} s'excluent : choisissez l'un ou l'autre.`);
  }
};

/** Partner settings from command-line options (only those given), checked as the admin API does. */
const settingsOf = async (values: Values): Promise<Partial<PartnerInput>> => {
  exclusive(values, "format", "mapping");
  exclusive(values, "url", "no-url");
  exclusive(values, "cadence", "no-cadence");
  exclusive(values, "hide-employer-names", "show-employer-names");
  const names = values["hide-employer-names"] ? false : values["show-employer-names"] ? true : undefined;
  const settings: Partial<PartnerInput> = {
    ...(values.label !== undefined ? { label: values.label } : {}),
    ...(values.kind !== undefined ? { kind: values.kind as PartnerKind } : {}),
    ...(values.format !== undefined ? { format: values.format, mapping: null } : {}),
    ...(values.mapping !== undefined ? { mapping: await readMapping(values.mapping), format: null } : {}),
    ...(values.url !== undefined ? { feedUrl: values.url } : {}),
    ...(values["no-url"] ? { feedUrl: null } : {}),
    ...(values.cadence !== undefined ? { cadenceMinutes: number("cadence", values.cadence) } : {}),
    ...(values["no-cadence"] ? { cadenceMinutes: null } : {}),
    ...(values.rank !== undefined ? { rank: number("rank", values.rank) } : {}),
    ...(names !== undefined ? { employersShowName: names } : {}),
  };
  checkPartnerSettings(settings);
  return settings;
};

const line = (ctx: CliContext, text: string) => ctx.stdout.write(`${text}\n`);

const SUBCOMMANDS: Record<string, (argv: string[], ctx: CliContext) => Promise<number>> = {
  async list(_argv, ctx) {
    const partners = await listPartners((await ctx.store()).db);
    if (partners.length === 0) line(ctx, "Aucun partenaire enregistré.");
    for (const p of partners.map(partnerView)) {
      const source = p.custom_mapping ? "mapping" : (p.format ?? p.slug);
      const state = p.enabled ? "" : " (retiré)";
      line(
        ctx,
        `${p.slug}\t${p.kind}\t${source}\t${p.feed_url ?? "-"}\t${p.cadence_minutes ?? "-"} min\t${p.label}${state}`,
      );
    }
    return 0;
  },
  async formats(_argv, ctx) {
    for (const m of listPartnerMappings()) line(ctx, `${m.slug}\t${m.format}\t${m.label}`);
    for (const m of listFormatMappings()) line(ctx, `${m.slug}\t${m.format}\t(format générique)`);
    return 0;
  },
  async add(argv, ctx) {
    const { values, positionals } = args({ args: argv, allowPositionals: true, options: SETTINGS });
    const [slug] = positionals;
    if (!slug || !values.label)
      throw new AppError("INVALID_PARAMETER", "Usage : emploi partners add <slug> --label <nom> …");
    const settings = await settingsOf(values);
    const { partner, token } = await registerPartner(
      await ctx.store(),
      { ...settings, slug, label: values.label },
      new Date(),
    );
    line(ctx, JSON.stringify({ partner: partnerView(partner), token }));
    ctx.stderr.write(
      "Conservez ce jeton : il ne sera plus affiché (emploi partners token <slug> en donne un nouveau).\n",
    );
    return 0;
  },
  async update(argv, ctx) {
    const { values, positionals } = args({ args: argv, allowPositionals: true, options: SETTINGS });
    const [slug] = positionals;
    if (!slug) throw new AppError("INVALID_PARAMETER", "Usage : emploi partners update <slug> [--label …] …");
    const partner = await changePartner(await ctx.store(), slug, await settingsOf(values), new Date());
    line(ctx, JSON.stringify(partnerView(partner)));
    return 0;
  },
  async show(argv, ctx) {
    const [slug] = args({ args: argv, allowPositionals: true, options: {} }).positionals;
    if (!slug) throw new AppError("INVALID_PARAMETER", "Usage : emploi partners show <slug>");
    const db = (await ctx.store()).db;
    const partner = await getPartner(db, slug);
    const pulls = (await loadPullState(db, partner.id)) ?? null;
    const runs = await listRuns(db, partner.id, 10);
    line(ctx, JSON.stringify({ partner: partnerView(partner), pulls, runs }, null, 2));
    return 0;
  },
  async token(argv, ctx) {
    const [slug] = args({ args: argv, allowPositionals: true, options: {} }).positionals;
    if (!slug) throw new AppError("INVALID_PARAMETER", "Usage : emploi partners token <slug>");
    line(ctx, await issuePartnerToken((await ctx.store()).db, slug, new Date().toISOString()));
    return 0;
  },
  async remove(argv, ctx) {
    const [slug] = args({ args: argv, allowPositionals: true, options: {} }).positionals;
    if (!slug) throw new AppError("INVALID_PARAMETER", "Usage : emploi partners remove <slug>");
    const closed = await removePartner(await ctx.store(), slug, new Date());
    line(ctx, JSON.stringify({ partner: slug, closed }));
    return 0;
  },
};

/** `emploi partners list|formats|add|update|show|token|remove`. */
export const runPartners = async (argv: string[], ctx: CliContext): Promise<number> => {
  const [name = "list", ...rest] = argv;
  const sub = SUBCOMMANDS[name];
  if (!sub) {
    throw new AppError(
      "INVALID_PARAMETER",
      `Sous-commande inconnue « ${name} » : ${Object.keys(SUBCOMMANDS).join(", ")}.`,
    );
  }
  return sub(rest, ctx);
};
