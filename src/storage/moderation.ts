import { fingerprint } from "../dedup/fingerprint.js";
import { AppError } from "../errors.js";
import type { NormalizedPosting } from "../offer/offer.js";
import type { ComplianceView, FindingView } from "../offer/offer-view.js";
import { applyPlacements } from "./clustering.js";
import type { Store } from "./connect.js";
import { beginClusterWrite } from "./dedup-state.js";
import { unpackJson } from "./payload.js";

/** A posting waiting for a moderator, with what the screen found. */
export interface QueueItem {
  posting_id: number;
  partner: string;
  reference: string;
  title: string;
  url: string | null;
  received_at: string;
  compliance: ComplianceView;
}

/** The moderation queue, oldest first. */
export const moderationQueue = async (
  store: Store,
  options: { partner?: string; limit?: number; offset?: number } = {},
): Promise<{ total: number; items: QueueItem[] }> => {
  const base = store.db
    .selectFrom("postings")
    .innerJoin("partners", "partners.id", "postings.partner_id")
    .where("postings.status", "=", "review")
    .$if(options.partner !== undefined, (q) => q.where("partners.slug", "=", options.partner!));
  const total = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      "postings.id",
      "partners.slug",
      "postings.reference",
      "postings.title",
      "postings.url",
      "postings.updated_at",
      "postings.compliance",
    ])
    .orderBy("postings.updated_at")
    .orderBy("postings.id")
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0)
    .execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      posting_id: r.id,
      partner: r.slug,
      reference: r.reference,
      title: r.title,
      url: r.url,
      received_at: r.updated_at,
      compliance: JSON.parse(r.compliance) as ComplianceView,
    })),
  };
};

export interface Decision {
  decision: "accept" | "reject";
  operator: string;
  reason: string;
}

/** The content a decision was taken on, kept with it (the posting may change or close later). */
export interface DecisionSnapshot {
  title: string;
  description: string;
  employer: { name: string | null; siret: string | null };
  location: string | null;
  contract_type: string | null;
  published_at: string | null;
}

/** A decision as kept for the authorities: who, when, why, on which content, judged by which rules. */
export interface KeptDecision {
  id: number;
  posting_id: number;
  decision: string;
  operator: string;
  reason: string;
  decided_at: string;
  content_hash: string;
  /** The rule set that gave the verdict the operator answered (null for decisions kept before it was stored). */
  rules_version: string | null;
  findings: FindingView[];
  snapshot: DecisionSnapshot | null;
}

const snapshotOf = (posting: NormalizedPosting): DecisionSnapshot => ({
  title: posting.title,
  description: posting.description.text,
  employer: { name: posting.employer.name, siret: posting.employer.siret },
  location: posting.location.label,
  contract_type: posting.contract.type,
  published_at: posting.publishedAt,
});

/** Find a posting by partner and reference. */
export const findPostingId = async (store: Store, partner: string, reference: string): Promise<number> => {
  const row = await store.db
    .selectFrom("postings")
    .innerJoin("partners", "partners.id", "postings.partner_id")
    .select("postings.id")
    .where("partners.slug", "=", partner)
    .where("postings.reference", "=", reference)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `Annonce introuvable : ${partner} / ${reference}.`);
  return row.id;
};

/**
 * A moderator accepts (the posting is published, deduplicated like any other) or rejects a posting
 * held for review. Every decision is kept with who, when, why and the findings it answered.
 */
export const decide = (store: Store, postingId: number, decision: Decision, now: Date) =>
  store.exclusive(async () => {
    if (decision.operator.trim() === "" || decision.reason.trim() === "") {
      throw new AppError("INVALID_PARAMETER", "Indiquez l'opérateur et le motif de la décision.");
    }
    const row = await store.db
      .selectFrom("postings")
      .innerJoin("partners", "partners.id", "postings.partner_id")
      .select([
        "postings.id",
        "postings.status",
        "postings.data",
        "postings.content_hash",
        "postings.compliance",
        "postings.reference",
        "partners.slug",
      ])
      .where("postings.id", "=", postingId)
      .executeTakeFirst();
    if (!row) throw new AppError("NOT_FOUND", `Annonce introuvable : ${postingId}.`);
    if (row.status !== "review") {
      throw new AppError(
        "INVALID_PARAMETER",
        `L'annonce n'attend pas de modération (statut : ${row.status}).`,
      );
    }
    const at = now.toISOString();
    const state = await store.dedup();
    let seq = 0;
    const posting = unpackJson<NormalizedPosting>(row.data);
    const compliance = JSON.parse(row.compliance) as ComplianceView;
    try {
      await store.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("moderation_decisions")
          .values({
            posting_id: row.id,
            content_hash: row.content_hash,
            decision: decision.decision,
            operator: decision.operator.trim(),
            reason: decision.reason.trim(),
            findings: JSON.stringify(compliance.findings),
            decided_at: at,
            rules_version: compliance.rules_version ?? null,
            snapshot: JSON.stringify(snapshotOf(posting)),
          })
          .execute();
        if (decision.decision === "reject") {
          await trx
            .updateTable("postings")
            .set({ status: "rejected", updated_at: at })
            .where("id", "=", row.id)
            .execute();
          return;
        }
        const fp = fingerprint(posting);
        await trx
          .updateTable("postings")
          .set({ status: "published", updated_at: at })
          .where("id", "=", row.id)
          .execute();
        seq = await beginClusterWrite(trx, store.dialect, state);
        await applyPlacements(
          trx,
          state,
          {
            toPlace: [{ id: row.id, partner: row.slug, reference: row.reference, fingerprint: fp }],
            previous: new Map([[row.id, null]]),
            known: new Map([[row.id, { posting, terms: null }]]),
            touched: new Set(),
            seq,
          },
          at,
        );
      });
    } catch (error) {
      state.reset();
      throw error;
    }
    state.markSynced(seq);
    store.events.emit("changes");
    return store.db
      .selectFrom("postings")
      .select(["id", "status", "offer_id"])
      .where("id", "=", row.id)
      .executeTakeFirstOrThrow();
  });

/** Every decision taken on a posting, oldest first. */
export const decisionsOf = async (store: Store, postingId: number): Promise<KeptDecision[]> => {
  const rows = await store.db
    .selectFrom("moderation_decisions")
    .selectAll()
    .where("posting_id", "=", postingId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    posting_id: r.posting_id,
    decision: r.decision,
    operator: r.operator,
    reason: r.reason,
    decided_at: r.decided_at,
    content_hash: r.content_hash,
    rules_version: r.rules_version,
    findings: JSON.parse(r.findings) as FindingView[],
    snapshot: r.snapshot === null ? null : (JSON.parse(r.snapshot) as DecisionSnapshot),
  }));
};
