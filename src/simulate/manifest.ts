/**
 * `<out>/manifest.json`: what was generated (seed, start, options, partners with their habits),
 * each day's snapshots with their files and the `emploi ingest` arguments that load them, the
 * truth files and summary counts. Paths are relative to the output folder.
 */
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { type PartnerPlan, publicPartner } from "./partners.js";
import type { MarketPlan } from "./plan.js";
import type { SimPartner } from "./types.js";

export const MANIFEST_VERSION = 1;

export interface SnapshotEntry {
  day: number;
  partner: PartnerPlan;
  files: string[];
  postings: number;
}

export interface ManifestSnapshot {
  partner: string;
  format: string;
  postings: number;
  /** Feed files in order (one document, or pages), then the mapping file when there is one. */
  files: string[];
  mapping: string | null;
  /** Arguments of `emploi ingest` for this snapshot (run from the output folder). */
  ingest: string[];
}

export interface SimManifest {
  version: number;
  generator: string;
  seed: string;
  seedNumber: number;
  /** Day 0, ISO instant (UTC midnight). */
  start: string;
  days: number;
  options: { jobs: number; partners: number; violationRate: number };
  /** Where occupation and place weights come from: real 2021 offer counts, or population. */
  weights: "offers-2021" | "population";
  partners: Array<SimPartner & { index: number; focus: string | null }>;
  schedule: Array<{ day: number; date: string; snapshots: ManifestSnapshot[] }>;
  truth: Record<string, { path: string; lines: number }>;
  stats: { initialJobs: number; totalJobs: number; postingsDay0: number; snapshotFiles: number };
}

const isMapping = (path: string): boolean => basename(path) === "mapping.json";

const snapshotOf = (entry: SnapshotEntry): ManifestSnapshot => {
  const { partner, files } = entry;
  const mapping = files.find(isMapping) ?? null;
  const feeds = files.filter((f) => !isMapping(f));
  const how = mapping ? ["--mapping", mapping] : ["--format", partner.format];
  return {
    partner: partner.slug,
    format: partner.format,
    postings: entry.postings,
    files,
    mapping,
    ingest: ["--partner", partner.slug, ...how, ...feeds],
  };
};

export interface ManifestInput {
  options: { seed: string; start: Date; days: number; jobs: number; partners: number; violationRate: number };
  seedNumber: number;
  source: SimManifest["weights"];
  partners: readonly PartnerPlan[];
  plan: MarketPlan;
  snapshots: readonly SnapshotEntry[];
  /** Lines written in each truth file (jobs, postings, violations, events). */
  truthLines: Record<string, number>;
}

export const buildManifest = (input: ManifestInput): SimManifest => {
  const { options, plan } = input;
  const schedule: SimManifest["schedule"] = [];
  for (let day = 0; day <= options.days; day++) {
    const date = new Date(options.start.getTime() + day * 86_400_000).toISOString().slice(0, 10);
    schedule.push({ day, date, snapshots: input.snapshots.filter((s) => s.day === day).map(snapshotOf) });
  }
  return {
    version: MANIFEST_VERSION,
    generator: "emploi simulate",
    seed: options.seed,
    seedNumber: input.seedNumber,
    start: options.start.toISOString(),
    days: options.days,
    options: { jobs: options.jobs, partners: options.partners, violationRate: options.violationRate },
    weights: input.source,
    partners: input.partners.map((p) => ({ ...publicPartner(p), index: p.index, focus: p.focus })),
    schedule,
    truth: Object.fromEntries(
      Object.entries(input.truthLines).map(([name, lines]) => [
        name,
        { path: `truth/${name}.ndjson`, lines },
      ]),
    ),
    stats: {
      initialJobs: plan.initial,
      totalJobs: plan.total,
      postingsDay0: input.snapshots.filter((s) => s.day === 0).reduce((sum, s) => sum + s.postings, 0),
      snapshotFiles: input.snapshots.reduce((sum, s) => sum + s.files.length, 0),
    },
  };
};

export const writeManifest = (out: string, manifest: SimManifest): void => {
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`, "utf8");
};
