import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../test/helpers/paths.js";
import { type AppError, isAppError } from "../errors.js";
import { collectPartnerFeed, type PartnerFeedItem, readPartnerFeed } from "./mapping-feed.js";
import { validateMapping } from "./mapping-validate.js";
import { getFormatMapping } from "./partners/partners.js";
import { openSource, type SourceProgress } from "./source.js";

const FEEDS = join(PROJECT_ROOT, "test/fixtures/feeds");
const indeed = getFormatMapping("indeed-xml", "acme");
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "emploi-feed-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Items until the end or the fatal error. */
const drain = async (
  items: AsyncIterable<PartnerFeedItem>,
): Promise<{ items: PartnerFeedItem[]; error: AppError | null }> => {
  const seen: PartnerFeedItem[] = [];
  try {
    for await (const item of items) seen.push(item);
    return { items: seen, error: null };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { items: seen, error };
  }
};

describe("readPartnerFeed", () => {
  it("reads several sources in turn, naming the source in every position, with overall progress", async () => {
    const gz = join(dir, "second.xml.gz");
    await writeFile(gz, gzipSync(await readFile(join(FEEDS, "indeed-sample.xml"))));
    const progress: SourceProgress[] = [];
    const { items } = await drain(
      readPartnerFeed(indeed, [join(FEEDS, "indeed-sample.xml"), gz], {
        onProgress: (p) => progress.push(p),
      }),
    );
    expect(
      items.map((item) =>
        !item.ok
          ? `${item.position}: ${item.reason}`
          : "known" in item
            ? item.reference
            : item.posting.reference,
      ),
    ).toEqual([
      "BOUL-2025-001",
      "VEND-2025-002",
      "indeed-sample.xml, enregistrement 3, ligne 38: référence manquante",
      "BOUL-2025-001",
      "VEND-2025-002",
      "second.xml.gz, enregistrement 3, ligne 38: référence manquante",
    ]);
    const last = progress.at(-1);
    expect(last?.totalBytes).toBeGreaterThan(0);
    expect(last?.bytesRead).toBe(last?.totalBytes);
  });

  it("yields the good records before a truncated feed, then throws naming the source", async () => {
    const { items, error } = await drain(readPartnerFeed(indeed, [join(FEEDS, "truncated.xml")]));
    expect(items.map((item) => item.ok && !("known" in item) && item.posting.title)).toEqual([
      "Premier poste",
      "Deuxième poste",
    ]);
    expect(error?.code).toBe("FEED_MALFORMED");
    expect(error?.message).toMatch(/^truncated\.xml : Flux XML mal formé ou tronqué ligne 5/);
    expect(error?.details).toMatchObject({ truncated: true, line: 5, source: "truncated.xml" });
  });

  it("refuses hostile XML and oversized feeds", async () => {
    expect((await drain(readPartnerFeed(indeed, [join(FEEDS, "billion-laughs.xml")]))).error?.code).toBe(
      "FEED_HOSTILE",
    );
    const tooBig = await drain(
      readPartnerFeed(indeed, [join(FEEDS, "indeed-sample.xml")], { maxBytes: 500 }),
    );
    expect(tooBig.error?.code).toBe("FEED_TOO_LARGE");
    expect((await drain(readPartnerFeed(indeed, []))).error?.code).toBe("FEED_UNREADABLE");
  });

  it("gives the reference of a record the reader could not accept", async () => {
    const path = join(dir, "entity.xml");
    await writeFile(
      path,
      "<jobs><job><referencenumber>E-1</referencenumber><title>caf&eacute;</title></job></jobs>",
    );
    const { items } = await drain(readPartnerFeed(indeed, [path]));
    expect(items).toEqual([
      {
        ok: false,
        reference: "E-1",
        position: "entity.xml, enregistrement 1, ligne 1",
        reason: "référence d'entité XML non définie ou invalide ligne 1, colonne 67",
      },
    ]);
  });

  it("onboards a partner from a JSON mapping file alone: windows-1252 XML", async () => {
    const mapping = validateMapping({
      slug: "cafe-emploi",
      label: "Café Emploi",
      format: "xml",
      records: "offre",
      fields: {
        reference: "reference",
        title: "intitule",
        "location.city": "ville",
        "salary.text": "salaire",
      },
    });
    const { postings, errors } = await collectPartnerFeed(mapping, [join(FEEDS, "windows-1252.xml")]);
    expect(errors).toEqual([]);
    expect(postings).toEqual([
      {
        reference: "W-1",
        title: "Employé polyvalent de café",
        location: { city: "Orléans" },
        salary: { text: "11,88 € de l'heure" },
      },
      {
        reference: "W-2",
        title: "Aide à domicile – temps partiel",
        location: { city: "Besançon" },
        salary: { text: "Selon expérience" },
      },
    ]);
  });

  it("reads JSON Lines: a bad line and a record without reference are reported, the rest goes through", async () => {
    const mapping = validateMapping({
      slug: "lignes",
      label: "Lignes",
      format: "json",
      fields: { reference: "reference", title: "title", "location.city": "city" },
    });
    const { postings, errors } = await collectPartnerFeed(mapping, [join(FEEDS, "invalid-line.jsonl")]);
    expect(postings.map((p) => p.reference)).toEqual(["L-1", "L-3"]);
    expect(errors.map((e) => [e.position, e.reason.split(" (")[0]])).toEqual([
      ["invalid-line.jsonl, ligne 2", "JSON invalide"],
      ["invalid-line.jsonl, ligne 5", "l'enregistrement n'est pas un objet JSON"],
      ["invalid-line.jsonl, ligne 6", "référence manquante"],
    ]);
  });
});

describe("readPartnerFeed with an opened source", () => {
  it("reads a source the caller opened itself", async () => {
    const source = await openSource(join(FEEDS, "indeed-sample.xml"));
    const { postings, errors } = await collectPartnerFeed(indeed, [source]);
    expect(postings.map((p) => p.reference)).toEqual(["BOUL-2025-001", "VEND-2025-002"]);
    expect(errors).toHaveLength(1);
  });
});
