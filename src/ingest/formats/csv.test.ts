import { describe, expect, it } from "vitest";
import { type AppError, isAppError } from "../../errors.js";
import { type CsvReaderOptions, detectDelimiter, parseCsv, readCsv } from "./csv.js";
import type { FeedItem } from "./feed-item.js";

async function* pieces(text: string, size = 4): AsyncIterable<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

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

const read = (csv: string, options: CsvReaderOptions = {}) => collect(parseCsv(pieces(csv), options));

describe("CSV records", () => {
  it("keys rows by the header, with quoted fields over several lines", async () => {
    const { items, error } = await read(
      'id;titre;description\n1;Boulanger;"Pain\net ""viennoiseries""; four"\n2;Vendeur;Accueil\n',
    );
    expect(error).toBeNull();
    expect(items).toEqual([
      {
        ok: true,
        record: { id: "1", titre: "Boulanger", description: 'Pain\net "viennoiseries"; four' },
        position: "enregistrement 1, ligne 3",
      },
      {
        ok: true,
        record: { id: "2", titre: "Vendeur", description: "Accueil" },
        position: "enregistrement 2, ligne 4",
      },
    ]);
  });

  it("detects the delimiter from the header", () => {
    expect(detectDelimiter('"a";"b";"c"\n1;2;3')).toBe(";");
    expect(detectDelimiter('"a,b","c","d"')).toBe(",");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
  });

  it("reads a UTF-8 BOM file with CRLF lines and a comma delimiter", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('"identifiant","région"\r\n"7","Centre"\r\n'),
    ]);
    const { items } = await collect(
      readCsv(
        (async function* () {
          yield bytes;
        })(),
      ),
    );
    expect(items).toMatchObject([{ ok: true, record: { identifiant: "7", région: "Centre" } }]);
  });

  it("reports a row with the wrong number of fields and goes on", async () => {
    const { items } = await read("id,t\n1,a\n2\n3,c,extra\n4,d\n");
    expect(items.map((item) => item.ok)).toEqual([true, false, false, true]);
    expect(items[1]).toMatchObject({ ok: false, record: { id: "2" } });
    expect(items[1]?.ok === false && items[1].reason).toContain("nombre de colonnes");
  });

  it("fails on a quote left open at the end (a file cut short), after the rows before", async () => {
    const { items, error } = await read('id;t\n1;a\n2;"jamais fermé\n');
    expect(items).toHaveLength(1);
    expect(error?.code).toBe("FEED_MALFORMED");
    expect(error?.message).toContain("guillemet");
  });

  it("fails on an empty file", async () => {
    expect((await read("")).error?.code).toBe("FEED_UNREADABLE");
  });
});
