/** Builders shared by the scheduler's tests: an in-memory store and partners with a feed URL. */
import type { ComplianceView } from "../../offer/offer-view.js";
import { openStore, type Store } from "../../storage/connect.js";
import type { PartnerRow } from "../../storage/database.js";
import { upsertPartner } from "../../storage/partner-store.js";
import type { ScreenStage } from "../../storage/posting-writer.js";

export const acceptAll: ScreenStage = (): ComplianceView => ({ verdict: "accept", findings: [] });

export const memoryStore = (): Promise<Store> => openStore("sqlite::memory:");

/** Register an indeed-xml partner pulled from `url` every `cadenceMinutes`. */
export const feedPartner = (
  store: Store,
  slug: string,
  url: string,
  cadenceMinutes = 15,
): Promise<PartnerRow> =>
  upsertPartner(
    store.db,
    { slug, label: slug, format: "indeed-xml", feedUrl: url, cadenceMinutes },
    "2026-11-01T00:00:00.000Z",
  );

/** A clock tests move by hand. */
export const manualClock = (start: string) => {
  let now = new Date(start);
  return {
    now: () => now,
    advance: (minutes: number) => {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  };
};

/** Count a partner's postings by status. */
export const postingStatuses = async (store: Store, partnerId: number): Promise<Record<string, number>> => {
  const rows = await store.db
    .selectFrom("postings")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("partner_id", "=", partnerId)
    .groupBy("status")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
};
