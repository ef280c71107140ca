import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { NormalizedPosting } from "../offer/offer.js";
import { type OfferSource, type OfferView, offerView } from "../offer/offer-view.js";
import { searchTerms } from "../pipeline/prepare.js";
import type { Database, NewOffer, OfferRow } from "./database.js";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A stable public id for the offer first built from a partner's posting (10 base-32 characters). */
export const offerIdFor = (partner: string, reference: string): string => {
  const digest = createHash("sha256").update(`${partner}\u0000${reference}`).digest();
  let id = "";
  for (let i = 0; i < 10; i++) id += CROCKFORD[digest[i]! % 32];
  return id;
};

/** An offer to publish: its id, its canonical posting and all its sources. */
export interface OfferDraft {
  id: string;
  postingId: number;
  posting: NormalizedPosting;
  /** The canonical posting's search terms, when already computed. */
  terms?: { title: string; body: string } | null;
  sources: OfferSource[];
}

/** The searchable columns and the stored view of an offer. */
export const offerColumns = (draft: OfferDraft, now: string): Omit<NewOffer, "created_at"> => {
  const p = draft.posting;
  const view = offerView(draft.id, p, draft.sources);
  const terms = draft.terms ?? textIndexTerms(p);
  return {
    id: draft.id,
    status: "published",
    title_terms: terms.title,
    body_terms: terms.body,
    canonical_posting_id: draft.postingId,
    title: p.title,
    employer_name: view.employer.name,
    commune: p.location.commune,
    postal_code: p.location.postalCode,
    city: p.location.city,
    departement: p.location.departement,
    region: p.location.region,
    lat: p.location.lat,
    lon: p.location.lon,
    contract_type: p.contract.type,
    rome_code: p.rome.code,
    salary_hourly: p.salary.hourlyGross,
    salary_annual: p.salary.annualGross,
    remote: p.location.remote,
    published_at: p.publishedAt ?? now,
    updated_at: now,
    removed_at: null,
    data: JSON.stringify(view),
  };
};

/** The analysed terms the search engine indexes for an offer. */
export const textIndexTerms = searchTerms;

export type ChangeKind = "created" | "updated" | "removed";

/** Append changes to the change log; each gets the next sequence number. */
export const appendChanges = async (
  db: Kysely<Database>,
  changes: ReadonlyArray<{ offerId: string; kind: ChangeKind }>,
  at: string,
): Promise<void> => {
  for (let i = 0; i < changes.length; i += 500) {
    const chunk = changes.slice(i, i + 500).map((c) => ({ offer_id: c.offerId, kind: c.kind, at }));
    await db.insertInto("changes").values(chunk).execute();
  }
};

const loadOffers = async (db: Kysely<Database>, ids: readonly string[]) => {
  const found = new Map<string, Pick<OfferRow, "num" | "status" | "data">>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("offers")
      .select(["id", "num", "status", "data"])
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
    for (const row of rows) found.set(row.id, row);
  }
  return found;
};

/** Create or update published offers and their change-log entries. */
export const publishOffers = async (
  db: Kysely<Database>,
  drafts: readonly OfferDraft[],
  now: string,
): Promise<{ created: number; updated: number }> => {
  if (drafts.length === 0) return { created: 0, updated: 0 };
  const existing = await loadOffers(
    db,
    drafts.map((d) => d.id),
  );
  const changes: Array<{ offerId: string; kind: ChangeKind }> = [];
  for (const draft of drafts) {
    const columns = offerColumns(draft, now);
    const before = existing.get(draft.id);
    if (!before) {
      await db
        .insertInto("offers")
        .values({ ...columns, created_at: now })
        .execute();
      changes.push({ offerId: draft.id, kind: "created" });
    } else {
      if (before.status === "published" && before.data === columns.data) continue;
      await db.updateTable("offers").set(columns).where("num", "=", before.num).execute();
      changes.push({ offerId: draft.id, kind: before.status === "published" ? "updated" : "created" });
    }
  }
  await appendChanges(db, changes, now);
  const created = changes.filter((c) => c.kind === "created").length;
  return { created, updated: changes.length - created };
};

/** Withdraw offers from publication (tombstones in the change log). */
export const removeOffers = async (
  db: Kysely<Database>,
  ids: readonly string[],
  now: string,
): Promise<number> => {
  const existing = await loadOffers(db, ids);
  const published = [...existing.entries()].filter(([, o]) => o.status === "published");
  if (published.length === 0) return 0;
  for (let i = 0; i < published.length; i += 500) {
    const nums = published.slice(i, i + 500).map(([, o]) => o.num);
    await db
      .updateTable("offers")
      .set({ status: "removed", removed_at: now, updated_at: now })
      .where("num", "in", nums)
      .execute();
  }
  await appendChanges(
    db,
    published.map(([id]) => ({ offerId: id, kind: "removed" as const })),
    now,
  );
  return published.length;
};

/** A published offer's public view, or undefined. */
export const findOffer = async (db: Kysely<Database>, id: string): Promise<OfferView | undefined> => {
  const row = await db
    .selectFrom("offers")
    .select("data")
    .where("id", "=", id)
    .where("status", "=", "published")
    .executeTakeFirst();
  return row ? (JSON.parse(row.data) as OfferView) : undefined;
};
