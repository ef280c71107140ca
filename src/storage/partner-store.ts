import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import { DEFAULT_SOURCE_RANKS, partnerRank, type SourceKind } from "../dedup/canonical.js";
import { AppError } from "../errors.js";
import type { Database, PartnerRow } from "./database.js";

export const PARTNER_KINDS = ["employer", "ats", "board", "aggregator", "agency"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

// A temporary-work agency publishes for client companies: not the employer's own site.
const SOURCE_KIND: Readonly<Record<PartnerKind, SourceKind>> = {
  employer: "employer",
  ats: "ats",
  board: "board",
  aggregator: "aggregator",
  agency: "board",
};

/**
 * The quality rank (0–1) of a partner of this kind when none is given, from the canonical
 * choice's source ranks: employer site 1, ATS 0.75, job board (and agency) 0.5, aggregator 0.25.
 */
export const defaultRank = (kind: PartnerKind): number =>
  partnerRank(kind, { partners: { [kind]: SOURCE_KIND[kind] } }) / DEFAULT_SOURCE_RANKS.employer;

/** A partner's settings; on creation only slug and label are required. */
export interface PartnerInput {
  slug: string;
  label: string;
  kind?: PartnerKind;
  format?: string | null;
  mapping?: string | null;
  feedUrl?: string | null;
  cadenceMinutes?: number | null;
  rank?: number;
  employersShowName?: boolean;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

const checkSlug = (slug: string): void => {
  if (!SLUG.test(slug)) {
    throw new AppError(
      "INVALID_PARAMETER",
      `Identifiant de partenaire invalide : « ${slug} » (minuscules, chiffres et tirets, 63 caractères au plus).`,
      { details: { parameter: "slug" } },
    );
  }
};

const columnsOf = (input: Partial<PartnerInput>) => ({
  ...(input.label !== undefined ? { label: input.label } : {}),
  ...(input.kind !== undefined ? { kind: input.kind } : {}),
  ...(input.format !== undefined ? { format: input.format } : {}),
  ...(input.mapping !== undefined ? { mapping: input.mapping } : {}),
  ...(input.feedUrl !== undefined ? { feed_url: input.feedUrl } : {}),
  ...(input.cadenceMinutes !== undefined ? { cadence_minutes: input.cadenceMinutes } : {}),
  ...(input.rank !== undefined ? { rank: input.rank } : {}),
  ...(input.employersShowName !== undefined ? { employers_show_name: input.employersShowName ? 1 : 0 } : {}),
});

/**
 * Create the partner, or update the given settings when it exists; returns the stored row. A new
 * partner without a rank gets the default rank of its kind.
 */
export const upsertPartner = async (
  db: Kysely<Database>,
  input: PartnerInput,
  now: string,
): Promise<PartnerRow> => {
  checkSlug(input.slug);
  const columns = { ...columnsOf(input), updated_at: now };
  return db
    .insertInto("partners")
    .values({
      rank: defaultRank(input.kind ?? "board"),
      employers_show_name: 1,
      ...columns,
      slug: input.slug,
      label: input.label,
      created_at: now,
    })
    .onConflict((oc) => oc.column("slug").doUpdateSet({ ...columns, enabled: 1 }))
    .returningAll()
    .executeTakeFirstOrThrow();
};

/** Change some settings of an existing partner. */
export const updatePartner = async (
  db: Kysely<Database>,
  slug: string,
  patch: Partial<Omit<PartnerInput, "slug">>,
  now: string,
): Promise<PartnerRow> => {
  const row = await db
    .updateTable("partners")
    .set({ ...columnsOf(patch), updated_at: now })
    .where("slug", "=", slug)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError("PARTNER_UNKNOWN", `Partenaire « ${slug} » inconnu.`, { details: { slug } });
  return row;
};

export const findPartner = (db: Kysely<Database>, slug: string): Promise<PartnerRow | undefined> =>
  db.selectFrom("partners").selectAll().where("slug", "=", slug).executeTakeFirst();

/** A registered partner, or PARTNER_UNKNOWN. */
export const getPartner = async (db: Kysely<Database>, slug: string): Promise<PartnerRow> => {
  const partner = await findPartner(db, slug);
  if (!partner)
    throw new AppError("PARTNER_UNKNOWN", `Partenaire « ${slug} » inconnu.`, { details: { slug } });
  return partner;
};

export const listPartners = (db: Kysely<Database>): Promise<PartnerRow[]> =>
  db.selectFrom("partners").selectAll().orderBy("slug").execute();

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Give the partner a new push-API token (the previous one stops working); returns it once. */
export const issuePartnerToken = async (db: Kysely<Database>, slug: string, now: string): Promise<string> => {
  const token = `emp_${randomBytes(32).toString("base64url")}`;
  const updated = await db
    .updateTable("partners")
    .set({ token_hash: sha256(token), updated_at: now })
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    throw new AppError("PARTNER_UNKNOWN", `Partenaire « ${slug} » inconnu.`);
  return token;
};

/** The enabled partner a push-API token belongs to, if any. */
export const partnerOfToken = async (
  db: Kysely<Database>,
  token: string,
): Promise<PartnerRow | undefined> => {
  if (!token.startsWith("emp_")) return undefined;
  const hash = sha256(token);
  const row = await db
    .selectFrom("partners")
    .selectAll()
    .where("token_hash", "=", hash)
    .where("enabled", "=", 1)
    .executeTakeFirst();
  // The lookup is by hash; compare again in constant time so no timing tells how much matched.
  return row?.token_hash && timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash)) ? row : undefined;
};

/** Stop a partner: disabled, its token revoked. Its postings are closed by the caller. */
export const disablePartner = async (db: Kysely<Database>, slug: string, now: string): Promise<void> => {
  await db
    .updateTable("partners")
    .set({ enabled: 0, token_hash: null, updated_at: now })
    .where("slug", "=", slug)
    .execute();
};

/** The public view of a partner's settings (never its token hash). */
export const partnerView = (p: PartnerRow) => ({
  slug: p.slug,
  label: p.label,
  kind: p.kind,
  format: p.format,
  custom_mapping: p.mapping !== null,
  feed_url: p.feed_url,
  cadence_minutes: p.cadence_minutes,
  rank: p.rank,
  employers_show_name: p.employers_show_name === 1,
  enabled: p.enabled === 1,
  has_token: p.token_hash !== null,
  created_at: p.created_at,
  updated_at: p.updated_at,
});
