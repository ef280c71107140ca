import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDate } from "./dates.js";
import { departementLabel, departementOf, regionOf } from "./places.js";
import { removeRoundTripFolders, roundTrip } from "./roundtrip-helpers.js";
import { buildSimPartner, buildSimPosting, manySimPostings } from "./sample-postings.js";
import { FileSink } from "./sink.js";
import { htmlToText } from "./text.js";
import { cdata, el, escapeAttr } from "./xml.js";

afterAll(removeRoundTripFolders);

describe("xml helpers", () => {
  it("splits ]]> over two CDATA sections and drops characters XML forbids", () => {
    expect(cdata("a]]>b\u0001c")).toBe("<![CDATA[a]]]]><![CDATA[>bc]]>");
    expect(el("t", "R&D <b>\u000b")).toBe("<t>R&amp;D &lt;b&gt;</t>");
    expect(el("t", null)).toBe("<t />");
    expect(escapeAttr('say "hi"\n')).toBe("say &quot;hi&quot;&#10;");
  });
});

describe("FileSink", () => {
  it("keeps order across buffered pieces and texts larger than its buffer", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "emploi-sink-")), "out.txt");
    const sink = FileSink.open(path);
    const pieces = [
      ...Array.from({ length: 5000 }, (_, i) => `ligne ${i} é€\n`),
      "x".repeat(1_000_000),
      "fin",
    ];
    for (const piece of pieces) await sink.write(piece);
    await sink.close();
    expect(await readFile(path, "utf8")).toBe(pieces.join(""));
    expect(sink.bytes).toBe(Buffer.byteLength(pieces.join("")));
  });
});

describe("htmlToText", () => {
  it("keeps paragraphs and list items as lines and decodes entities", () => {
    expect(htmlToText("<p>Un&nbsp;poste &amp; des <b>missions</b></p><ul><li>A</li><li>B</li></ul>")).toBe(
      "Un poste & des missions\n\n- A\n- B",
    );
  });
});

describe("renderDate", () => {
  it("writes zone-less styles in Paris wall time", () => {
    const late = new Date("2026-07-14T22:30:00Z"); // 00:30 on the 15th in Paris (summer time)
    expect(renderDate(late, "iso-date")).toBe("2026-07-15");
    expect(renderDate(late, "dmy-slash")).toBe("15/07/2026");
    expect(renderDate(late, "dmy-dot")).toBe("15.07.2026");
    expect(renderDate(late, "iso")).toBe("2026-07-14T22:30:00Z");
    expect(renderDate(late, "rfc822")).toBe("Tue, 14 Jul 2026 22:30:00 GMT");
    expect(renderDate(late, "epoch")).toBe(String(late.getTime() / 1000));
    expect(renderDate(null, "iso")).toBe("");
  });
});

describe("paged formats", () => {
  it("json-api: chained pages, every posting read back from all pages", async () => {
    const partner = buildSimPartner("json-api", { slug: "pages-api" });
    const { paths, postings, errors } = await roundTrip(partner, manySimPostings(620, 200));
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(620);
    expect(basename(paths.at(-1) ?? "")).toBe("mapping.json");
    const pages = paths.slice(0, -1);
    expect(pages.map((p) => basename(p))[0]).toBe("page-001.json");
    for (const [i, page] of pages.entries()) {
      const body = JSON.parse(await readFile(page, "utf8")) as { next: string | null; items: unknown[] };
      expect(body.next).toBe(i === pages.length - 1 ? null : basename(pages[i + 1] ?? ""));
    }
    expect(pages.length).toBeGreaterThan(1);
  });

  it("jsonld: employers publish HTML pages of 100 postings that scripts cannot break", async () => {
    const partner = buildSimPartner("jsonld", { kind: "employer" });
    const tricky = buildSimPosting({
      reference: "X-1",
      descriptionHtml: "<p>a</script><script>alert(1)</script> & b</p>",
    });
    const { paths, postings, errors } = await roundTrip(partner, [tricky, ...manySimPostings(150, 100)]);
    expect(errors).toEqual([]);
    expect(paths.map((p) => basename(p))).toEqual(["page-001.html", "page-002.html"]);
    expect(postings).toHaveLength(151);
    expect(postings[0]?.description).toBe(tricky.descriptionHtml);
    expect(await readFile(paths[0] ?? "", "utf8")).toMatch(/<a rel="next" href="page-002.html">/);
  });

  it("jsonld: other partners publish one JSON array", async () => {
    const { paths, postings } = await roundTrip(buildSimPartner("jsonld"), manySimPostings(3));
    expect(paths.map((p) => basename(p))).toEqual(["feed.json"]);
    expect(postings).toHaveLength(3);
  });
});

describe("csv", () => {
  it("gives each partner its own header, and a mapping that reads it", async () => {
    const a = await roundTrip(buildSimPartner("csv", { slug: "alpha-emploi" }), manySimPostings(5));
    const b = await roundTrip(buildSimPartner("csv", { slug: "boreal-jobs" }), manySimPostings(5));
    const header = async (path: string | undefined) => (await readFile(path ?? "", "utf8")).split("\n")[0];
    expect(await header(a.paths[0])).not.toBe(await header(b.paths[0]));
    expect(a.postings).toHaveLength(5);
    expect(b.postings.map((p) => p.location?.postalCode)).toEqual([
      "69003",
      "42000",
      "35000",
      "13100",
      "69003",
    ]);
    expect(a.mapping).toMatchObject({ format: "csv", delimiter: ";" });
    expect(await readdir(dirname(a.paths[0] ?? ""))).toEqual(["feed.csv", "mapping.json"]);
  });
});

describe("employer flags and omissions", () => {
  it("writes an anonymous employer and missing values without breaking the record", async () => {
    const posting = buildSimPosting({
      employer: { name: null, siret: null, anonymous: true },
      salary: null,
      location: { ...buildSimPosting().location, postalCode: null, lat: null, lon: null, remote: null },
    });
    const clever = await roundTrip(buildSimPartner("clever-connect"), [posting]);
    expect(clever.postings[0]?.employer).toEqual({ anonymous: "true" });
    expect(clever.postings[0]?.location?.postalCode).toBeUndefined();
    const indeed = await roundTrip(buildSimPartner("indeed-xml"), [posting]);
    expect(indeed.postings[0]?.salary).toBeUndefined();
    expect(indeed.errors).toEqual([]);
  });
});

describe("places", () => {
  it("names départements and régions from codes, postal codes or INSEE codes", () => {
    const none = buildSimPosting().location;
    const at = (overrides: Partial<typeof none>) => ({
      ...none,
      departement: null,
      region: null,
      ...overrides,
    });
    expect(departementLabel(at({ postalCode: "20090" }))).toBe("Corse-du-Sud (2A)");
    expect(regionOf(at({ postalCode: "97400", commune: null }))).toBe("La Réunion");
    expect(departementLabel(at({ postalCode: null, commune: "13001" }))).toBe("Bouches-du-Rhône (13)");
    expect(regionOf(at({ region: "84" }))).toBe("Auvergne-Rhône-Alpes");
    expect(regionOf(at({ region: "Bretagne" }))).toBe("Bretagne");
    expect(departementOf(at({ postalCode: null, commune: null, departement: "Gironde" }))).toEqual({
      code: null,
      name: "Gironde",
    });
  });
});
