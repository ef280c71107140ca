/**
 * What the admin API and the CLI share about a partner's settings: the checks (ranges, feed URL,
 * a format or mapping that can read a feed) and a change of settings that re-chooses the
 * canonical source of the partner's offers when its rank or kind moves.
 */
import { AppError } from "../errors.js";
import { refreshOffers } from "./clustering.js";
import type { Store } from "./connect.js";
import type { PartnerRow } from "./database.js";
import { mappingOfPartner } from "./partner-mapping.js";
import {
  defaultRank,
  getPartner,
  PARTNER_KINDS,
  type PartnerInput,
  type PartnerKind,
  updatePartner,
} from "./partner-store.js";

/** Cadence of scheduled pulls, in minutes: at least 5, at most a week. */
export const CADENCE_MINUTES = { min: 5, max: 10_080 } as const;
const MAX_URL_LENGTH = 2000;

const invalid = (parameter: string, message: string): AppError =>
  new AppError("INVALID_PARAMETER", message, { details: { parameter } });

const checkFeedUrl = (url: string): void => {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || !["http:", "https:"].includes(parsed.protocol) || url.length > MAX_URL_LENGTH) {
    throw invalid(
      "feed_url",
      `URL du flux invalide : « ${url} » (adresse http:// ou https:// de ${MAX_URL_LENGTH} caractères au plus attendue).`,
    );
  }
};

/** Throws INVALID_PARAMETER, in French, on the first setting out of its range. */
export const checkPartnerSettings = (settings: Partial<PartnerInput>): void => {
  const { label, kind, cadenceMinutes: cadence, rank, feedUrl } = settings;
  if (label !== undefined && (label.trim() === "" || label.length > 200)) {
    throw invalid("label", "Nom du partenaire invalide : de 1 à 200 caractères attendus.");
  }
  if (kind !== undefined && !(PARTNER_KINDS as readonly string[]).includes(kind)) {
    throw invalid("kind", `Type de partenaire invalide : « ${kind} » (${PARTNER_KINDS.join(", ")} attendu).`);
  }
  if (
    cadence !== undefined &&
    cadence !== null &&
    (!Number.isInteger(cadence) || cadence < CADENCE_MINUTES.min || cadence > CADENCE_MINUTES.max)
  ) {
    throw invalid(
      "cadence_minutes",
      `Cadence invalide : « ${cadence} » (nombre entier de minutes, de ${CADENCE_MINUTES.min} à ${CADENCE_MINUTES.max}, attendu).`,
    );
  }
  if (rank !== undefined && (!Number.isFinite(rank) || rank < 0 || rank > 1)) {
    throw invalid("rank", `Rang invalide : « ${rank} » (nombre de 0 à 1 attendu).`);
  }
  if (feedUrl !== undefined && feedUrl !== null) checkFeedUrl(feedUrl);
};

/** Fails with a clear message when the format or mapping given cannot read a feed. */
export const checkPartnerMapping = (partner: Pick<PartnerRow, "slug" | "format" | "mapping">): void => {
  if (partner.format !== null || partner.mapping !== null) mappingOfPartner(partner);
};

/**
 * The rank a change of kind brings when no rank is given: the new kind's default, but only if
 * the partner still had its old kind's default (a rank an operator chose is kept).
 */
const rankAfter = (current: PartnerRow, patch: Partial<PartnerInput>): number | undefined => {
  if (patch.rank !== undefined || patch.kind === undefined || patch.kind === current.kind) return patch.rank;
  return current.rank === defaultRank(current.kind as PartnerKind) ? defaultRank(patch.kind) : undefined;
};

/**
 * Change a partner's settings (checked as for the admin API). When its rank or kind changes, the
 * canonical source of every offer it is a source of is chosen again, in the same transaction.
 */
export const changePartner = async (
  store: Store,
  slug: string,
  patch: Partial<Omit<PartnerInput, "slug">>,
  now: Date,
): Promise<PartnerRow> => {
  checkPartnerSettings(patch);
  const current = await getPartner(store.db, slug);
  if (patch.format !== undefined || patch.mapping !== undefined) {
    checkPartnerMapping({
      slug,
      format: patch.format === undefined ? current.format : patch.format,
      mapping: patch.mapping === undefined ? current.mapping : patch.mapping,
    });
  }
  const rank = rankAfter(current, patch);
  const settings = rank === undefined ? patch : { ...patch, rank };
  const at = now.toISOString();
  const ranking =
    (settings.rank !== undefined && settings.rank !== current.rank) ||
    (settings.kind !== undefined && settings.kind !== current.kind);
  if (!ranking) return updatePartner(store.db, slug, settings, at);
  const row = await store.exclusive(() =>
    store.db.transaction().execute(async (trx) => {
      const updated = await updatePartner(trx, slug, settings, at);
      const offers = await trx
        .selectFrom("postings")
        .select("offer_id")
        .distinct()
        .where("partner_id", "=", updated.id)
        .where("status", "in", ["published", "duplicate"])
        .where("offer_id", "is not", null)
        .execute();
      await refreshOffers(trx, new Set(offers.map((o) => o.offer_id!)), new Map(), at);
      return updated;
    }),
  );
  store.events.emit("changes");
  return row;
};
