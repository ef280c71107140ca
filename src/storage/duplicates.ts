import type { Kysely } from "kysely";
import type { Database } from "./database.js";

/** Pairs of open postings close enough for an operator's look but not merged, best scores first. */
export const listPossibleDuplicates = async (
  db: Kysely<Database>,
  options: { partner?: string; limit?: number; offset?: number } = {},
) => {
  const rows = await db
    .selectFrom("possible_duplicates as d")
    .innerJoin("postings as a", "a.id", "d.posting_id")
    .innerJoin("postings as b", "b.id", "d.other_posting_id")
    .innerJoin("partners as pa", "pa.id", "a.partner_id")
    .innerJoin("partners as pb", "pb.id", "b.partner_id")
    .select([
      "d.score",
      "d.evidence",
      "d.created_at",
      "pa.slug as a_partner",
      "a.reference as a_reference",
      "a.title as a_title",
      "a.offer_id as a_offer",
      "pb.slug as b_partner",
      "b.reference as b_reference",
      "b.title as b_title",
      "b.offer_id as b_offer",
    ])
    .where("a.status", "in", ["published", "duplicate"])
    .where("b.status", "in", ["published", "duplicate"])
    .whereRef("a.offer_id", "!=", "b.offer_id")
    .$if(options.partner !== undefined, (q) =>
      q.where((eb) => eb.or([eb("pa.slug", "=", options.partner!), eb("pb.slug", "=", options.partner!)])),
    )
    .orderBy("d.score", "desc")
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0)
    .execute();
  return {
    pairs: rows.map((r) => ({
      score: r.score,
      found_at: r.created_at,
      a: { partner: r.a_partner, reference: r.a_reference, title: r.a_title, offer_id: r.a_offer },
      b: { partner: r.b_partner, reference: r.b_reference, title: r.b_title, offer_id: r.b_offer },
      evidence: JSON.parse(r.evidence) as unknown,
    })),
  };
};
