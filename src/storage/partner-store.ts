import type { Kysely } from "kysely";
import { AppError } from "../errors.js";
import type { Database, PartnerRow } from "./database.js";

/** What registering a partner needs; the rest has defaults. */
export interface PartnerInput {
  slug: string;
  label: string;
  format?: string | null;
  mapping?: string | null;
  feedUrl?: string | null;
  cadenceMinutes?: number | null;
  rank?: number;
  employersShowName?: boolean;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Create the partner, or update its settings when it exists; returns the stored row. */
export const upsertPartner = async (
  db: Kysely<Database>,
  input: PartnerInput,
  now: string,
): Promise<PartnerRow> => {
  if (!SLUG.test(input.slug)) {
    throw new AppError(
      "INVALID_PARAMETER",
      `Identifiant de partenaire invalide : « ${input.slug} » (minuscules, chiffres et tirets).`,
    );
  }
  const values = {
    slug: input.slug,
    label: input.label,
    format: input.format ?? null,
    mapping: input.mapping ?? null,
    feed_url: input.feedUrl ?? null,
    cadence_minutes: input.cadenceMinutes ?? null,
    rank: input.rank ?? 0.5,
    employers_show_name: input.employersShowName === false ? 0 : 1,
    updated_at: now,
  };
  return db
    .insertInto("partners")
    .values({ ...values, created_at: now })
    .onConflict((oc) => oc.column("slug").doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
};

export const findPartner = (db: Kysely<Database>, slug: string): Promise<PartnerRow | undefined> =>
  db.selectFrom("partners").selectAll().where("slug", "=", slug).executeTakeFirst();

export const listPartners = (db: Kysely<Database>): Promise<PartnerRow[]> =>
  db.selectFrom("partners").selectAll().orderBy("slug").execute();
