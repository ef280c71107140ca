import { createReadStream } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../test/helpers/paths.js";
import { type AppError, isAppError } from "../../errors.js";
import type { FeedItem } from "./feed-item.js";
import { parseXml, readXml, type XmlReaderOptions } from "./xml.js";
import { MAX_XML_DEPTH } from "./xml-node.js";

const FEEDS = join(PROJECT_ROOT, "test/fixtures/feeds");

async function* pieces(text: string, size = 7): AsyncIterable<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** Items read until the end or a fatal error. */
const collect = async (
  items: AsyncIterable<FeedItem>,
): Promise<{ items: FeedItem[]; error: AppError | null }> => {
  const seen: FeedItem[] = [];
  try {
    for await (const item of items) seen.push(item);
    return { items: seen, error: null };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { items: seen, error };
  }
};

const records = async (xml: string, options: XmlReaderOptions) =>
  (await collect(parseXml(pieces(xml), options))).items.flatMap((item) => (item.ok ? [item.record] : []));

describe("XML records", () => {
  it("follows the object convention: attributes, #text, repeated children, trimmed CDATA", async () => {
    const xml = `<?xml version="1.0"?><source><publisher>x</publisher>
      <job id="7" lang="fr"><title><![CDATA[  Boulanger H/F  ]]></title>
        <type code="cdi">CDI</type><type code="apprentice">Apprentissage</type>
        <empty/><flag on="1"/><n>a &amp; b</n></job></source>`;
    expect(await records(xml, { records: "job" })).toEqual([
      {
        "@id": "7",
        "@lang": "fr",
        title: "Boulanger H/F",
        type: [
          { "@code": "cdi", "#text": "CDI" },
          { "@code": "apprentice", "#text": "Apprentissage" },
        ],
        empty: "",
        flag: { "@on": "1" },
        n: "a & b",
      },
    ]);
  });

  it("finds records by name, by path suffix, or by path from the root", async () => {
    const xml =
      "<source><job><id>header</id></job><jobs><job><id>1</id></job><job><id>2</id></job></jobs></source>";
    expect((await records(xml, { records: "job" })).map((r) => r.id)).toEqual(["header", "1", "2"]);
    expect((await records(xml, { records: "jobs/job" })).map((r) => r.id)).toEqual(["1", "2"]);
    expect((await records(xml, { records: "/source/job" })).map((r) => r.id)).toEqual(["header"]);
    expect(await records(xml, { records: "/jobs/job" })).toEqual([]);
  });

  it("gives each record its line, and keeps element names like __proto__ as plain keys", async () => {
    const { items } = await collect(
      parseXml(pieces("<a>\n<r><__proto__>x</__proto__></r>\n\n<r/></a>"), { records: "r" }),
    );
    expect(items.map((item) => item.position)).toEqual([
      "enregistrement 1, ligne 2",
      "enregistrement 2, ligne 4",
    ]);
    const first = items[0];
    expect(first?.ok && Object.hasOwn(first.record, "__proto__")).toBe(true);
    expect(first?.ok && Object.getPrototypeOf(first.record)).toBe(Object.prototype);
  });

  it("reports a record with an undefined entity and goes on with the next ones", async () => {
    const { items, error } = await collect(
      parseXml(pieces("<jobs><job><t>caf&eacute;</t></job><job><t>ok</t></job></jobs>"), { records: "job" }),
    );
    expect(error).toBeNull();
    expect(items[0]).toMatchObject({ ok: false, record: { t: "caf&eacute;" } });
    expect(items[0]?.ok === false && items[0].reason).toContain("entité XML non définie");
    expect(items[1]).toMatchObject({ ok: true, record: { t: "ok" } });
  });

  it("skips a record bigger than allowed, as a record error", async () => {
    const xml = `<jobs><job><t>${"x".repeat(500)}</t></job><job><t>small</t></job></jobs>`;
    const { items } = await collect(parseXml(pieces(xml, 64), { records: "job", maxRecordChars: 100 }));
    expect(items[0]).toMatchObject({ ok: false });
    expect(items[0]?.ok === false && items[0].reason).toContain("trop volumineux");
    expect(items[1]).toMatchObject({ ok: true, record: { t: "small" } });
  });

  it("counts markup against the cap: a flood of empty elements is skipped as a record error", async () => {
    const flood = `<jobs><job><id>1</id>${"<a/>".repeat(20_000)}</job><job><t>small</t></job></jobs>`;
    const { items, error } = await collect(
      parseXml(pieces(flood, 4096), { records: "job", maxRecordChars: 100_000 }),
    );
    expect(error).toBeNull();
    expect(items[0]).toMatchObject({ ok: false });
    expect(items[0]?.ok === false && items[0].reason).toContain("trop volumineux");
    expect(items[0]?.ok === false && items[0].record).toBeUndefined();
    expect(items[1]).toMatchObject({ ok: true, record: { t: "small" } });
  });

  it("counts attributes against the cap: a huge attribute list is skipped as a record error", async () => {
    const attributes = Array.from({ length: 20_000 }, (_, index) => `a${index}=""`).join(" ");
    const flood = `<jobs><job ${attributes}><t>big</t></job><job><t>small</t></job></jobs>`;
    const { items, error } = await collect(
      parseXml(pieces(flood, 4096), { records: "job", maxRecordChars: 100_000 }),
    );
    expect(error).toBeNull();
    expect(items[0]?.ok === false && items[0].reason).toContain("trop volumineux");
    expect(items[1]).toMatchObject({ ok: true, record: { t: "small" } });
  });

  it("fails on an empty feed", async () => {
    const { error } = await collect(parseXml(pieces("  \n "), { records: "job" }));
    expect(error?.code).toBe("FEED_UNREADABLE");
  });
});

