import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeSiret } from "../../src/offer/siret.js";
import { type SimulateOptions, simulate } from "../../src/simulate/generate.js";
import type { SimManifest } from "../../src/simulate/manifest.js";
import { loadMarketData, type MarketData } from "../../src/simulate/market-data.js";
import { DATA_DIR } from "../helpers/paths.js";
import { folderHash, ndjsonWriter, readNdjson, type SimPosting, tempDir } from "./helpers.js";

interface JobLine {
  id: string;
  created: number;
  closed: number;
  commune: string;
  remote: string;
  title: string;
  employer: { siren: string; siret: string; kind: string };
  relation: { kind: string; of: string } | null;
  violation: string | null;
  copies: Array<{ partner: string; references: string[] }>;
}
interface PostingLine {
  partner: string;
  reference: string;
  jobId: string;
  variants: string[];
  violations: Array<{ family: string; article: string }>;
}

let data: MarketData;
const dirs: string[] = [];

const run = async (
  seed: string,
  overrides: Partial<SimulateOptions> = {},
): Promise<{ out: string; manifest: SimManifest }> => {
  const out = tempDir("sim");
  dirs.push(out);
  const manifest = await simulate({
    dataDir: DATA_DIR,
    out,
    seed,
    jobs: 2500,
    partners: 70,
    days: 2,
    start: new Date("2026-01-05T00:00:00.000Z"),
    violationRate: 0.035,
    writerFor: () => ndjsonWriter,
    data,
    ...overrides,
  });
  return { out, manifest };
};

let a: { out: string; manifest: SimManifest };
let jobs: JobLine[];
let postings: PostingLine[];

beforeAll(async () => {
  data = await loadMarketData(DATA_DIR);
  a = await run("alpha");
  jobs = readNdjson<JobLine>(join(a.out, "truth/jobs.ndjson"));
  postings = readNdjson<PostingLine>(join(a.out, "truth/postings.ndjson"));
}, 120_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("determinism", () => {
  it("writes identical files for the same seed and different ones for another seed", async () => {
    const again = await run("alpha");
    expect(folderHash(again.out)).toBe(folderHash(a.out));
    const other = await run("beta");
    expect(folderHash(other.out)).not.toBe(folderHash(a.out));
  });
});

describe("statistical shape", () => {
  it("posts about half the jobs once, with a tail to 6 partners and more", () => {
    const initial = jobs.filter((j) => j.created <= 0);
    const once = initial.filter((j) => j.copies.length === 1).length / initial.length;
    expect(once).toBeGreaterThan(0.5);
    expect(once).toBeLessThan(0.7);
    expect(initial.filter((j) => j.copies.length >= 6).length).toBeGreaterThan(0);
    const mean = initial.reduce((s, j) => s + j.copies.length, 0) / initial.length;
    expect(mean).toBeGreaterThan(1.45);
    expect(mean).toBeLessThan(1.9);
  });

  it("publishes in every format on day 0", () => {
    const day0 = a.manifest.schedule[0]?.snapshots ?? [];
    const formats = new Set(day0.filter((s) => s.postings > 0).map((s) => s.format));
    expect(formats.size).toBe(18);
    expect(day0).toHaveLength(70);
  });

  it("injects violations into a few percent of jobs, of many families", () => {
    const rate = jobs.filter((j) => j.violation !== null).length / jobs.length;
    expect(rate).toBeGreaterThan(0.02);
    expect(rate).toBeLessThan(0.06);
    const families = new Set(postings.flatMap((p) => p.violations.map((v) => v.family)));
    expect(families.size).toBeGreaterThanOrEqual(8);
    for (const v of postings.flatMap((p) => p.violations))
      expect(v.article).toMatch(/^(C\. trav\.|Directive)/);
  });

  it("spreads jobs over the territory in proportion to where people live", () => {
    const byDepartement = new Map<string, number>();
    for (const j of jobs) {
      const commune = data.geo.commune(j.commune);
      if (commune) byDepartement.set(commune.departement, (byDepartement.get(commune.departement) ?? 0) + 1);
    }
    expect(byDepartement.size).toBeGreaterThan(80);
    const population = new Map<string, number>();
    for (const c of data.communes)
      population.set(c.departement, (population.get(c.departement) ?? 0) + (c.population ?? 0));
    const keys = [...population.keys()];
    const xs = keys.map((k) => population.get(k) ?? 0);
    const ys = keys.map((k) => byDepartement.get(k) ?? 0);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const cov = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? 0) - my), 0);
    const sd = (v: number[], m: number) => Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0));
    expect(cov / (sd(xs, mx) * sd(ys, my))).toBeGreaterThan(0.8);
  });

  it("offers some remote and hybrid jobs", () => {
    const remote = jobs.filter((j) => j.remote !== "none").length / jobs.length;
    expect(remote).toBeGreaterThan(0.05);
    expect(remote).toBeLessThan(0.3);
  });
});

