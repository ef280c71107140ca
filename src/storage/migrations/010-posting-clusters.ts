import { type Kysely, type Migration, sql } from "kysely";
import type { StoreDialect } from "../sqlite-dialect.js";

/**
 * The clustering moves to a narrow table of its own: one row per posting that was placed in an
 * offer (its offer, its candidate keys, its binary fingerprint), and a change number `seq`
 * given under the write lock, so that every process can follow the changes of the others in
 * commit order. Comparing a new posting reads the fingerprints of its candidates: from ~700-byte
 * rows, instead of the 10 kB posting rows, whose JSON the fingerprint sat after. A row whose
 * posting left its offer stays, with no offer, so that the change is seen.
 */
export const postingClusters = (dialect: StoreDialect): Migration => ({
  async up(db: Kysely<unknown>) {
    const blob = dialect.name === "postgres" ? "bytea" : "blob";
    await db.schema
      .createTable("posting_clusters")
      .addColumn("posting_id", "integer", (c) => c.primaryKey().references("postings.id").onDelete("cascade"))
      .addColumn("offer_id", "text")
      .addColumn("seq", "integer", (c) => c.notNull())
      .addColumn("keys", blob, (c) => c.notNull())
      .addColumn("fingerprint", blob, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("posting_clusters_seq").on("posting_clusters").column("seq").execute();
    // Fingerprints already stored move as they are (JSON text); both forms read the same.
    await sql`
      INSERT INTO posting_clusters (posting_id, offer_id, seq, keys, fingerprint)
      SELECT id, offer_id, 1, fp_keys, fingerprint FROM postings
      WHERE offer_id IS NOT NULL AND fingerprint IS NOT NULL AND fp_keys IS NOT NULL
        AND status IN ('published', 'duplicate')`.execute(db);
    await db.schema.dropIndex("postings_dedup_state").ifExists().execute();
    await db.schema.alterTable("postings").dropColumn("fingerprint").execute();
    await db.schema.alterTable("postings").dropColumn("fp_keys").execute();
  },
});