describe("hostile and broken XML", () => {
  const file = (name: string, records = "job") => readXml(createReadStream(join(FEEDS, name)), { records });

  it("refuses entity declarations (billion laughs) before expanding anything", async () => {
    const { items, error } = await collect(file("billion-laughs.xml"));
    expect(items).toEqual([]);
    expect(error?.code).toBe("FEED_HOSTILE");
    expect(error?.message).toContain("<!ENTITY>");
  });

  it("refuses an external DTD / external entity reference", async () => {
    const { error } = await collect(file("external-entity.xml"));
    expect(error?.code).toBe("FEED_HOSTILE");
    expect(error?.message).toContain("DTD externe");
  });

  it("refuses nesting deeper than the limit, keeping the records before it", async () => {
    const deep = `${"<d>".repeat(10_000)}x${"</d>".repeat(10_000)}`;
    const xml = `<jobs><job><t>ok</t></job><job>${deep}</job></jobs>`;
    const { items, error } = await collect(parseXml(pieces(xml, 4096), { records: "job" }));
    expect(items).toEqual([{ ok: true, record: { t: "ok" }, position: "enregistrement 1, ligne 1" }]);
    expect(error?.code).toBe("FEED_HOSTILE");
    expect(error?.message).toContain(`plus de ${MAX_XML_DEPTH} niveaux d'éléments imbriqués`);
  });

  it("refuses deep nesting outside the records too, and accepts nesting just under the limit", async () => {
    const nest = (levels: number) => `${"<d>".repeat(levels)}${"</d>".repeat(levels)}`;
    expect((await collect(parseXml(pieces(nest(MAX_XML_DEPTH + 1)), { records: "job" }))).error?.code).toBe(
      "FEED_HOSTILE",
    );
    const inside = `<a><job>${nest(MAX_XML_DEPTH - 2)}</job></a>`;
    expect((await collect(parseXml(pieces(inside), { records: "job" }))).error).toBeNull();
  });

  it("keeps the complete records of a truncated document, then fails with its position", async () => {
    const { items, error } = await collect(file("truncated.xml"));
    expect(items.map((item) => item.ok && item.record.referencenumber)).toEqual(["TR-1", "TR-2"]);
    expect(error?.code).toBe("FEED_MALFORMED");
    expect(error?.details).toMatchObject({ truncated: true, line: 5 });
    expect(error?.message).toContain("ligne 5");
  });

  it("keeps the records before a syntax error", async () => {
    const { items, error } = await collect(
      parseXml(pieces("<jobs><job><id>1</id></job><job><id>2</oops></job></jobs>"), { records: "job" }),
    );
    expect(items).toHaveLength(1);
    expect(error?.code).toBe("FEED_MALFORMED");
    expect(error?.message).toContain("balise fermante");
  });

  it("reads a windows-1252 file without declaration as the right text", async () => {
    const { items } = await collect(file("windows-1252.xml", "offre"));
    expect(items.map((item) => item.ok && item.record.intitule)).toEqual([
      "Employé polyvalent de café",
      "Aide à domicile – temps partiel",
    ]);
  });
});
