import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run-cli.js";
import { testConfig } from "./helpers/app.js";

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
});
