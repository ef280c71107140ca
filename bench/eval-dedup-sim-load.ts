/**
 * Loads a simulator's day-0 snapshots the way ingest reads them (partner mappings and streaming
 * readers, normalisation, compliance screen), without the store: one labelled posting per feed
 * record, in ingest order, with its ground truth. Half of the snapshots are read on a worker
 * thread. Used by bench/eval-dedup-sim.ts.
 */
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { deserialize, serialize } from "node:v8";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { PartnerMapping } from "../src/ingest/mapping.js";
import { readPartnerFeed } from "../src/ingest/mapping-feed.js";
import { loadMappingFile } from "../src/ingest/mapping-validate.js";
import type { NormalizedPosting } from "../src/offer/offer.js";
import { isMalformed, normalizePosting, type PipelineContext } from "../src/pipeline/normalize.js";
import { complianceScreen } from "../src/pipeline/screen.js";
import { loadGeo } from "../src/referentials/geo-load.js";
import { loadRome } from "../src/referentials/rome-load.js";
import { mappingForFormat } from "../src/storage/partner-mapping.js";

export interface SimPartner {
  slug: string;
  kind: string;
  format: string;
  employersShowName: boolean;
}

interface Snapshot {
  partner: string;
  format: string;
  postings?: number;
  ingest: string[];
}

interface Manifest {
  start: string;
  partners: SimPartner[];
  schedule: Array<{ day: number; snapshots: Snapshot[] }>;
}

/** A day-0 posting as ingest would see it, with its truth. */
export interface SimPosting {
  partner: string;
  format: string;
  reference: string;
  posting: NormalizedPosting;
  /** The compliance screen's verdict is "accept": ingest would publish and deduplicate it. */
  published: boolean;
  jobId: string;
  variants: string[];
  /** The copy carries an injected violation (the national bench leaves these out of dedup quality). */
  violating: boolean;
}

export interface Relation {
  kind: string;
  of: string;
}

export interface SimData {
  postings: SimPosting[];
  /** Hard negatives: job id to its relation. */
  relations: Map<string, Relation>;
  /** Postings dropped before deduplication: malformed, expired, unknown to the truth. */
  dropped: { malformed: number; expired: number; unknown: number; recordErrors: number };
  /** Reading, normalising and screening, référentiels included (two threads). */
  seconds: number;
}

async function* ndjson<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.trim() !== "") yield JSON.parse(line) as T;
}

/** The mapping and files of a snapshot, from its `emploi ingest` arguments (as the national bench). */
const snapshotSource = async (simDir: string, snapshot: Snapshot) => {
  const args = snapshot.ingest;
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sources = args
    .filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"))
    .map((f) => resolve(simDir, f));
  const partner = option("--partner") ?? snapshot.partner;
  const mappingFile = option("--mapping");
  const format = option("--format");
  const mapping: PartnerMapping = mappingFile
    ? { ...(await loadMappingFile(resolve(simDir, mappingFile))), slug: partner }
    : mappingForFormat(format ?? snapshot.format, partner);
  return { partner, mapping, sources };
};

const readTruth = async (simDir: string) => {
  const truth = new Map<string, { jobId: string; variants: string[]; violating: boolean }>();
  for await (const p of ndjson<{
    partner: string;
    reference: string;
    jobId: string;
    variants: string[];
    violations: unknown[];
  }>(resolve(simDir, "truth/postings.ndjson"))) {
    truth.set(`${p.partner}\u0000${p.reference}`, {
      jobId: p.jobId,
      variants: p.variants,
      violating: p.violations.length > 0,
    });
  }
  const relations = new Map<string, Relation>();
  for await (const job of ndjson<{ id: string; relation: Relation | null }>(
    resolve(simDir, "truth/jobs.ndjson"),
  )) {
    if (job.relation) relations.set(job.id, job.relation);
  }
  return { truth, relations };
};

export interface LoadOptions {
  dataDir: string;
  /** The ingest clock; default: the last millisecond of day 0. */
  now?: Date;
  /** A v8-serialised copy of the result, reused while the manifest is older than it. */
  cache?: string;
  /** Read half of the snapshots on a worker thread (default true). */
  parallel?: boolean;
  onProgress?: (line: string) => void;
}

/** What reading a share of the snapshots gives: the postings of each snapshot, in feed order. */
interface ShareResult {
  postings: Array<{ index: number; items: Omit<SimPosting, "jobId" | "variants" | "violating">[] }>;
  dropped: { malformed: number; expired: number; recordErrors: number };
}

