import { createReadStream } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../test/helpers/paths.js";
import { type AppError, isAppError } from "../../errors.js";
import type { FeedItem } from "./feed-item.js";
import { type JsonReaderOptions, parseJson, readJson } from "./json.js";

async function* pieces(text: string, size = 5): AsyncIterable<string> {
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

const read = (json: string, options: JsonReaderOptions = {}) => collect(parseJson(pieces(json), options));
const oks = (items: FeedItem[]) => items.flatMap((item) => (item.ok ? [item.record] : []));

describe("JSON records", () => {
  it("reads the elements of a root array, strings with brackets and escapes included", async () => {
    const { items, error } = await read('[{"a":"x\\"]}\\\\"},\n {"b":[1,{"c":"}"}]}]');
    expect(error).toBeNull();
    expect(oks(items)).toEqual([{ a: 'x"]}\\' }, { b: [1, { c: "}" }] }]);
    expect(items.map((item) => item.position)).toEqual([
      "enregistrement 1, ligne 1",
      "enregistrement 2, ligne 2",
    ]);
  });

  it("reads the array at a key path and skips everything else unread", async () => {
    const json =
      '{"count": 27, "meta": {"ads": ["leurre"]}, "ads": [{"r": "1"}, {"r": "2"}], "after": [1, 2]}';
    expect(oks((await read(json, { path: "ads" })).items)).toEqual([{ r: "1" }, { r: "2" }]);
    expect(oks((await read('{"data": {"items": [{"i": 1}]}}', { path: "data.items" })).items)).toEqual([
      { i: 1 },
    ]);
  });

  it("reads a single object as one record (the root, or at the path)", async () => {
    expect(oks((await read('{\n  "reference": "2025-1",\n  "tags": []\n}')).items)).toEqual([
      { reference: "2025-1", tags: [] },
    ]);
    expect(oks((await read('{"offer": {"reference": "x"}}', { path: "offer" })).items)).toEqual([
      { reference: "x" },
    ]);
  });

  it("reports records that are not objects or do not parse, and goes on", async () => {
    const { items, error } = await read('[{"a": 1}, 42, {"b": tru}, {"c": 3}]');
    expect(error).toBeNull();
    expect(items.map((item) => item.ok)).toEqual([true, false, false, true]);
    expect(items[1]?.ok === false && items[1].reason).toContain("pas un objet");
    expect(items[2]?.ok === false && items[2].reason).toContain("JSON invalide");
  });

  it("keeps the records before a truncated end, then fails with the position", async () => {
    const { items, error } = await read('[{"a": 1},\n{"a": 2},\n{"a": ');
    expect(oks(items)).toEqual([{ a: 1 }, { a: 2 }]);
    expect(error?.code).toBe("FEED_MALFORMED");
    expect(error?.details).toMatchObject({ truncated: true, line: 3 });
  });

  it("fails on a broken structure after the records before it", async () => {
    const { items, error } = await read('[{"a": 1} {"a": 2}]');
    expect(oks(items)).toEqual([{ a: 1 }]);
    expect(error?.code).toBe("FEED_MALFORMED");
  });

  it("fails clearly when the path is absent or the feed empty", async () => {
    const missing = await read('{"jobs": []}', { path: "ads" });
    expect(missing.error?.code).toBe("FEED_MALFORMED");
    expect(missing.error?.message).toContain("« ads »");
    expect((await read("  ")).error?.code).toBe("FEED_UNREADABLE");
  });

  it("skips a record bigger than allowed", async () => {
    const { items } = await read(`[{"t": "${"x".repeat(300)}"}, {"t": "ok"}]`, { maxRecordChars: 100 });
    expect(items.map((item) => item.ok)).toEqual([false, true]);
  });
});

describe("JSON Lines", () => {
  it("reads one object per line; a bad line is a record error, not fatal", async () => {
    const file = join(PROJECT_ROOT, "test/fixtures/feeds/invalid-line.jsonl");
    const { items, error } = await collect(readJson(createReadStream(file)));
    expect(error).toBeNull();
    expect(items.map((item) => [item.position, item.ok])).toEqual([
      ["ligne 1", true],
      ["ligne 2", false],
      ["ligne 3", true],
      ["ligne 5", false],
      ["ligne 6", true],
    ]);
    expect(items[2]?.ok && items[2].record.title).toBe("Préparateur de commandes");
    expect(items[1]?.ok === false && items[1].reason).toContain("JSON invalide");
  });

  it("is forced with lines: true even when the first line is not an object", async () => {
    const { items } = await read('oops\n{"a": 1}\n', { lines: true });
    expect(items.map((item) => item.ok)).toEqual([false, true]);
  });
});
