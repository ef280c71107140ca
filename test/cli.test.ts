import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indeedFeed, jobs, tempFile } from "./helpers/feeds.js";
import { DATA_DIR, FIXTURES_DIR, LBA_FIXTURES_DIR, PROJECT_ROOT } from "./helpers/paths.js";

/** Run the real entry point (src/main.ts through tsx) on a database of this test file. */
const emploi = (databaseUrl: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      EMPLOI_DATA_DIR: DATA_DIR,
      EMPLOI_FIXTURES_DIR: FIXTURES_DIR,
      LOG_LEVEL: "silent",
    },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const lines = (text: string) =>
  text
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("the emploi command", { timeout: 180_000 }, () => {
  const db = `sqlite:${join(mkdtempSync(join(tmpdir(), "emploi-cli-")), "cli.sqlite")}`;
  let demo: ReturnType<typeof emploi>;

  beforeAll(() => {
    demo = emploi(db, "demo", "--no-serve");
  }, 180_000);

  it("seeds the 14 sample partner feeds and ends each ingest with the summary line", () => {
    expect(demo.code, demo.stderr).toBe(0);
    const summaries = lines(demo.stdout);
    expect(summaries).toHaveLength(14);
    for (const summary of summaries) {
      expect(Object.keys(summary).slice(0, 8)).toEqual([
        "received",
        "new",
        "updated",
        "unchanged",
        "rejected",
        "review",
        "duplicates",
        "closed",
      ]);
    }
    expect(summaries.reduce((n, s) => n + Number(s.new), 0)).toBe(40);
  });

  it("exports published offers as NDJSON with the contract's fields, each in France located to its département", () => {
    const { code, stdout } = emploi(db, "export");
    expect(code).toBe(0);
    const offers = lines(stdout);
    // Held: Apec's professionalisation contract for people of 26 or more, at 21 k€ a year (SMIC), and
    // JobTeaser's "Alternance - Ingénieur R&D…" with no H/F (the market's "acteurs" are not actors).
    expect(offers).toHaveLength(38);
    // Leboncoin's format has no publication date: the platform dates its offers on reception.
    const leboncoin = offers.find(
      (o) => (o.sources as Array<{ partner: string }>)[0]!.partner === "leboncoin",
    )!;
    expect(String(leboncoin.published_at).slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    for (const offer of offers) {
      expect(offer).toHaveProperty("id");
      expect(offer).toHaveProperty("description");
      expect(offer).toHaveProperty("sources");
      const location = offer.location as Record<string, string | null>;
      expect(location.country, String(offer.title)).toMatch(/^[A-Z]{2}$/);
      if (location.country === "FR") {
        expect(location.departement, String(offer.title)).toMatch(/^(\d{2}|2[AB]|97\d)$/);
      }
    }
    // EDF's VIE offer is in the United Kingdom; every other sample offer is in France.
    const abroad = offers.filter((o) => (o.location as { country: string }).country !== "FR");
    expect(
      abroad.map((o) => [
        (o.sources as Array<{ partner: string }>)[0]!.partner,
        (o.location as { country: string }).country,
      ]),
    ).toEqual([["edf", "GB"]]);
  });

  it("exports every posting with its status and compliance verdict", () => {
    const postings = lines(emploi(db, "export", "--postings").stdout);
    expect(postings).toHaveLength(40);
    expect(postings[0]).toMatchObject({ status: "published", compliance: { verdict: "accept" } });
    const held = postings.filter((p) => p.status !== "published");
    expect(held.map((p) => [p.partner, p.status])).toEqual([
      ["apec", "review"],
      ["jobteaser", "review"],
    ]);
  });

  it("reads a shipped partner's format for another partner (--format <slug>)", () => {
    const feed = join(LBA_FIXTURES_DIR, "jooble/import-jooble.test.input.xml");
    const run = emploi(db, "ingest", "--partner", "autre-agregateur", "--format", "jooble", feed);
    expect(run.code, run.stderr).toBe(0);
    expect(lines(run.stdout).at(-1)).toMatchObject({ received: 2, new: 2, partner: "autre-agregateur" });
  });

  it("fails with a clear French message and a non-zero exit when the feed cannot be read", () => {
    const run = emploi(db, "ingest", "--partner", "acme", "--format", "indeed-xml", "/nonexistent/feed.xml");
    expect(run.code).toBe(1);
    expect(lines(run.stdout).at(-1)).toMatchObject({ status: "failed", new: 0, closed: 0 });
    expect(run.stderr).toMatch(/échec de la lecture du flux/);
  });

  it("ingests a feed given with --format indeed-xml and rejects bad arguments", () => {
    const ok = emploi(
      db,
      "ingest",
      "--partner",
      "acme",
      "--format",
      "indeed-xml",
      tempFile("f.xml", indeedFeed(jobs(2))),
    );
    expect(lines(ok.stdout).at(-1)).toMatchObject({ received: 2, new: 2 });
    const unknown = emploi(db, "ingest", "--partner", "inconnu", tempFile("g.xml", indeedFeed(jobs(1))));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Partenaire « inconnu » inconnu/);
    expect(emploi(db, "nope").code).toBe(2);
  });
});
