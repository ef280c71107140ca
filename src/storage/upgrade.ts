/**
 * Keeps what the database holds computed by the code in step with the code: the fingerprints of
 * the clustering (FINGERPRINT_VERSION) and the analysed terms the search engine indexes
 * (ANALYSER_VERSION). Their versions are kept in `meta`; at start-up, anything computed by
 * another version is recomputed from the stored postings, once. A new database is up to date.
 */
import type { Kysely } from "kysely";
import { FINGERPRINT_VERSION, fingerprint } from "../dedup/fingerprint.js";
import type { NormalizedPosting } from "../offer/offer.js";
import { searchTerms } from "../pipeline/prepare.js";
import { ANALYSER_VERSION } from "../text/french.js";
import type { Database } from "./database.js";
import { joinClusters } from "./dedup-state.js";
import { unpackJson } from "./payload.js";

const PAGE = 2000;

const readMeta = async (db: Kysely<Database>, key: string): Promise<string | null> =>
  (await db.selectFrom("meta").select("value").where("key", "=", key).executeTakeFirst())?.value ?? null;

const writeMeta = (db: Kysely<Database>, key: string, value: string) =>
  db
    .insertInto("meta")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
    .execute();

/** Fingerprints of every clustered posting recomputed from its stored data, page by page. */
const refingerprint = async (db: Kysely<Database>) => {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("posting_clusters")
      .innerJoin("postings", "postings.id", "posting_clusters.posting_id")
      .select([
        "posting_clusters.posting_id",
        "posting_clusters.offer_id",
        "posting_clusters.seq",
        "postings.data",
      ])
      .where("posting_clusters.posting_id", ">", after)
      .where("posting_clusters.offer_id", "is not", null)
      .orderBy("posting_clusters.posting_id")
      .limit(PAGE)
      .execute();
    if (rows.length === 0) return;
    await db.transaction().execute(async (trx) => {
      for (const r of rows) {
        const fp = fingerprint(unpackJson<NormalizedPosting>(r.data));
        // Same change number: the clustering itself does not change, only how it is fingerprinted.
        await joinClusters(trx, [{ postingId: r.posting_id, offerId: r.offer_id!, fingerprint: fp }], r.seq);
      }
    });
    after = rows[rows.length - 1]!.posting_id;
  }
};

/** Search terms of every published offer recomputed from its canonical posting. */
const reanalyse = async (db: Kysely<Database>) => {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("offers")
      .innerJoin("postings", "postings.id", "offers.canonical_posting_id")
      .select(["offers.num", "postings.data"])
      .where("offers.num", ">", after)
      .where("offers.status", "=", "published")
      .orderBy("offers.num")
      .limit(PAGE)
      .execute();
    if (rows.length === 0) return;
    await db.transaction().execute(async (trx) => {
      for (const r of rows) {
        const terms = searchTerms(unpackJson<NormalizedPosting>(r.data));
        await trx
          .updateTable("offers")
          .set({ title_terms: terms.title, body_terms: terms.body })
          .where("num", "=", r.num)
          .execute();
      }
    });
    after = rows[rows.length - 1]!.num;
  }
};

const STEPS: ReadonlyArray<{ key: string; version: string; run: (db: Kysely<Database>) => Promise<void> }> = [
  { key: "fingerprint_version", version: String(FINGERPRINT_VERSION), run: refingerprint },
  { key: "analyser_version", version: String(ANALYSER_VERSION), run: reanalyse },
];

/**
 * Recompute what an older version of the code computed; returns the keys of the steps that ran.
 * Run before any other writer starts (at start-up, under the store's exclusive section).
 */
export const upgradeComputedData = async (db: Kysely<Database>): Promise<string[]> => {
  const ran: string[] = [];
  for (const step of STEPS) {
    if ((await readMeta(db, step.key)) === step.version) continue;
    await step.run(db);
    await writeMeta(db, step.key, step.version);
    ran.push(step.key);
  }
  return ran;
};
