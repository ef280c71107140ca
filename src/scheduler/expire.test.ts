import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testReferentials } from "../../test/helpers/app.js";
import { loadConfig } from "../config.js";
import type { Store } from "../storage/connect.js";
import type { PartnerRow } from "../storage/database.js";
import { type FeedItem, ingestSnapshot } from "../storage/snapshot.js";
import { expirePostings } from "./expire.js";
import { acceptAll, feedPartner, memoryStore, postingStatuses } from "./test-support/setup.js";

const NOW = new Date("2026-11-20T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

let store: Store;
let acme: PartnerRow;
let other: PartnerRow;

async function* items(refs: readonly string[]): AsyncIterable<FeedItem> {
  for (const reference of refs) {
    const posting = {
      reference,
      title: `Vendeur ${reference} H/F`,
      description: "Accueil des clients, vente et conseil en magasin.",
      location: { city: "Lyon", postalCode: "69003" },
    };
    yield { ok: true, posting, position: reference };
  }
}

const ingest = async (partner: PartnerRow, refs: readonly string[]) =>
  ingestSnapshot(store, partner, items(refs), ["test"], {
    referentials: await testReferentials(),
    screen: acceptAll,
    now: () => new Date(daysAgo(1)),
  });

const setPosting = (reference: string, values: { expires_at?: string | null; last_seen_at?: string }) =>
  store.db.updateTable("postings").set(values).where("reference", "=", reference).execute();

/** Pretend the partners' last complete snapshot is `days` old. */
const confirmedDaysAgo = (days: number) =>
  store.db
    .updateTable("partners")
    .set({ confirmed_at: daysAgo(days) })
    .execute();

beforeEach(async () => {
  store = await memoryStore();
  acme = await feedPartner(store, "acme", "https://acme.example/feed.xml");
  other = await feedPartner(store, "other", "https://other.example/feed.xml");
  await ingest(acme, ["A1", "A2", "A3", "A4"]);
  await ingest(other, ["O1"]);
});
afterEach(() => store.close());

describe("expirePostings", () => {
  it("closes postings past their expiry date and those unconfirmed for 6 weeks, withdrawing their offers", async () => {
    await setPosting("A1", { expires_at: daysAgo(0.01) });
    await setPosting("A2", { expires_at: daysAgo(-1) });
    await confirmedDaysAgo(45);
    await setPosting("A3", { last_seen_at: daysAgo(43) });
    await setPosting("A4", { last_seen_at: daysAgo(41) });
    expect(await expirePostings(store, NOW)).toEqual({ expired: 1, unconfirmed: 1 });
    const rows = await store.db
      .selectFrom("postings")
      .select(["reference", "status", "closed_at", "offer_id"])
      .execute();
    const closed = rows.filter((r) => r.status === "closed");
    expect(closed.map((r) => r.reference).sort()).toEqual(["A1", "A3"]);
    expect(closed.every((r) => r.closed_at === NOW.toISOString() && r.offer_id === null)).toBe(true);
    const offers = await store.db
      .selectFrom("offers")
      .select("status")
      .where("status", "=", "published")
      .execute();
    expect(offers).toHaveLength(3);
    const removed = await store.db
      .selectFrom("changes")
      .select("kind")
      .where("kind", "=", "removed")
      .execute();
    expect(removed).toHaveLength(2);
    // A second sweep finds nothing more to do.
    expect(await expirePostings(store, NOW)).toEqual({ expired: 0, unconfirmed: 0 });
  });

  it("takes the limit in days, and leaves the partners being pulled alone", async () => {
    await store.db
      .updateTable("postings")
      .set({ last_seen_at: daysAgo(10) })
      .execute();
    await confirmedDaysAgo(10);
    expect(await expirePostings(store, NOW, { maxUnconfirmedDays: 7, skipPartnerIds: [acme.id] })).toEqual({
      expired: 0,
      unconfirmed: 1,
    });
    expect(await postingStatuses(store, acme.id)).toEqual({ published: 4 });
    expect(await postingStatuses(store, other.id)).toEqual({ closed: 1 });
  });

  it("counts a partner's last complete snapshot as confirming all its open postings", async () => {
    await setPosting("A3", { last_seen_at: daysAgo(43) });
    expect(await expirePostings(store, NOW)).toEqual({ expired: 0, unconfirmed: 0 });
    await confirmedDaysAgo(43);
    expect(await expirePostings(store, NOW)).toEqual({ expired: 0, unconfirmed: 1 });
  });

  it("reads the limit from EMPLOI_UNCONFIRMED_DAYS (42 by default) and refuses nonsense", () => {
    expect(loadConfig({}).unconfirmedDays).toBe(42);
    expect(loadConfig({ EMPLOI_UNCONFIRMED_DAYS: "30" }).unconfirmedDays).toBe(30);
    expect(() => loadConfig({ EMPLOI_UNCONFIRMED_DAYS: "bientôt" })).toThrow(/EMPLOI_UNCONFIRMED_DAYS/);
  });
});
