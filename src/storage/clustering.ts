import type { Kysely } from "kysely";
import { chooseCanonical } from "../dedup/canonical.js";
import { type ClusterMatch, placePosting } from "../dedup/cluster.js";
import { type ComparisonJson, compare } from "../dedup/decide.js";
import type { Fingerprint } from "../dedup/fingerprint.js";
import type { NormalizedPosting } from "../offer/offer.js";
import type { OfferSource } from "../offer/offer-view.js";
import type { SearchTerms } from "../pipeline/prepare.js";
import type { Database } from "./database.js";
import { type DedupState, joinClusters, readFingerprint } from "./dedup-state.js";
import { type OfferDraft, offerIdFor, publishOffers, removeOffers } from "./offer-store.js";
import { unpackJson } from "./payload.js";

/** How a posting was placed: the offer it belongs to and, when it joined one, the evidence. */
export interface PlacementRecord {
  offer_id: string;
  joined: boolean;
  /** The member it matched, and the comparison (scores, deciding features, reason). */
  evidence?: { partner: string; reference: string; posting_id: number; comparison: ComparisonJson };
  reason?: string;
}

/** A publishable posting to place: its id, its partner's slug and reference, its fingerprint. */
export interface ToPlace {
  id: number;
  partner: string;
  reference: string;
  fingerprint: Fingerprint;
}

/** Candidate postings compared, those sharing the most keys first: beyond, matches are chance. */
const CANDIDATES = 30;

/** Why a posting left the offer it had joined on its text alone. */
const UNSETTLED = "sans lieu, détaché : l'offre est publiée sur plusieurs sites";

/** The stored fingerprints of postings (from the narrow clustering table). */
const loadFingerprints = async (db: Kysely<Database>, ids: readonly number[]) => {
  const found = new Map<number, Fingerprint>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("posting_clusters")
      .select(["posting_id", "fingerprint", "keys"])
      .where("posting_id", "in", ids.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      const fp = readFingerprint(r.fingerprint, r.keys);
      if (fp) found.set(r.posting_id, fp);
    }
  }
  return found;
};

/** Partner and reference of postings, for the evidence of the matches (few: joins only). */
const loadSources = async (db: Kysely<Database>, ids: readonly number[]) => {
  const found = new Map<number, { partner: string; reference: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("postings")
      .innerJoin("partners", "partners.id", "postings.partner_id")
      .select(["postings.id", "postings.reference", "partners.slug"])
      .where("postings.id", "in", ids.slice(i, i + 500))
      .execute();
    for (const r of rows) found.set(r.id, { partner: r.slug, reference: r.reference });
  }
  return found;
};

/** An offer id for a new cluster founded by this posting, not used by a live cluster. */
const freshOfferId = (state: DedupState, item: ToPlace): string => {
  let id = offerIdFor(item.partner, item.reference);
  for (let n = 1; state.isLive(id); n++) id = offerIdFor(item.partner, `${item.reference}#${n}`);
  return id;
};

/**
 * Place publishable postings among the offers (clusters), one after the other so that postings
 * of one batch can find each other. Returns each posting's placement, the offers it touched and
 * the possible duplicates to record. `previous` gives the offer each posting was in before.
 */