/** Read, normalise and screen some of the day-0 snapshots (by index in the manifest's day 0). */
const readShare = async (
  simDir: string,
  indices: readonly number[],
  dataDir: string,
  nowIso: string,
  onProgress?: (line: string) => void,
): Promise<ShareResult> => {
  const manifest = JSON.parse(readFileSync(resolve(simDir, "manifest.json"), "utf8")) as Manifest;
  const now = new Date(nowIso);
  const [geo, rome] = await Promise.all([loadGeo(dataDir), loadRome(dataDir)]);
  const partners = new Map(manifest.partners.map((p) => [p.slug, p]));
  const day0 = manifest.schedule.find((d) => d.day === 0)?.snapshots ?? [];
  const result: ShareResult = { postings: [], dropped: { malformed: 0, expired: 0, recordErrors: 0 } };
  for (const index of indices) {
    const snapshot = day0[index] as Snapshot;
    const { partner, mapping, sources } = await snapshotSource(simDir, snapshot);
    const info = partners.get(partner);
    const kind = info?.kind === "employer" || info?.kind === "ats" || info?.kind === "aggregator";
    const partnerRow = { kind: kind ? (info?.kind as string) : "board" };
    const context: PipelineContext = {
      geo,
      rome,
      now,
      partner: {
        slug: partner,
        employersShowName: info?.employersShowName ?? true,
        dateFormat: mapping.dateFormat,
      },
    };
    const seen = new Set<string>();
    const items: ShareResult["postings"][number]["items"] = [];
    for await (const item of readPartnerFeed(mapping, sources)) {
      if (!item.ok || "known" in item || seen.has(item.posting.reference)) {
        result.dropped.recordErrors++;
        continue;
      }
      seen.add(item.posting.reference);
      // The content hash only tells ingest what changed: not needed here.
      const normalized = normalizePosting(item.posting, "", context);
      if (isMalformed(normalized)) {
        result.dropped.malformed++;
        continue;
      }
      const posting =
        mapping.undated && normalized.publishedAt === null
          ? { ...normalized, publishedAt: nowIso }
          : normalized;
      if (posting.expiresAt !== null && posting.expiresAt <= nowIso) {
        result.dropped.expired++;
        continue;
      }
      const published = complianceScreen(posting, partnerRow, now).verdict === "accept";
      items.push({ partner, format: snapshot.format, reference: posting.reference, posting, published });
    }
    result.postings.push({ index, items });
    onProgress?.(`${partner}: ${items.length} postings`);
  }
  return result;
};

/** Run a share on a worker thread (which registers tsx, then runs this file's worker branch). */
const readShareInWorker = (simDir: string, indices: number[], dataDir: string, nowIso: string) => {
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(boot, {
    eval: true,
    workerData: { evalDedupSimShare: { simDir, indices, dataDir, nowIso } },
  });
  return new Promise<ShareResult>((done, fail) => {
    worker.once("message", done);
    worker.once("error", fail);
  });
};

/** Two shares of about the same number of postings, each in manifest order. */
const split = (snapshots: readonly Snapshot[]): [number[], number[]] => {
  const order = snapshots.map((s, i) => ({ i, n: s.postings ?? 0 })).sort((x, y) => y.n - x.n);
  const shares: [number[], number[]] = [[], []];
  const sizes = [0, 0];
  for (const { i, n } of order) {
    const k = (sizes[0] as number) <= (sizes[1] as number) ? 0 : 1;
    shares[k].push(i);
    sizes[k] = (sizes[k] as number) + n;
  }
  return [shares[0].sort((x, y) => x - y), shares[1].sort((x, y) => x - y)];
};

/** Read, normalise and screen every day-0 snapshot of a simulation, in the manifest's order. */
export const loadSimulation = async (simDir: string, options: LoadOptions): Promise<SimData> => {
  const manifestPath = resolve(simDir, "manifest.json");
  const cacheKey = `2|${simDir}|${options.now?.toISOString() ?? ""}`;
  if (options.cache && existsSync(options.cache)) {
    const cached = deserialize(readFileSync(options.cache)) as { key: string; data: SimData };
    if (cached.key === cacheKey && statSync(options.cache).mtimeMs > statSync(manifestPath).mtimeMs) {
      return cached.data;
    }
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const nowIso = (options.now ?? new Date(Date.parse(manifest.start) + 86_400_000 - 1)).toISOString();
  const day0 = manifest.schedule.find((d) => d.day === 0)?.snapshots ?? [];
  const started = performance.now();
  const [mine, theirs] = options.parallel === false ? [day0.map((_, i) => i), []] : split(day0);
  const [truth, ...shares] = await Promise.all([
    readTruth(simDir),
    readShare(simDir, mine, options.dataDir, nowIso, options.onProgress),
    ...(theirs.length > 0 ? [readShareInWorker(simDir, theirs, options.dataDir, nowIso)] : []),
  ]);
  const bySnapshot = shares.flatMap((s) => s.postings).sort((x, y) => x.index - y.index);
  const postings: SimPosting[] = [];
  const dropped = { malformed: 0, expired: 0, unknown: 0, recordErrors: 0 };
  for (const share of shares) {
    dropped.malformed += share.dropped.malformed;
    dropped.expired += share.dropped.expired;
    dropped.recordErrors += share.dropped.recordErrors;
  }
  for (const { items } of bySnapshot) {
    for (const item of items) {
      const t = truth.truth.get(`${item.partner}\u0000${item.reference}`);
      if (t === undefined) dropped.unknown++;
      else postings.push({ ...item, ...t });
    }
  }
  const data: SimData = {
    postings,
    relations: truth.relations,
    dropped,
    seconds: (performance.now() - started) / 1000,
  };
  if (options.cache) writeFileSync(options.cache, serialize({ key: cacheKey, data }));
  return data;
};

if (!isMainThread && workerData?.evalDedupSimShare) {
  const { simDir, indices, dataDir, nowIso } = workerData.evalDedupSimShare;
  parentPort?.postMessage(await readShare(simDir, indices, dataDir, nowIso));
}
