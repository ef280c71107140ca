import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../test/helpers/paths.js";
import { type AppError, isAppError } from "../errors.js";
import { type PartnerFeedItem, readPartnerFeed } from "../ingest/mapping-feed.js";
import { getFormatMapping } from "../ingest/partners/partners.js";
import { createFeedPool } from "./feed-pool.js";

const FEEDS = join(PROJECT_ROOT, "test/fixtures/feeds");
const indeed = getFormatMapping("indeed-xml", "acme");
const pool = createFeedPool({ size: 1 });

afterAll(async () => {
  await pool.close();
});

const drain = async (items: AsyncIterable<PartnerFeedItem>) => {
  const seen: PartnerFeedItem[] = [];
  let error: AppError | null = null;
  try {
    for await (const item of items) seen.push(item);
  } catch (caught) {
    if (!isAppError(caught)) throw caught;
    error = caught;
  }
  return { items: seen, error };
};

describe("feeds parsed on a worker thread", () => {
  it("yields what parsing in this thread yields, with the content hashes", async () => {
    const sources = [join(FEEDS, "indeed-sample.xml")];
    const here = await drain(readPartnerFeed(indeed, sources));
    const there = await drain(readPartnerFeed(indeed, sources, { parse: pool.parse }));
    expect(there.error).toBeNull();
    expect(there.items).toEqual(here.items);
    expect(there.items.filter((i) => i.ok && "hash" in i && typeof i.hash === "string")).toHaveLength(2);
  });

  it("sends unchanged postings as references only", async () => {
    const sources = [join(FEEDS, "indeed-sample.xml")];
    const first = await drain(readPartnerFeed(indeed, sources, { parse: pool.parse }));
    const mapped = first.items.flatMap((i) => (i.ok && !("known" in i) && i.hash ? [i] : []));
    const known = new Map([[mapped[0]!.posting.reference, mapped[0]!.hash!]]);
    const again = await drain(readPartnerFeed(indeed, sources, { parse: pool.parse, known }));
    expect(
      again.items.map((i) =>
        i.ok ? ("known" in i ? `known ${i.reference}` : i.posting.reference) : "error",
      ),
    ).toEqual([`known ${mapped[0]!.posting.reference}`, mapped[1]!.posting.reference, "error"]);
  });

  it("keeps the records read before a truncated feed, then fails as parsing here does", async () => {
    const sources = [join(FEEDS, "truncated.xml")];
    const here = await drain(readPartnerFeed(indeed, sources));
    const there = await drain(readPartnerFeed(indeed, sources, { parse: pool.parse }));
    expect(there.items).toEqual(here.items);
    expect(there.items).toHaveLength(2);
    expect(there.error?.code).toBe("FEED_MALFORMED");
    expect(there.error?.message).toBe(here.error?.message);
    expect(there.error?.details).toEqual(here.error?.details);
  });

  it("refuses hostile XML on the worker too", async () => {
    const result = await drain(
      readPartnerFeed(indeed, [join(FEEDS, "billion-laughs.xml")], { parse: pool.parse }),
    );
    expect(result.error?.code).toBe("FEED_HOSTILE");
  });

  it("frees its thread when the reader stops early", async () => {
    for (let i = 0; i < 3; i++) {
      for await (const _ of readPartnerFeed(indeed, [join(FEEDS, "indeed-sample.xml")], {
        parse: pool.parse,
      })) {
        break;
      }
    }
    // With one thread, a thread still held would make this wait forever.
    const after = await drain(
      readPartnerFeed(indeed, [join(FEEDS, "indeed-sample.xml")], { parse: pool.parse }),
    );
    expect(after.items).toHaveLength(3);
  });
});
