/**
 * The compliance truth of the simulated market: a copy is clean when nothing unlawful survives in
 * it, and every violation a copy carries is listed in its truth (bench/eval-compliance-sim.ts
 * measures the screen against it).
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeText } from "../../src/pipeline/html-escape.js";
import { simulate } from "../../src/simulate/generate.js";
import type { SimManifest } from "../../src/simulate/manifest.js";
import { DATA_DIR } from "../helpers/paths.js";
import { ndjsonWriter, type PostingLine, readNdjson, type SimPosting, tempDir } from "./helpers.js";

interface ViolationLine {
  jobId: string;
  rule: string;
  kind: string;
  excerpt: string;
  core: string;
}
interface JobLine {
  id: string;
  contract: { code: string };
  relation: { kind: string; of: string } | null;
  violation: string | null;
}
type TruthLine = Omit<PostingLine, "violations"> & { violations: Array<{ family: string; rule: string }> };
type Copy = SimPosting & { truth: TruthLine };

let out: string;
let manifest: SimManifest;
let copies: Copy[];
let jobs: Map<string, JobLine>;
let violations: Map<string, ViolationLine>;

beforeAll(async () => {
  out = tempDir("sim-truth");
  manifest = await simulate({
    dataDir: DATA_DIR,
    out,
    seed: "truth",
    jobs: 3000,
    partners: 70,
    days: 0,
    start: new Date("2026-11-20T00:00:00.000Z"),
    violationRate: 0.4,
    writerFor: () => ndjsonWriter,
  });
  const truth = new Map(
    readNdjson<Copy["truth"]>(join(out, "truth/postings.ndjson")).map((p) => [
      `${p.partner} ${p.reference}`,
      p,
    ]),
  );
  copies = readdirSync(join(out, "partners")).flatMap((slug) =>
    readNdjson<SimPosting>(join(out, "partners", slug, "day-000", "feed.ndjson")).map((p) => {
      const t = truth.get(`${p.partner} ${p.reference}`);
      if (!t) throw new Error(`no truth for ${p.partner} ${p.reference}`);
      return { ...p, truth: t };
    }),
  );
  jobs = new Map(readNdjson<JobLine>(join(out, "truth/jobs.ndjson")).map((j) => [j.id, j]));
  violations = new Map(
    readNdjson<ViolationLine>(join(out, "truth/violations.ndjson")).map((v) => [v.jobId, v]),
  );
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const lists = (copy: Copy, rule: string): boolean => copy.truth.violations.some((v) => v.rule === rule);

describe("injected violations in each copy's truth", () => {
  it("a sentence counts while its unlawful words survive the partner's cut, even truncated", () => {
    let truncatedKept = 0;
    for (const copy of copies) {
      const v = violations.get(copy.truth.jobId);
      if (v?.kind !== "text") continue;
      expect(v.excerpt.startsWith(v.core), v.excerpt).toBe(true);
      const survives = copy.descriptionHtml.includes(escapeText(v.core));
      expect(lists(copy, v.rule), `${copy.partner} ${v.excerpt}`).toBe(survives);
      if (survives && !copy.descriptionHtml.includes(escapeText(v.excerpt))) truncatedKept++;
    }
    expect(truncatedKept).toBeGreaterThan(0);
  });

  it("a feminine-only title counts with the town appended to it", () => {
    for (const copy of copies) {
      const v = violations.get(copy.truth.jobId);
      if (v?.kind === "title" && copy.title.startsWith(v.excerpt)) expect(lists(copy, v.rule)).toBe(true);
    }
  });

  it("is not injected where the law sets its own conditions: ages in work-study, SMIC for the self-employed", () => {
    for (const v of violations.values()) {
      const code = jobs.get(v.jobId)?.contract.code ?? "";
      if (v.rule.startsWith("age-")) expect(["APP", "PRO"]).not.toContain(code);
      if (v.kind === "pay") expect(["APP", "PRO", "LIB", "FRA"]).not.toContain(code);
    }
  });

  it("a related job sharing its anchor's pay under the SMIC carries that violation too", () => {
    let related = 0;
    for (const job of jobs.values()) {
      const anchor = job.relation ? jobs.get(job.relation.of) : undefined;
      if (anchor?.violation !== "pay-below-smic") continue;
      related++;
      expect(job.violation, job.id).toBe("pay-below-smic");
    }
    expect(related).toBeGreaterThan(0);
  });
});

describe("clean copies are lawful", () => {
  it("an anonymous offer still gives its employer's name and SIRET to the platform", () => {
    const anonymous = copies.filter((c) => c.truth.variants.includes("employer-anonymous"));
    expect(anonymous.length).toBeGreaterThan(0);
    for (const copy of anonymous) {
      if (lists(copy, "pub-employer-unknown")) continue;
      expect(copy.employer.anonymous).toBe(true);
      expect(copy.employer.name && copy.employer.siret, copy.reference).toBeTruthy();
    }
  });

  it("a plain title gives both forms of the job or 'H/F'", () => {
    const plain = new Set(manifest.partners.filter((p) => p.titleStyle === "plain").map((p) => p.slug));
    let checked = 0;
    for (const copy of copies) {
      if (!plain.has(copy.partner) || copy.truth.violations.some((v) => v.family === "sex-family")) continue;
      checked++;
      expect(copy.title, copy.partner).toMatch(/ \/ |H\/F/);
    }
    expect(checked).toBeGreaterThan(100);
  });
});
