/**
 * One pull of one partner's feed: a conditional request (ETag / Last-Modified), retried with
 * backoff on transient errors, bounded by a timeout, then applied as a snapshot. Every attempt is
 * recorded as a run; the partner's pull state says when to come back.
 */
import { setTimeout as delay } from "node:timers/promises";
import { AppError, errorMessage } from "../errors.js";
import type { PartnerMapping } from "../ingest/mapping.js";
import { readPartnerFeed, type SourceParser } from "../ingest/mapping-feed.js";
import { type FeedSource, openSource } from "../ingest/source.js";
import type { Store } from "../storage/connect.js";
import type { PartnerRow } from "../storage/database.js";
import { mappingOfPartner } from "../storage/partner-mapping.js";
import type { ScreenStage, WriterOptions } from "../storage/posting-writer.js";
import { recordBareRun } from "../storage/run-store.js";
import { type IngestReport, ingestSnapshot, openPostingHashes } from "../storage/snapshot.js";
import { abortable } from "./abortable.js";
import { finishPull, type PullEnd, type PullResult } from "./pull-outcome.js";
import { confirmOpenPostings, loadPullState, type PullState } from "./pull-store.js";
import { type BackoffPolicy, classifyFailure, PULL_RETRY, type RetryPolicy, retryDelay } from "./schedule.js";

export type SchedulerLog = (
  level: "info" | "warn" | "error",
  message: string,
  fields?: Record<string, unknown>,
) => void;

/** What a pull needs: the store, the pipeline's stages, and knobs with defaults. */
export interface PullDeps {
  store: Store;
  referentials: WriterOptions["referentials"];
  screen: ScreenStage;
  /** Where postings are prepared (worker threads of `CliContext.prepare`); inline with `screen` by default. */
  prepare?: WriterOptions["prepare"];
  /** Where feeds are parsed (worker threads of `CliContext.parser`); this thread by default. */
  parse?: SourceParser;
  now?: () => Date;
  /** Longest time one attempt (open, read and apply) may take; default 10 minutes. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  backoff?: BackoffPolicy;
  /** Jitter source, in [0, 1); Math.random by default. */
  random?: () => number;
  /** Largest feed accepted, in bytes (decompressed), per page; DEFAULT_MAX_FEED_BYTES (2 GiB) by default. */
  maxBytes?: number;
  log?: SchedulerLog;
}

