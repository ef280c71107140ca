import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeSiret } from "../../src/offer/siret.js";
import { agencyEmployer, ESTABLISHMENT_SLOTS, siretOf } from "../../src/simulate/employers.js";
import { type SimulateOptions, simulate } from "../../src/simulate/generate.js";
import { establishment } from "../../src/simulate/job-draws.js";
import type { SimManifest } from "../../src/simulate/manifest.js";
import { createMarketContext, nationalOf } from "../../src/simulate/market.js";
import { loadMarketData, type MarketData } from "../../src/simulate/market-data.js";
import { buildPartners } from "../../src/simulate/partners.js";
import { DATA_DIR } from "../helpers/paths.js";
import {
  folderHash,
  type JobLine,
  jaccard,
  median,
  ndjsonWriter,
  type PostingLine,
  readNdjson,
  type SimPosting,
  sharesOf,
  shingles,
  tempDir,
} from "./helpers.js";

interface EventLine {
  day: number;
  type: string;
  jobId: string;
  partner?: string;
  reference?: string;
  previous?: string;
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

  it("gives each format and each kind of partner its share of day-0 postings", () => {
    const day0 = a.manifest.schedule[0]?.snapshots ?? [];
    const kindOf = new Map(a.manifest.partners.map((p) => [p.slug, p.kind]));
    const outside = (shares: Map<string, number>, bounds: Record<string, readonly [number, number]>) =>
      [...shares]
        .filter(([key, share]) => !(share >= (bounds[key]?.[0] ?? 100) && share <= (bounds[key]?.[1] ?? 0)))
        .map(([key, share]) => `${key} ${share.toFixed(1)} %`);
    const formats = sharesOf(
      day0,
      (s) => s.format,
      (s) => s.postings,
    );
    expect(formats.size).toBe(Object.keys(FORMAT_SHARES).length);
    expect(outside(formats, FORMAT_SHARES)).toEqual([]);
    const kinds = sharesOf(
      day0,
      (s) => kindOf.get(s.partner) ?? "?",
      (s) => s.postings,
    );
    expect(kinds.size).toBe(4);
    expect(outside(kinds, KIND_SHARES)).toEqual([]);
  });

  it("has every temporary-work agency recruit for a client, and no other employer", () => {
    const agencies = jobs.filter((j) => j.employer.kind === "agency");
    expect(agencies.length).toBeGreaterThan(jobs.length * 0.08);
    expect(
      jobs.filter((j) => (j.client !== null) !== (j.employer.kind === "agency")).map((j) => j.id),
    ).toEqual([]);
  });

  it("applies every kind of change boards make to copies", () => {
    const counts = new Map<string, number>();
    for (const p of postings) for (const v of p.variants) counts.set(v, (counts.get(v) ?? 0) + 1);
    const rare = VARIANTS.filter((v) => (counts.get(v) ?? 0) < 10);
    expect(rare).toEqual([]);
    // Each partner words pay its own way: copies of one job give its salary in different words.
    const salaries = new Map<string, Set<string>>();
    for (const [jobId, copies] of day0Copies()) {
      const texts = copies.flatMap((p) => (p.salary ? [p.salary.text] : []));
      if (texts.length >= 2) salaries.set(jobId, new Set(texts));
    }
    const reworded = [...salaries.values()].filter((texts) => texts.size > 1).length;
    expect(salaries.size).toBeGreaterThan(100);
    expect(reworded / salaries.size).toBeGreaterThan(0.3);
  });
});

/** Bounds (percent) of each format's share of day-0 postings with 70 partners (catalogue order). */
const FORMAT_SHARES: Record<string, readonly [number, number]> = {
  apec: [3, 10],
  "clever-connect": [1.5, 12],
  csv: [5, 14],
  decathlon: [0.1, 2],
  edf: [0.1, 1.5],
  enedis: [0.1, 1.5],
  "engagement-jeunes": [1.5, 6],
  "france-travail-cegid": [0.4, 2.5],
  hellowork: [4.5, 12],
  "hellowork-buddi": [0.2, 2.5],
  "indeed-xml": [14, 28],
  jobteaser: [1.5, 6],
  jooble: [6, 16],
  "json-api": [8, 22],
  jsonld: [3, 10],
  kelio: [1, 5],
  laposte: [0.05, 1],
  leboncoin: [5, 12],
};

/** Boards publish about half the copies, aggregators over a quarter, ATS a sixth, employers a few percent. */
const KIND_SHARES: Record<string, readonly [number, number]> = {
  board: [42, 60],
  aggregator: [22, 35],
  ats: [11, 25],
  employer: [2, 6],
};

const VARIANTS = [
  "title-rewritten",
  "employer-variant",
  "location-city-only",
  "location-postal-code-only",
  "salary-omitted",
  "date-shifted",
  "description-trimmed",
  "boilerplate",
  "repost",
];

let copiesByJob: Map<string, SimPosting[]> | null = null;

