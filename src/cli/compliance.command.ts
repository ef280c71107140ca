import { readFile } from "node:fs/promises";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { AppError, errorMessage } from "../errors.js";
import { pushItems } from "../ingest/push-body.js";
import { rawPostingOf } from "../ingest/push-schema.js";
import type { RawPosting } from "../ingest/raw-posting.js";
import { checkPosting } from "../pipeline/screen.js";
import { scorecards } from "../storage/compliance-store.js";
import { listPossibleDuplicates } from "../storage/duplicates.js";
import { decide, decisionsOf, findPostingId, moderationQueue } from "../storage/moderation.js";
import type { CliContext } from "./app.js";

const args = <T extends ParseArgsConfig>(config: T) => {
  try {
    return parseArgs<T>(config);
  } catch (error) {
    throw new AppError("INVALID_PARAMETER", `Arguments invalides : ${errorMessage(error)}`);
  }
};

const out = (ctx: CliContext, value: unknown) => ctx.stdout.write(`${JSON.stringify(value)}\n`);

/** Offers in a file: push-schema JSON or NDJSON, or a plain text whose first line is the title. */
const offersOf = (name: string, text: string): { raws: RawPosting[]; plain: boolean } => {
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let body: unknown = trimmed;
    try {
      body = JSON.parse(trimmed);
    } catch {
      // NDJSON: one offer per line.
    }
    const raws = pushItems(body).map((item) => {
      if (!item.ok) throw new AppError("INVALID_BODY", `${name}, ${item.position} : ${item.reason}`);
      return rawPostingOf(item.posting);
    });
    return { raws, plain: false };
  }
  const [title = "", ...rest] = trimmed.split("\n");
  return { raws: [{ reference: name, title, description: rest.join("\n") }], plain: true };
};

/** The employer named on the command line, for offers that do not name one. */
const withEmployer = (raw: RawPosting, employer: string | undefined): RawPosting =>
  employer === undefined || raw.employer?.name || raw.employer?.siret
    ? raw
    : { ...raw, employer: { ...raw.employer, name: employer } };

const CHECK_OPTIONS = {
  employer: { type: "string" },
  agency: { type: "boolean" },
} as const;

/**
 * `emploi check [--employer <nom>] [--agency] FILE…`: screen offers offline as drafts (the platform
 * dates them at publication); exit 1 when one would be held or rejected. `--employer` names the
 * employer of offers that do not (plain-text files); `--agency` checks them as a temporary-work
 * agency's offers (C. trav. L5332-3).
 */
export const runCheck = async (argv: string[], ctx: CliContext): Promise<number> => {
  const { values, positionals } = args({ args: argv, allowPositionals: true, options: CHECK_OPTIONS });
  if (positionals.length === 0)
    throw new AppError("INVALID_PARAMETER", "Usage : emploi check [--employer <nom>] [--agency] <fichier>…");
  const employer = values.employer?.trim() || undefined;
  const partnerKind = values.agency ? "agency" : "employer";
  const referentials = await ctx.referentials();
  let worst = 0;
  for (const file of positionals) {
    const text = await readFile(file, "utf8").catch((error: unknown) => {
      throw new AppError("INVALID_PARAMETER", `Fichier illisible : ${file} (${errorMessage(error)}).`);
    });
    const { raws, plain } = offersOf(file, text);
    for (const offer of raws) {
      const raw = withEmployer(offer, employer);
      const { compliance, problem } = checkPosting(raw, { ...referentials, now: new Date() }, partnerKind);
      out(ctx, { reference: raw.reference, ...compliance, ...(problem ? { problem } : {}) });
      for (const f of compliance.findings) {
        ctx.stderr.write(
          `${raw.reference} : [${f.severity}] ${f.rule} (${f.article}) « ${f.excerpt} » → ${f.suggestion}\n`,
        );
        if (f.rule === "pub-employer-unknown" && plain)
          ctx.stderr.write(`${raw.reference} : indiquez l'employeur avec --employer <nom>.\n`);
      }
      if (problem) ctx.stderr.write(`${raw.reference} : ${problem}\n`);
      if (compliance.verdict !== "accept") worst = 1;
    }
  }
  return worst;
};

const DECISION_OPTIONS = { operator: { type: "string" }, reason: { type: "string" } } as const;

/** `emploi review list|accept|reject|history`: the moderation queue from the command line. */
export const runReview = async (argv: string[], ctx: CliContext): Promise<number> => {
  const [sub = "list", ...rest] = argv;
  const store = await ctx.store();
  if (sub === "list") {
    const { values } = args({
      args: rest,
      options: { partner: { type: "string" }, limit: { type: "string" } },
    });
    const queue = await moderationQueue(store, {
      partner: values.partner,
      limit: Number(values.limit ?? 50),
    });
    ctx.stderr.write(`${queue.total} annonce(s) en attente de modération.\n`);
    for (const item of queue.items) out(ctx, item);
    return 0;
  }
  if (sub === "accept" || sub === "reject") {
    const { values, positionals } = args({ args: rest, allowPositionals: true, options: DECISION_OPTIONS });
    const [partner, reference] = positionals;
    if (!partner || !reference || !values.operator || !values.reason) {
      throw new AppError(
        "INVALID_PARAMETER",
        `Usage : emploi review ${sub} <partenaire> <référence> --operator <nom> --reason <motif>`,
      );
    }
    const id = await findPostingId(store, partner, reference);
    out(
      ctx,
      await decide(
        store,
        id,
        { decision: sub, operator: values.operator, reason: values.reason },
        new Date(),
      ),
    );
    return 0;
  }
  if (sub === "history") {
    const [partner, reference] = args({ args: rest, allowPositionals: true, options: {} }).positionals;
    if (!partner || !reference)
      throw new AppError("INVALID_PARAMETER", "Usage : emploi review history <partenaire> <référence>");
    for (const d of await decisionsOf(store, await findPostingId(store, partner, reference))) out(ctx, d);
    return 0;
  }
  throw new AppError(
    "INVALID_PARAMETER",
    `Sous-commande inconnue « ${sub} » : list, accept, reject, history.`,
  );
};

/** `emploi scorecards [--partner] [--from] [--to]`: compliance per partner. */
export const runScorecards = async (argv: string[], ctx: CliContext): Promise<number> => {
  const { values } = args({
    args: argv,
    options: { partner: { type: "string" }, from: { type: "string" }, to: { type: "string" } },
  });
  for (const card of await scorecards((await ctx.store()).db, values)) out(ctx, card);
  return 0;
};

/** `emploi duplicates [--partner] [--limit]`: possible duplicates left to operators. */
export const runDuplicates = async (argv: string[], ctx: CliContext): Promise<number> => {
  const { values } = args({
    args: argv,
    options: { partner: { type: "string" }, limit: { type: "string" } },
  });
  const { pairs } = await listPossibleDuplicates((await ctx.store()).db, {
    partner: values.partner,
    limit: Number(values.limit ?? 50),
  });
  for (const pair of pairs) out(ctx, pair);
  return 0;
};
