import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testReferentials } from "../../test/helpers/app.js";
import { DATA_DIR, PROJECT_ROOT } from "../../test/helpers/paths.js";
import { contentHash } from "../ingest/content-hash.js";
import { collectPartnerFeed } from "../ingest/mapping-feed.js";
import { getFormatMapping } from "../ingest/partners/partners.js";
import { inlinePrepare, type PrepareItem } from "../pipeline/prepare.js";
import { complianceScreen } from "../pipeline/screen.js";
import { createPreparePool } from "./prepare-pool.js";

const pool = createPreparePool({ dataDir: DATA_DIR, size: 2 });
afterAll(async () => {
  await pool.close();
});

const partner = { slug: "acme", kind: "board", employersShowName: true };
const now = new Date("2026-11-25T10:00:00Z");

describe("postings prepared on worker threads", () => {
  it("gives what preparing in this thread gives, in order, with the rows' JSON", async () => {
    const { postings } = await collectPartnerFeed(getFormatMapping("indeed-xml", "acme"), [
      join(PROJECT_ROOT, "test/fixtures/feeds/indeed-sample.xml"),
    ]);
    // Enough postings to be split among both threads.
    const items: PrepareItem[] = Array.from({ length: 80 }, (_, i) => {
      const raw = { ...postings[i % postings.length]!, reference: `R${i}` };
      return { raw, hash: contentHash(raw), firstSeenAt: null };
    });
    const here = await inlinePrepare(await testReferentials(), complianceScreen).prepare(items, partner, now);
    const there = await pool.prepare(items, partner, now);
    expect(there.map((p) => p.reference)).toEqual(items.map((i) => i.raw.reference));
    expect(there.map((p) => (p.ok ? { ...p, encoded: undefined } : p))).toEqual(here);
    const first = there[0]!;
    if (!first.ok) throw new Error("first posting not prepared");
    expect(JSON.parse(first.encoded!.data)).toEqual(first.posting);
  });

  it("says why a posting cannot be prepared", async () => {
    const [result] = await pool.prepare(
      [{ raw: { reference: "X" }, hash: "h", firstSeenAt: null }],
      partner,
      now,
    );
    expect(result).toEqual({ ok: false, reference: "X", reason: "intitulé manquant" });
  });
});