/** Day-0 copies of each job (from the NDJSON feeds), in snapshot order. */
const day0Copies = (): Map<string, SimPosting[]> => {
  if (copiesByJob) return copiesByJob;
  const truthOf = new Map(postings.map((p) => [`${p.partner} ${p.reference}`, p]));
  copiesByJob = new Map();
  for (const snapshot of a.manifest.schedule[0]?.snapshots ?? []) {
    for (const p of readNdjson<SimPosting>(join(a.out, snapshot.files[0] ?? ""))) {
      const jobId = truthOf.get(`${p.partner} ${p.reference}`)?.jobId;
      if (jobId) copiesByJob.set(jobId, [...(copiesByJob.get(jobId) ?? []), p]);
    }
  }
  return copiesByJob;
};

describe("descriptions", () => {
  it("read alike across copies of one job, and differently across jobs of one appellation", () => {
    const truncated = new Set(
      postings
        .filter((p) => p.variants.includes("description-truncated"))
        .map((p) => `${p.partner} ${p.reference}`),
    );
    const byJob = new Map<string, SimPosting[]>();
    for (const [jobId, copies] of day0Copies()) {
      const whole = copies.filter((p) => !truncated.has(`${p.partner} ${p.reference}`));
      if (whole.length > 0) byJob.set(jobId, whole);
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

  it("gives every employer establishment a valid SIRET, in one commune only", () => {
    const invalid = jobs
      .filter((j) => normalizeSiret(j.employer.siret) !== j.employer.siret)
      .map((j) => j.id);
    expect(invalid).toEqual([]);
    const communes = new Map<string, Set<string>>();
    for (const j of jobs)
      communes.set(j.employer.siret, (communes.get(j.employer.siret) ?? new Set()).add(j.commune));
    expect([...communes].filter(([, places]) => places.size > 1).map(([siret]) => siret)).toEqual([]);
  });

  it("never gives a national employer the same SIRET in two communes of France", () => {
    const ctx = createMarketContext(1, data, buildPartners(1, 18), new Date("2026-01-05T00:00:00Z"), 0.035);
    const laPoste = [...ctx.overrides.values()].find((e) => e.siren === "356000000");
    expect(laPoste).toBeDefined();
    for (const employer of [nationalOf(ctx, 3, 0), agencyEmployer(1, 0), laPoste ?? agencyEmployer(1, 1)]) {
      const sirets = new Set<string>();
      let sites = 0;
      for (let commune = 0; commune < data.communes.length; commune++) {
        const site = establishment(ctx, employer, commune);
        if (site === null) continue;
        sites++;
        sirets.add(siretOf(employer, site));
      }
      expect(sites).toBe(ESTABLISHMENT_SLOTS);
      expect(sirets.size).toBe(sites);
      expect([...sirets].filter((siret) => normalizeSiret(siret) !== siret)).toEqual([]);
    }
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
    const events = readNdjson<EventLine>(join(a.out, "truth/events.ndjson"));
    for (const day of [1, 2]) {
      const types = new Set(events.filter((e) => e.day === day).map((e) => e.type));
      expect([...types].sort(), `day ${day}`).toEqual([
        "created",
        "expired",
        "filled",
        "reposted",
        "updated",
      ]);
    }
    expect(jobs.length).toBeGreaterThan(2500);
    expect(jobs.filter((j) => j.created > 0).every((j) => j.closed > j.created)).toBe(true);
    const byId = new Map(jobs.map((j) => [j.id, j]));
    const updates = events.filter((e) => e.type === "updated");
    expect(updates.filter((e) => byId.get(e.jobId)?.updated !== e.day)).toEqual([]);
    const reposts = events.filter((e) => e.type === "reposted");
    const wrong = reposts.filter((e) => {
      const refs = byId.get(e.jobId)?.copies.find((c) => c.partner === e.partner)?.references ?? [];
      return !(refs[0] === e.previous && refs[1] === e.reference && e.previous !== e.reference);
    });
    expect(wrong).toEqual([]);
  });

  it("writes each partner's snapshots at its cadence", async () => {
    const { manifest } = await run("cadence", { jobs: 150, days: 15 });
    for (const p of manifest.partners) {
      const days = manifest.schedule
        .filter((d) => d.snapshots.some((s) => s.partner === p.slug))
        .map((d) => d.day);
      const [first, second] = days;
      expect(first).toBe(0);
      expect(second, p.slug).toBeLessThanOrEqual(p.cadenceDays);
      const gaps = days.slice(2).map((day, i) => day - (days[i + 1] ?? 0));
      expect(
        gaps.every((gap) => gap === p.cadenceDays),
        `${p.slug} every ${p.cadenceDays} days`,
      ).toBe(true);
      expect(days.at(-1), p.slug).toBeGreaterThan(15 - p.cadenceDays);
      if (p.kind === "employer" || p.kind === "ats") expect(p.cadenceDays).toBe(1);
    }
    const cadences = new Set(manifest.partners.map((p) => p.cadenceDays));
    expect([...cadences].sort()).toEqual([1, 2, 3, 7]);
  });

  it("lists each snapshot's ingest arguments in the manifest", () => {
    const snapshot = a.manifest.schedule[1]?.snapshots[0];
    expect(snapshot?.ingest.slice(0, 2)).toEqual(["--partner", snapshot?.partner]);
    expect(a.manifest.truth.postings?.lines).toBe(postings.length);
  });
});
