import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/cli/ingest.command.js";
import { collectPartnerFeed } from "../../src/ingest/mapping-feed.js";
import { simulate } from "../../src/simulate/generate.js";
import type { SimManifest } from "../../src/simulate/manifest.js";
import { writerFor } from "../../src/simulate/writers/registry.js";
import { mappingFor } from "../../src/simulate/writers/roundtrip-helpers.js";
import { testCliContext } from "../helpers/app.js";
import { DATA_DIR } from "../helpers/paths.js";
import { type PostingLine, readNdjson, tempDir } from "./helpers.js";

let out: string;
let manifest: SimManifest;

beforeAll(async () => {
  out = tempDir("sim-ingest");
  manifest = await simulate({
    dataDir: DATA_DIR,
    out,
    seed: "ingest",
    jobs: 400,
    partners: 18,
    days: 1,
    start: new Date("2026-01-05T00:00:00.000Z"),
    // Many violations, so that enough postings lack a date or an employer.
    violationRate: 0.5,
    writerFor,
  });
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The ingest arguments of a snapshot, with paths made absolute. */
const argsOf = (ingest: string[]) => {
  const value = (flag: string) => {
    const i = ingest.indexOf(flag);
    return i >= 0 ? ingest[i + 1] : undefined;
  };
  const mapping = value("--mapping");
  const flags = new Set(["--partner", "--format", "--mapping"]);
  const sources = ingest.filter((arg, i) => !flags.has(arg) && !flags.has(ingest[i - 1] ?? ""));
  return {
    partner: value("--partner") ?? "",
    format: value("--format"),
    mapping: mapping === undefined ? undefined : resolve(out, mapping),
    sources: sources.map((s) => resolve(out, s)),
  };
};

describe("simulated snapshots through emploi ingest", () => {
  it("reads every posting of every format with the manifest's arguments", async () => {
    const ctx = testCliContext();
    try {
      const day0 = manifest.schedule[0]?.snapshots ?? [];
      expect(new Set(day0.map((s) => s.format)).size).toBe(18);
      const unread: string[] = [];
      for (const snapshot of day0) {
        const report = await runIngest(ctx, argsOf(snapshot.ingest));
        if (report.status === "failed" || report.received !== snapshot.postings) {
          unread.push(
            `${snapshot.partner} (${snapshot.format}): ${report.received}/${snapshot.postings} ${report.message ?? ""}`,
          );
        }
      }
      expect(unread).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

describe("injected violations in the written feeds", () => {
  it("leave the dates, or the employer, really empty", async () => {
    const kindOf = new Map(
      readNdjson<{ jobId: string; kind: string }>(resolve(out, "truth/violations.ndjson")).map((v) => [
        v.jobId,
        v.kind,
      ]),
    );
    const truth = new Map(
      readNdjson<PostingLine>(resolve(out, "truth/postings.ndjson")).map((p) => [
        `${p.partner} ${p.reference}`,
        p,
      ]),
    );
    const checked = { date: 0, employer: 0 };
    const leaks: string[] = [];
    for (const snapshot of manifest.schedule[0]?.snapshots ?? []) {
      const partner = manifest.partners.find((p) => p.slug === snapshot.partner);
      if (!partner) throw new Error(`no partner ${snapshot.partner}`);
      const paths = snapshot.files.map((file) => resolve(out, file));
      const mapping = await mappingFor(partner.format, partner, paths);
      const feeds = paths.filter((path) => path !== (snapshot.mapping && resolve(out, snapshot.mapping)));
      // Employer partners' mappings name their own company when the feed gives none.
      const namesByDefault = JSON.stringify(mapping.fields["employer.name"] ?? "").includes("const");
      for (const raw of (await collectPartnerFeed(mapping, feeds)).postings) {
        const copy = truth.get(`${snapshot.partner} ${raw.reference}`);
        const kind = copy && kindOf.get(copy.jobId);
        if (kind === "date") {
          checked.date++;
          if (raw.publishedAt || raw.updatedAt || raw.expiresAt) leaks.push(`${snapshot.partner} date`);
        }
        if ((kind === "employer" || copy?.variants.includes("employer-omitted")) && !namesByDefault) {
          checked.employer++;
          if (raw.employer?.name || raw.employer?.siret) leaks.push(`${snapshot.partner} employer`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(checked.date).toBeGreaterThan(5);
    expect(checked.employer).toBeGreaterThan(5);
  });
});