export interface PullOptions {
  trigger?: "schedule" | "cli";
  /** Ignore the stored validators: read the feed even if it has not changed. */
  force?: boolean;
  /** Aborts the pull (the scheduler stopping): recorded as failed, without counting a failure. */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 10 * 60_000;
/** A feed larger than this once decompressed is refused (FEED_TOO_LARGE): 2 GiB. */
export const DEFAULT_MAX_FEED_BYTES = 2 * 1024 ** 3;
const USER_AGENT = "emploi-scheduler/0.1 (+https://github.com/emploi)";

type Opened =
  | { source: FeedSource; attempts: number }
  | { error: string; retryAfterMs: number | null; attempts: number };

/** One pull in progress: what its steps share. */
interface Pull {
  deps: PullDeps;
  partner: PartnerRow;
  url: string;
  options: PullOptions;
  clock: () => Date;
  runIds: number[];
}

/** Record a run that read nothing: a failed attempt or a 304. */
const recordAttempt = async (
  pull: Pull,
  status: "failed" | "not_modified",
  started: Date,
  message: string | null,
): Promise<void> => {
  const id = await recordBareRun(pull.deps.store.db, {
    partnerId: pull.partner.id,
    sources: [pull.url],
    trigger: pull.options.trigger ?? "schedule",
    status,
    startedAt: started.toISOString(),
    finishedAt: pull.clock().toISOString(),
    message,
  });
  pull.runIds.push(id);
};

/** Open the feed, retrying transient failures; each failed attempt is recorded as a failed run. */
const openWithRetries = async (pull: Pull, conditional: PullState | undefined): Promise<Opened> => {
  const { deps, options } = pull;
  const policy = deps.retry ?? PULL_RETRY;
  for (let attempt = 1; ; attempt++) {
    const started = pull.clock();
    try {
      const source = await openSource(pull.url, {
        conditional: conditional && { etag: conditional.etag, lastModified: conditional.last_modified },
        headers: { "user-agent": USER_AGENT },
        timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        signal: options.signal,
        maxBytes: deps.maxBytes ?? DEFAULT_MAX_FEED_BYTES,
      });
      return { source, attempts: attempt };
    } catch (error) {
      const failure = classifyFailure(error, pull.clock());
      const random = deps.random ?? Math.random;
      const wait = options.signal?.aborted ? null : retryDelay(attempt, failure, policy, random);
      const again =
        wait === null
          ? ""
          : ` (essai ${attempt}/${policy.attempts}, nouvel essai dans ${Math.ceil(wait / 1000)} s)`;
      deps.log?.("warn", `${errorMessage(error)}${again}`, { partner: pull.partner.slug, attempt });
      await recordAttempt(pull, "failed", started, `${errorMessage(error)}${again}`);
      if (wait === null)
        return { error: errorMessage(error), retryAfterMs: failure.retryAfterMs, attempts: attempt };
      await delay(wait, undefined, { signal: options.signal }).catch(() => undefined);
    }
  }
};

/**
 * The snapshot of the opened feed, stopped at the pull's timeout or abort even if the response
 * body does not notice; its next pages (if any) get the same size limit, timeout and abort.
 */
const applySnapshot = async (
  pull: Pull,
  mapping: PartnerMapping,
  source: FeedSource,
): Promise<IngestReport> => {
  const timeout = AbortSignal.timeout(pull.deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = pull.options.signal ? AbortSignal.any([pull.options.signal, timeout]) : timeout;
  const feed = readPartnerFeed(mapping, [abortable(source, signal)], {
    maxBytes: pull.deps.maxBytes ?? DEFAULT_MAX_FEED_BYTES,
    signal,
    known: await openPostingHashes(pull.deps.store.reader, pull.partner.id),
    ...(pull.deps.parse ? { parse: pull.deps.parse } : {}),
  });
  return ingestSnapshot(pull.deps.store, pull.partner, feed, [source.name], {
    referentials: pull.deps.referentials,
    screen: pull.deps.screen,
    ...(pull.deps.prepare ? { prepare: pull.deps.prepare } : {}),
    dateFormat: mapping.dateFormat,
    now: pull.clock,
    trigger: pull.options.trigger ?? "schedule",
  });
};

type Outcome = Omit<PullEnd, "partner" | "previous" | "started" | "runIds" | "aborted">;

/** Resolve the mapping, open (with retries), then apply the snapshot or confirm on a 304. */
const runPull = async (pull: Pull, previous: PullState | undefined, started: Date): Promise<Outcome> => {
  let mapping: PartnerMapping;
  try {
    mapping = mappingOfPartner(pull.partner);
  } catch (error) {
    await recordAttempt(pull, "failed", started, errorMessage(error));
    return { status: "failed", attempts: 0, message: errorMessage(error) };
  }
  const opened = await openWithRetries(pull, pull.options.force ? undefined : previous);
  if ("error" in opened) {
    const { attempts, error, retryAfterMs } = opened;
    return { status: "failed", attempts, message: error, retryAfterMs };
  }
  const { source, attempts } = opened;
  if (source.notModified) {
    await confirmOpenPostings(pull.deps.store.db, pull.partner.id, pull.clock().toISOString());
    await recordAttempt(pull, "not_modified", started, null);
    return { status: "not_modified", attempts, source };
  }
  const report = await applySnapshot(pull, mapping, source);
  pull.runIds.push(report.run_id);
  const status = report.status === "failed" || report.status === "partial" ? report.status : "succeeded";
  return { status, attempts, source, report, message: report.message };
};

/** Pull one partner's feed now (see the module comment). Feed problems are results, not exceptions. */
export const pullPartner = async (
  deps: PullDeps,
  partner: PartnerRow,
  options: PullOptions = {},
): Promise<PullResult> => {
  const url = partner.feed_url;
  if (!url) {
    throw new AppError(
      "INVALID_PARAMETER",
      `Le partenaire « ${partner.slug} » n'a pas d'URL de flux à lire.`,
    );
  }
  const clock = deps.now ?? (() => new Date());
  const pull: Pull = { deps, partner, url, options, clock, runIds: [] };
  const started = clock();
  const previous = await loadPullState(deps.store.db, partner.id);
  const outcome = await runPull(pull, previous, started);
  const aborted = options.signal?.aborted === true;
  return finishPull(
    { ...deps, now: clock },
    { partner, previous, started, runIds: pull.runIds, aborted, ...outcome },
  );
};