export const placePostings = async (
  db: Kysely<Database>,
  state: DedupState,
  items: readonly ToPlace[],
  previous: ReadonlyMap<number, string | null>,
) => {
  const placements = new Map<number, PlacementRecord>();
  const touched = new Set<string>();
  const possible: Array<{ posting_id: number; other_posting_id: number; score: number; evidence: string }> =
    [];
  for (const item of items) {
    const before = state.detach(item.id);
    if (before) touched.add(before);
  }
  const local = new Map(
    items.map((i) => [i.id, { fp: i.fingerprint, partner: i.partner, reference: i.reference }]),
  );
  const memberIds = new Set<number>();
  const candidatesOf = new Map<number, number[]>();
  for (const item of items) {
    const candidates = state.index.candidates(item.fingerprint, CANDIDATES);
    candidatesOf.set(item.id, candidates);
    for (const candidate of candidates) {
      const offer = state.offerOf(candidate);
      if (offer) for (const m of state.members(offer)) if (!local.has(m)) memberIds.add(m);
    }
  }
  const stored = await loadFingerprints(db, [...memberIds]);
  const fingerprintOf = (id: number) => local.get(id)?.fp ?? stored.get(id);
  const matchedStored = new Set<number>();
  /** Stored postings (not of this batch) moved to an offer of their own. */
  const settled = new Map<number, { record: PlacementRecord; fingerprint: Fingerprint }>();

  for (const item of items) {
    const matches: ClusterMatch<number, string>[] = [];
    const clusters = new Set<string>();
    // Postings of this batch placed before it are candidates too (they are in the index by now).
    for (const candidate of state.index.candidates(item.fingerprint, CANDIDATES)) {
      const offer = state.offerOf(candidate);
      if (offer) clusters.add(offer);
    }
    for (const offer of clusters) {
      for (const member of state.members(offer)) {
        const other = fingerprintOf(member);
        if (other)
          matches.push({
            postingId: member,
            clusterId: offer,
            comparison: compare(item.fingerprint, other),
          });
      }
    }
    const current = previous.get(item.id) ?? undefined;
    const placement = placePosting(matches, current ? { currentClusterId: current } : {});
    for (const m of placement.unsettled) {
      const fp = fingerprintOf(m.postingId);
      const left = state.offerOf(m.postingId);
      if (fp === undefined || left === undefined) continue;
      const source = local.get(m.postingId) ?? (await loadSources(db, [m.postingId])).get(m.postingId);
      const own = freshOfferId(state, {
        id: m.postingId,
        partner: source?.partner ?? "",
        reference: source?.reference ?? String(m.postingId),
        fingerprint: fp,
      });
      state.attach(m.postingId, own, fp.keys);
      touched.add(left);
      touched.add(own);
      const record: PlacementRecord = { offer_id: own, joined: false, reason: UNSETTLED };
      if (local.has(m.postingId)) placements.set(m.postingId, record);
      else settled.set(m.postingId, { record, fingerprint: fp });
      // Still worth an operator's look: the members it leaves, and this posting.
      for (const member of state.members(left)) {
        const other = fingerprintOf(member);
        const c = other && compare(fp, other);
        if (c && c.decision !== "distinct")
          possible.push({
            posting_id: m.postingId,
            other_posting_id: member,
            score: c.score,
            evidence: JSON.stringify(c),
          });
      }
      if (!placement.possible.includes(m)) placement.possible.push(m);
    }
    const offerId = placement.action === "join" ? placement.clusterId : freshOfferId(state, item);
    state.attach(item.id, offerId, item.fingerprint.keys);
    touched.add(offerId);
    if (placement.action === "join") {
      const matchedId = placement.evidence.postingId;
      const matched = local.get(matchedId);
      if (!matched) matchedStored.add(matchedId);
      placements.set(item.id, {
        offer_id: offerId,
        joined: true,
        evidence: {
          partner: matched?.partner ?? "",
          reference: matched?.reference ?? "",
          posting_id: matchedId,
          comparison: placement.evidence.comparison.toJSON(),
        },
      });
    } else {
      placements.set(item.id, { offer_id: offerId, joined: false, reason: placement.reason });
    }
    for (const p of placement.possible) {
      possible.push({
        posting_id: item.id,
        other_posting_id: p.postingId,
        score: p.comparison.score,
        evidence: JSON.stringify(p.comparison),
      });
    }
  }
  // The sources of the stored postings matched, read once for the batch.
  const sources = await loadSources(db, [...matchedStored]);
  for (const placement of placements.values()) {
    const source = placement.evidence && sources.get(placement.evidence.posting_id);
    if (source && placement.evidence) Object.assign(placement.evidence, source);
  }
  return { placements, touched, possible, settled };
};

/** A member of an offer as the canonical choice and the offer view need it. */
interface Member {
  terms: SearchTerms | null;
  id: number;
  partner: string;
  reference: string;
  url: string | null;
  rank: number;
  status: string;
  posting: NormalizedPosting;
  placement: PlacementRecord | null;
}

/** An offer's sources: canonical first, each with the evidence that attached it. */
const sourcesOf = (canonicalId: number, members: readonly Member[]): OfferSource[] =>
  [...members]
    .sort(
      (a, b) => Number(b.id === canonicalId) - Number(a.id === canonicalId) || b.rank - a.rank || a.id - b.id,
    )
    .map((m) => ({
      partner: m.partner,
      reference: m.reference,
      url: m.url,
      canonical: m.id === canonicalId,
      ...(m.placement?.evidence
        ? {
            match: {
              with: { partner: m.placement.evidence.partner, reference: m.placement.evidence.reference },
              score: m.placement.evidence.comparison.score,
              reason: m.placement.evidence.comparison.reason,
              features: m.placement.evidence.comparison.features,
            },
          }
        : {}),
    }));

/** A posting already in memory (this batch), with its search terms when they are computed. */
export interface KnownPosting {
  posting: NormalizedPosting;
  terms: SearchTerms | null;
}

/**
 * Rebuild the given offers from their members: the canonical posting (partner rank,
 * completeness, freshness) is `published`, the others `duplicate`; an offer without members is
 * withdrawn. `known` holds postings already in memory (this batch), to avoid parsing them again.
 */
