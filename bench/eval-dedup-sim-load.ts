/**
 * Loads a simulator's day-0 snapshots the way ingest reads them (partner mappings and streaming
 * readers, normalisation, compliance screen), without the store: one labelled posting per feed
 * record, in ingest order, with its ground truth. Used by bench/eval-dedup-sim.ts.
 */
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { deserialize, serialize } from "node:v8";
import { contentHash } from "../src/ingest/content-hash.js";
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
  seconds: { referentials: number; read: number };
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
  onProgress?: (line: string) => void;
}

/** Read, normalise and screen every day-0 snapshot of a simulation, in the manifest's order. */
export const loadSimulation = async (simDir: string, options: LoadOptions): Promise<SimData> => {
  const manifestPath = resolve(simDir, "manifest.json");
  const cacheKey = `${simDir}|${options.now?.toISOString() ?? ""}`;
  if (options.cache && existsSync(options.cache)) {
    const cached = deserialize(readFileSync(options.cache)) as { key: string; data: SimData };
    if (cached.key === cacheKey && statSync(options.cache).mtimeMs > statSync(manifestPath).mtimeMs) {
      return cached.data;
    }
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const now = options.now ?? new Date(Date.parse(manifest.start) + 86_400_000 - 1);
  const at = now.toISOString();
  let started = performance.now();
  const [geo, rome, { truth, relations }] = await Promise.all([
    loadGeo(options.dataDir),
    loadRome(options.dataDir),
    readTruth(simDir),
  ]);
  const referentialSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const partners = new Map(manifest.partners.map((p) => [p.slug, p]));
  const postings: SimPosting[] = [];
  const dropped = { malformed: 0, expired: 0, unknown: 0, recordErrors: 0 };
  const day0 = manifest.schedule.find((d) => d.day === 0)?.snapshots ?? [];
  for (const snapshot of day0) {
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
    for await (const item of readPartnerFeed(mapping, sources)) {
      if (!item.ok || seen.has(item.posting.reference)) {
        dropped.recordErrors++;
        continue;
      }
      seen.add(item.posting.reference);
      const normalized = normalizePosting(item.posting, contentHash(item.posting), context);
      if (isMalformed(normalized)) {
        dropped.malformed++;
        continue;
      }
      const posting =
        mapping.undated && normalized.publishedAt === null ? { ...normalized, publishedAt: at } : normalized;
      if (posting.expiresAt !== null && posting.expiresAt <= at) {
        dropped.expired++;
        continue;
      }
      const t = truth.get(`${partner}\u0000${posting.reference}`);
      if (t === undefined) {
        dropped.unknown++;
        continue;
      }
      const verdict = complianceScreen(posting, partnerRow, now).verdict;
      postings.push({
        partner,
        format: snapshot.format,
        reference: posting.reference,
        posting,
        published: verdict === "accept",
        ...t,
      });
    }
    options.onProgress?.(`${partner}: ${postings.length} postings`);
  }
  const data: SimData = {
    postings,
    relations,
    dropped,
    seconds: { referentials: referentialSeconds, read: (performance.now() - started) / 1000 },
  };
  if (options.cache) writeFileSync(options.cache, serialize({ key: cacheKey, data }));
  return data;
};
