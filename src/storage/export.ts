import type { Kysely } from "kysely";
import type { NormalizedPosting, PostingStatus } from "../offer/offer.js";
import { type ComplianceView, locationView, type OfferView, type PostingView } from "../offer/offer-view.js";
import type { Database } from "./database.js";
import { unpackJson } from "./payload.js";

const PAGE = 1000;

/** Every published offer, in id order, read page by page (keyset pagination). */
export async function* exportOffers(db: Kysely<Database>): AsyncGenerator<OfferView> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("offers")
      .select(["num", "data"])
      .where("status", "=", "published")
      .where("num", ">", after)
      .orderBy("num")
      .limit(PAGE)
      .execute();
    for (const row of rows) yield JSON.parse(row.data) as OfferView;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.num;
  }
}

/** Every posting ever received, with its status, offer and compliance verdict. */
export async function* exportPostings(db: Kysely<Database>): AsyncGenerator<PostingView> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("postings")
      .innerJoin("partners", "partners.id", "postings.partner_id")
      .select([
        "postings.id",
        "partners.slug",
        "postings.reference",
        "postings.url",
        "postings.status",
        "postings.offer_id",
        "postings.title",
        "postings.data",
        "postings.compliance",
        "postings.content_hash",
        "postings.first_seen_at",
        "postings.last_seen_at",
        "partners.confirmed_at",
        "postings.closed_at",
      ])
      .where("postings.id", ">", after)
      .orderBy("postings.id")
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const posting = unpackJson<NormalizedPosting>(row.data);
      yield {
        partner: row.slug,
        reference: row.reference,
        url: row.url,
        status: row.status as PostingStatus,
        offer_id: row.offer_id,
        title: row.title,
        location: locationView(posting),
        contract: { type: posting.contract.type },
        rome: { code: posting.rome.code },
        compliance: JSON.parse(row.compliance) as ComplianceView,
        content_hash: row.content_hash,
        first_seen_at: row.first_seen_at,
        // An open posting is also confirmed by its partner's last complete snapshot.
        last_seen_at:
          row.status !== "closed" && row.confirmed_at && row.confirmed_at > row.last_seen_at
            ? row.confirmed_at
            : row.last_seen_at,
        closed_at: row.closed_at,
      };
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}