export const refreshOffers = async (
  db: Kysely<Database>,
  offerIds: ReadonlySet<string>,
  known: ReadonlyMap<number, KnownPosting>,
  at: string,
): Promise<Map<number, "published" | "duplicate">> => {
  const ids = [...offerIds];
  const byOffer = new Map<string, Member[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("postings")
      .innerJoin("partners", "partners.id", "postings.partner_id")
      .select([
        "postings.id",
        "postings.offer_id",
        "postings.reference",
        "postings.url",
        "postings.status",
        "postings.data",
        "postings.dedup",
        "partners.slug",
        "partners.rank",
      ])
      .where("postings.offer_id", "in", ids.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      // Filtered here, not in SQL: a condition on status lets SQLite pick the status index and
      // scan every open posting instead of looking up the offers' members.
      if (r.status !== "published" && r.status !== "duplicate") continue;
      const inMemory = known.get(r.id);
      const member: Member = {
        terms: inMemory?.terms ?? null,
        id: r.id,
        partner: r.slug,
        reference: r.reference,
        url: r.url,
        rank: r.rank,
        status: r.status,
        posting: inMemory?.posting ?? unpackJson<NormalizedPosting>(r.data),
        placement: r.dedup ? (JSON.parse(r.dedup) as PlacementRecord) : null,
      };
      const list = byOffer.get(r.offer_id!) ?? [];
      list.push(member);
      byOffer.set(r.offer_id!, list);
    }
  }
  const statuses = new Map<number, "published" | "duplicate">();
  const drafts: OfferDraft[] = [];
  const gone: string[] = [];
  for (const offerId of ids) {
    const members = byOffer.get(offerId) ?? [];
    const canonicalId = chooseCanonical(
      members.map((m) => ({ id: m.id, partnerRank: m.rank, posting: m.posting })),
    );
    const canonical = members.find((m) => m.id === canonicalId);
    if (!canonical) {
      gone.push(offerId);
      continue;
    }
    for (const m of members) statuses.set(m.id, m.id === canonicalId ? "published" : "duplicate");
    drafts.push({
      id: offerId,
      postingId: canonical.id,
      posting: canonical.posting,
      terms: canonical.terms,
      sources: sourcesOf(canonical.id, members),
    });
  }
  for (const status of ["published", "duplicate"] as const) {
    const changed = [...statuses].filter(([, s]) => s === status).map(([id]) => id);
    for (let i = 0; i < changed.length; i += 500) {
      await db
        .updateTable("postings")
        .set({ status })
        .where("id", "in", changed.slice(i, i + 500))
        .where("status", "!=", status)
        .execute();
    }
  }
  await publishOffers(db, drafts, at);
  await removeOffers(db, gone, at);
  return statuses;
};

/** Record each placed posting's offer and placement evidence on its existing row. */
const storePlacements = async (db: Kysely<Database>, placements: ReadonlyMap<number, PlacementRecord>) => {
  for (const [id, placement] of placements) {
    await db
      .updateTable("postings")
      .set({ offer_id: placement.offer_id, dedup: JSON.stringify(placement) })
      .where("id", "=", id)
      .execute();
  }
};

/**
 * Place publishable postings, let the caller write their rows (each with its offer and placement
 * evidence), store the possible duplicates, and refresh every offer they joined or left
 * (`touched` may already hold offers left by other postings).
 */
export const applyPlacements = async (
  db: Kysely<Database>,
  state: DedupState,
  batch: {
    toPlace: readonly ToPlace[];
    previous: ReadonlyMap<number, string | null>;
    known: ReadonlyMap<number, KnownPosting>;
    touched: Set<string>;
    /** The change number of this write (beginClusterWrite). */
    seq: number;
  },
  at: string,
  writeRows: (placements: ReadonlyMap<number, PlacementRecord>) => Promise<void> = (placements) =>
    storePlacements(db, placements),
) => {
  const placed = await placePostings(db, state, batch.toPlace, batch.previous);
  for (const offerId of placed.touched) batch.touched.add(offerId);
  await writeRows(placed.placements);
  const settled = new Map([...placed.settled].map(([id, s]) => [id, s.record]));
  await storePlacements(db, settled);
  await joinClusters(
    db,
    [
      ...batch.toPlace.map((item) => ({
        postingId: item.id,
        offerId: placed.placements.get(item.id)!.offer_id,
        fingerprint: item.fingerprint,
      })),
      ...[...placed.settled].map(([postingId, s]) => ({
        postingId,
        offerId: s.record.offer_id,
        fingerprint: s.fingerprint,
      })),
    ],
    batch.seq,
  );
  for (const pair of placed.possible) {
    await db
      .insertInto("possible_duplicates")
      .values({ ...pair, created_at: at })
      .onConflict((oc) =>
        oc
          .columns(["posting_id", "other_posting_id"])
          .doUpdateSet({ score: pair.score, evidence: pair.evidence }),
      )
      .execute();
  }
  const statuses = await refreshOffers(db, batch.touched, batch.known, at);
  return { placements: placed.placements, statuses };
};