const shingles = (html: string): Set<string> => {
  const words = html
    .replace(/<[^>]+>/g, " ")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(" "));
  return out;
};
const jaccard = (a: Set<string>, b: Set<string>): number => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
};
const median = (values: number[]): number => values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;

describe("descriptions", () => {
  it("read alike across copies of one job, and differently across jobs of one appellation", () => {
    const truthOf = new Map(postings.map((p) => [`${p.partner} ${p.reference}`, p]));
    const byJob = new Map<string, SimPosting[]>();
    for (const snapshot of a.manifest.schedule[0]?.snapshots ?? []) {
      for (const p of readNdjson<SimPosting>(join(a.out, snapshot.files[0] ?? ""))) {
        const truth = truthOf.get(`${p.partner} ${p.reference}`);
        if (!truth || truth.variants.includes("description-truncated")) continue;
        byJob.set(truth.jobId, [...(byJob.get(truth.jobId) ?? []), p]);
      }
    }
    const copies: number[] = [];
    for (const list of byJob.values()) {
      const [x, y] = list;
      if (x && y) copies.push(jaccard(shingles(x.descriptionHtml), shingles(y.descriptionHtml)));
    }
    const byTitle = new Map<string, JobLine[]>();
    for (const j of jobs)
      if (!j.relation && byJob.has(j.id)) byTitle.set(j.title, [...(byTitle.get(j.title) ?? []), j]);
    const distinct: number[] = [];
    for (const list of byTitle.values()) {
      const [x, y] = list;
      const [px, py] = [x && byJob.get(x.id)?.[0], y && byJob.get(y.id)?.[0]];
      if (x && y && px && py && x.employer.siren !== y.employer.siren) {
        distinct.push(jaccard(shingles(px.descriptionHtml), shingles(py.descriptionHtml)));
      }
    }
    expect(copies.length).toBeGreaterThan(100);
    expect(distinct.length).toBeGreaterThan(30);
    expect(median(copies)).toBeGreaterThan(0.5);
    expect(median(distinct)).toBeLessThan(0.3);
  });
});

describe("ground truth", () => {
  it("holds hard negatives: same employer elsewhere, one vacancy in several places, agency templates", () => {
    const byId = new Map(jobs.map((j) => [j.id, j]));
    const kinds = new Map<string, number>();
    for (const j of jobs) {
      if (!j.relation) continue;
      kinds.set(j.relation.kind, (kinds.get(j.relation.kind) ?? 0) + 1);
      const anchor = byId.get(j.relation.of);
      expect(anchor).toBeDefined();
      expect(anchor?.employer.siren).toBe(j.employer.siren);
      if (j.relation.kind !== "agency-template") {
        expect(anchor?.commune).not.toBe(j.commune);
        expect(anchor?.title).toBe(j.title);
      }
    }
    expect([...kinds.keys()].sort()).toEqual([
      "agency-template",
      "multi-location",
      "same-employer-other-city",
    ]);
  });

  it("gives every employer establishment a valid SIRET", () => {
    const invalid = jobs
      .filter((j) => normalizeSiret(j.employer.siret) !== j.employer.siret)
      .map((j) => j.id);
    expect(invalid).toEqual([]);
  });

  it("maps every published posting to its job, and reposts to a new reference", () => {
    const truth = new Set(postings.map((p) => `${p.partner} ${p.reference}`));
    const ids = new Set(jobs.map((j) => j.id));
    expect(postings.filter((p) => !ids.has(p.jobId))).toEqual([]);
    const missing: string[] = [];
    for (const day of a.manifest.schedule) {
      for (const snapshot of day.snapshots) {
        const feed = readNdjson<SimPosting>(join(a.out, snapshot.files[0] ?? ""));
        expect(feed).toHaveLength(snapshot.postings);
        for (const p of feed) if (!truth.has(`${p.partner} ${p.reference}`)) missing.push(p.reference);
      }
    }
    expect(missing).toEqual([]);
    expect(postings.some((p) => p.variants.includes("repost"))).toBe(true);
  });

  it("records the market's life day by day", () => {
    const events = readNdjson<{ day: number; type: string }>(join(a.out, "truth/events.ndjson"));
    const types = new Set(events.filter((e) => e.day > 0).map((e) => e.type));
    for (const type of ["created", "filled", "expired"]) expect(types).toContain(type);
    expect(jobs.length).toBeGreaterThan(2500);
    expect(jobs.filter((j) => j.created > 0).every((j) => j.closed > j.created)).toBe(true);
  });

  it("lists each snapshot's ingest arguments in the manifest", () => {
    const snapshot = a.manifest.schedule[1]?.snapshots[0];
    expect(snapshot?.ingest.slice(0, 2)).toEqual(["--partner", snapshot?.partner]);
    expect(a.manifest.truth.postings?.lines).toBe(postings.length);
  });
});
