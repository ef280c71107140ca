import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../src/cli/ingest.command.js";
import { openPostingHashes } from "../src/storage/snapshot.js";
import { testCliContext } from "./helpers/app.js";
import { indeedFeed, tempFile } from "./helpers/feeds.js";

/**
 * A snapshot reads every open posting of its partner twice (hashes before, missing ones after):
 * from the index alone, never from the wide posting rows (docs/performance.md, fix 12).
 */
describe("query plans of a snapshot's reads (SQLite)", () => {
  let ctx: ReturnType<typeof testCliContext>;

  beforeAll(async () => {
    ctx = testCliContext();
    const feed = tempFile(
      "plans.xml",
      indeedFeed(
        ["A", "B", "C"].map((reference) => ({
          reference,
          title: `Vendeur en boulangerie ${reference} H/F`,
          description: "<p>Vous accueillez la clientèle du magasin et assurez l'encaissement.</p>",
          company: "Boulangerie du Parc",
          city: "Lyon",
          postalcode: "69003",
          date: "2026-11-20",
        })),
      ),
    );
    await runIngest(ctx, { partner: "board", format: "indeed-xml", sources: [feed] });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const plan = async (query: string) => {
    const { db } = await ctx.store();
    const rows = await sql<{ detail: string }>`EXPLAIN QUERY PLAN ${sql.raw(query)}`.execute(db);
    return rows.rows.map((r) => r.detail).join(" | ");
  };

  it("reads the open postings' hashes from the covering index", async () => {
    const { db } = await ctx.store();
    const partner = await db
      .selectFrom("partners")
      .select("id")
      .where("slug", "=", "board")
      .executeTakeFirstOrThrow();
    expect([...(await openPostingHashes(db, partner.id)).keys()].sort()).toEqual(["A", "B", "C"]);
    const compiled = db
      .selectFrom("postings")
      .select(["reference", "content_hash"])
      .where("partner_id", "=", partner.id)
      .where("status", "!=", "closed")
      .compile();
    const query = compiled.sql.replace("?", String(partner.id)).replace("?", "'closed'");
    expect(await plan(query)).toContain("USING COVERING INDEX postings_partner_open");
  });

  it("finds the postings missing from a snapshot from the covering index", async () => {
    expect(
      await plan(`SELECT id, reference, offer_id FROM postings WHERE partner_id = 1 AND status != 'closed'`),
    ).toContain("USING COVERING INDEX postings_partner_open");
  });
});
