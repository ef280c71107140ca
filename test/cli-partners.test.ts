import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run-cli.js";
import { type FeedServer, servedFeed, startFeedServer } from "../src/scheduler/test-support/feed-server.js";
import { testConfig } from "./helpers/app.js";
import { indeedFeed, jobs, tempFile } from "./helpers/feeds.js";

const db = `sqlite:${join(mkdtempSync(join(tmpdir(), "emploi-partners-")), "p.sqlite")}`;

/** Run the CLI in-process and capture its outputs. */
const emploi = async (...argv: string[]) => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => {
    out += c;
  });
  stderr.on("data", (c) => {
    err += c;
  });
  const code = await runCli(argv, testConfig(db), stdout, stderr);
  return { code, out, err };
};

describe("emploi partners", () => {
  it("adds a partner with a token shown once, lists, updates, shows and removes it", async () => {
    const added = await emploi(
      "partners",
      "add",
      "jobboard",
      "--label",
      "Job Board",
      "--kind",
      "board",
      "--format",
      "indeed-xml",
      "--url",
      "https://jobboard.example/feed.xml",
      "--cadence",
      "60",
    );
    expect(added.code, added.err).toBe(0);
    const { partner, token } = JSON.parse(added.out);
    expect(token).toMatch(/^emp_/);
    expect(partner).toMatchObject({
      slug: "jobboard",
      kind: "board",
      format: "indeed-xml",
      cadence_minutes: 60,
    });
    expect(added.err).toMatch(/Conservez ce jeton/);

    expect((await emploi("partners", "list")).out).toMatch(
      /^jobboard\tboard\tindeed-xml\thttps:\/\/jobboard\.example\/feed\.xml\t60 min\tJob Board$/m,
    );
    const updated = await emploi("partners", "update", "jobboard", "--rank", "0.8", "--hide-employer-names");
    expect(JSON.parse(updated.out)).toMatchObject({ rank: 0.8, employers_show_name: false });
    const shown = JSON.parse((await emploi("partners", "show", "jobboard")).out);
    expect(shown.partner.slug).toBe("jobboard");
    const renewed = (await emploi("partners", "token", "jobboard")).out.trim();
    expect(renewed).not.toBe(token);
    expect(JSON.parse((await emploi("partners", "remove", "jobboard")).out)).toEqual({
      partner: "jobboard",
      closed: 0,
    });
    expect((await emploi("partners", "list")).out).toMatch(/\(retiré\)/);
  });

  it("explains mistakes in French", async () => {
    expect((await emploi("partners", "add", "x", "--label", "X", "--format", "nope")).err).toMatch(
      /Format « nope » inconnu/,
    );
    expect((await emploi("partners", "add", "Bad Slug", "--label", "X")).err).toMatch(
      /Identifiant de partenaire invalide/,
    );
    expect((await emploi("partners", "add", "y", "--label", "Y", "--kind", "alien")).err).toMatch(
      /Type de partenaire invalide : « alien »/,
    );
    expect((await emploi("partners", "show", "ghost")).err).toMatch(/Partenaire « ghost » inconnu/);
    expect((await emploi("partners", "frobnicate")).code).toBe(1);
  });

  it("checks settings as the admin API does, and can clear the feed", async () => {
    const added = await emploi("partners", "add", "ats-co", "--label", "ATS", "--kind", "aggregator");
    expect(JSON.parse(added.out).partner).toMatchObject({ kind: "aggregator", rank: 0.25 });
    const fails = async (...argv: string[]) => {
      const result = await emploi("partners", "update", "ats-co", ...argv);
      expect(result.code).toBe(1);
      return result.err;
    };
    expect(await fails("--cadence", "3")).toMatch(/Cadence invalide : « 3 » .*de 5 à 10080/);
    expect(await fails("--cadence", "20000")).toMatch(/Cadence invalide/);
    expect(await fails("--rank", "2")).toMatch(/Rang invalide : « 2 » \(nombre de 0 à 1 attendu\)/);
    expect(await fails("--url", "pas-une-url")).toMatch(/URL du flux invalide/);
    expect(await fails("--format", "nope")).toMatch(/Format « nope » inconnu/);
    expect(await fails("--url", "https://a.example/f.xml", "--no-url")).toMatch(
      /--url et --no-url s'excluent/,
    );
    expect(await fails("--hide-employer-names", "--show-employer-names")).toMatch(/s'excluent/);

    // A default rank follows a change of kind.
    const ats = await emploi("partners", "update", "ats-co", "--kind", "ats", "--hide-employer-names");
    expect(JSON.parse(ats.out)).toMatchObject({ kind: "ats", rank: 0.75, employers_show_name: false });
    const shown = await emploi(
      "partners",
      "update",
      "ats-co",
      "--show-employer-names",
      "--format",
      "indeed-xml",
    );
    expect(JSON.parse(shown.out)).toMatchObject({ employers_show_name: true, format: "indeed-xml" });
    const fed = await emploi(
      "partners",
      "update",
      "ats-co",
      "--url",
      "https://a.example/f.xml",
      "--cadence",
      "5",
    );
    expect(JSON.parse(fed.out)).toMatchObject({ feed_url: "https://a.example/f.xml", cadence_minutes: 5 });
    const cleared = await emploi("partners", "update", "ats-co", "--no-url", "--no-cadence");
    expect(JSON.parse(cleared.out)).toMatchObject({ feed_url: null, cadence_minutes: null });
  });

  describe("with a feed", () => {
    let feeds: FeedServer;
    beforeAll(async () => {
      feeds = await startFeedServer();
      feeds.route("/feed.xml", servedFeed(indeedFeed(jobs(2))));
    });
    afterAll(() => feeds.close());

    it("shows the pull state: validators, next attempt, failures", async () => {
      const url = `${feeds.base}/feed.xml`;
      await emploi("partners", "add", "pulled", "--label", "P", "--format", "indeed-xml", "--url", url);
      expect(JSON.parse((await emploi("partners", "show", "pulled")).out)).toMatchObject({
        pulls: null,
        runs: [],
      });
      expect((await emploi("pull", "pulled")).code).toBe(0);
      const shown = JSON.parse((await emploi("partners", "show", "pulled")).out);
      expect(shown.pulls).toMatchObject({
        etag: expect.stringMatching(/^"/),
        last_modified: "Fri, 20 Nov 2026 08:00:00 GMT",
        next_attempt_at: expect.any(String),
        consecutive_failures: 0,
        last_status: "succeeded",
        last_error: null,
      });
      expect(shown.runs).toHaveLength(1);
    });
  });

  it("chooses the canonical source again when a partner's kind changes its rank", async () => {
    const feed = tempFile(
      "f.xml",
      indeedFeed(jobs(1, () => ({ reference: "SAME", title: "Boulanger H/F" }))),
    );
    expect(
      (await emploi("partners", "add", "emp", "--label", "E", "--kind", "board", "--format", "indeed-xml"))
        .code,
    ).toBe(0);
    expect(
      (await emploi("partners", "add", "brd", "--label", "B", "--kind", "board", "--format", "indeed-xml"))
        .code,
    ).toBe(0);
    expect((await emploi("ingest", "--partner", "brd", feed)).code).toBe(0);
    expect((await emploi("ingest", "--partner", "emp", feed)).code).toBe(0);
    const canonical = async () => {
      const offers = (await emploi("export")).out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      const offer = offers.find((o: { sources: Array<{ partner: string }> }) =>
        o.sources.some((src) => src.partner === "emp"),
      );
      return offer.sources.find((src: { canonical: boolean }) => src.canonical).partner;
    };
    expect(await canonical()).toBe("brd");
    const updated = await emploi("partners", "update", "emp", "--kind", "employer");
    expect(JSON.parse(updated.out)).toMatchObject({ kind: "employer", rank: 1 });
    expect(await canonical()).toBe("emp");
  });
});
