import { AppError } from "../errors.js";
import type { Store } from "./connect.js";
import type { PartnerRow } from "./database.js";
import { mappingOfPartner } from "./partner-mapping.js";
import {
  disablePartner,
  findPartner,
  getPartner,
  issuePartnerToken,
  type PartnerInput,
  upsertPartner,
} from "./partner-store.js";
import { closePostings } from "./posting-writer.js";

/** Register a new partner and give it a push token (shown once). Its feed settings must be readable. */
export const registerPartner = async (
  store: Store,
  input: PartnerInput,
  now: Date,
): Promise<{ partner: PartnerRow; token: string }> => {
  const existing = await findPartner(store.db, input.slug);
  if (existing?.enabled === 1) {
    throw new AppError("INVALID_PARAMETER", `Le partenaire « ${input.slug} » existe déjà.`, {
      details: { parameter: "slug" },
    });
  }
  // Fails with a clear message when the format or mapping cannot read a feed.
  if (input.format || input.mapping) {
    mappingOfPartner({ slug: input.slug, format: input.format ?? null, mapping: input.mapping ?? null });
  }
  const partner = await upsertPartner(store.db, input, now.toISOString());
  const token = await issuePartnerToken(store.db, partner.slug, now.toISOString());
  return { partner: await getPartner(store.db, partner.slug), token };
};

/** Stop a partner: token revoked, disabled, every open posting closed (its offers withdrawn). */
export const removePartner = async (store: Store, slug: string, now: Date): Promise<number> => {
  const partner = await getPartner(store.db, slug);
  await disablePartner(store.db, slug, now.toISOString());
  const open = await store.db
    .selectFrom("postings")
    .select(["id", "offer_id"])
    .where("partner_id", "=", partner.id)
    .where("status", "!=", "closed")
    .execute();
  await closePostings(store, open, now);
  return open.length;
};
