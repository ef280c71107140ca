/**
 * Incremental placement of a posting among existing offers (clusters of postings). The caller
 * compares the new posting with every member of each cluster reached by a candidate; this module
 * decides which cluster, if any, it joins. A posting joins a cluster when it is a duplicate of at
 * least one member, has no conflict (place, contract, salary, employer, title, agency, template,
 * establishment) with any member, and is not "distinct" from most members: no chaining A~B~C
 * into one offer when A and C are clearly different jobs. When two clusters qualify and neither is clearly better,
 * it joins none (precision first) and both are reported as possible duplicates.
 *
 * A job published for several sites (same employer, title, contract, pay and text in other
 * communes) makes a copy without any place ambiguous: it matches every site on its text alone.
 * When the comparisons show such sites, no posting joins a cluster on a placeless match, and the
 * placeless members merged earlier on their text alone are named to leave their clusters
 * (`unsettled`): the caller moves each to an offer of its own, a possible duplicate of the others.
 */
import { type Comparison, type Conflict, compare, decide } from "./decide.js";
import type { Fingerprint } from "./fingerprint.js";
import { comparePlaces } from "./place.js";
import { PRECISE_PLACE, STRONG_EMPLOYER } from "./thresholds.js";

export interface ClusterMatch<Id, C> {
  postingId: Id;
  clusterId: C;
  /** Comparison of the new posting with this member. */
  comparison: Comparison;
}

export type Placement<Id, C> = (
  | {
      action: "join";
      clusterId: C;
      /** The strongest duplicate evidence in that cluster: store it with the merge. */
      evidence: ClusterMatch<Id, C>;
      /** Members of other clusters worth an operator's look. */
      possible: ClusterMatch<Id, C>[];
    }
  | { action: "new"; reason: string; possible: ClusterMatch<Id, C>[] }
) & {
  /**
   * Members without any place, merged with others on their text alone, that this posting shows
   * to fit another site of the same job as well: they must leave their clusters, each for an
   * offer of its own (their comparison with this posting is a possible duplicate to record).
   */
  unsettled: ClusterMatch<Id, C>[];
};

export interface PlacementOptions<C> {
  /** The cluster the posting is in (re-placement after an edit): it stays there while it qualifies. */
  currentClusterId?: C;
  /** Score lead needed to choose between two qualifying clusters. Default 0.05. */
  margin?: number;
}

const VETO: ReadonlySet<Conflict> = new Set([
  "place",
  "contract",
  "salary",
  "employer",
  "title",
  "agency",
  "template",
  "establishment",
]);

interface Verdict<Id, C> {
  clusterId: C;
  best: ClusterMatch<Id, C> | null;
  qualifies: boolean;
  vetoed: boolean;
}

/**
 * The verdict on one cluster. With `sited` (the job has several sites), a duplicate counts as
 * evidence only when it places both postings: a match on the text alone fits every site.
 */
const judge = <Id, C>(
  clusterId: C,
  matches: readonly ClusterMatch<Id, C>[],
  sited: boolean,
): Verdict<Id, C> => {
  let best: ClusterMatch<Id, C> | null = null;
  let distinct = 0;
  let vetoed = false;
  for (const m of matches) {
    const c = m.comparison;
    if (c.decision === "distinct") distinct++;
    if (c.conflicts.some((x) => VETO.has(x))) vetoed = true;
    if (sited && c.scores.place === "unknown") continue;
    if (c.decision === "duplicate" && (best === null || c.score > best.comparison.score)) best = m;
  }
  const qualifies = best !== null && !vetoed && distinct * 2 <= matches.length;
  return { clusterId, best, qualifies, vetoed };
};

const possibleOf = <Id, C>(
  matches: readonly ClusterMatch<Id, C>[],
  except: C | undefined,
): ClusterMatch<Id, C>[] =>
  matches.filter((m) => m.clusterId !== except && m.comparison.decision !== "distinct");

/** Where a new (or edited) posting goes, given its comparisons with members of candidate clusters. */
export const placePosting = <Id, C>(
  matches: readonly ClusterMatch<Id, C>[],
  options: PlacementOptions<C> = {},
): Placement<Id, C> => {
  const byCluster = new Map<C, ClusterMatch<Id, C>[]>();
  for (const m of matches) {
    const list = byCluster.get(m.clusterId);
    if (list === undefined) byCluster.set(m.clusterId, [m]);
    else list.push(m);
  }
  const sited = severalSites(matches);
  const unsettled = sited ? unsettledOf(matches, byCluster) : [];
  const verdicts = [...byCluster].map(([id, list]) => judge(id, list, sited));
  const qualifying = verdicts
    .filter((v) => v.qualifies)
    .sort((x, y) => (y.best?.comparison.score ?? 0) - (x.best?.comparison.score ?? 0));
  const current = qualifying.find((v) => v.clusterId === options.currentClusterId);
  const [first, second] = qualifying;
  const chosen =
    current ??
    (first !== undefined && (second === undefined || clearLead(first, second, options.margin))
      ? first
      : null);
  if (chosen?.best != null) {
    return {
      action: "join",
      clusterId: chosen.clusterId,
      evidence: chosen.best,
      possible: possibleOf(matches, chosen.clusterId),
      unsettled,
    };
  }
  const possible = possibleOf(matches, undefined);
  if (qualifying.length > 1)
    return { action: "new", reason: `ambigu : doublon de ${qualifying.length} offres`, possible, unsettled };
  if (verdicts.some((v) => v.best !== null && v.vetoed)) {
    return {
      action: "new",
      reason: "doublon d'un membre mais en conflit avec un autre",
      possible,
      unsettled,
    };
  }
  if (sited && matches.some((m) => m.comparison.decision === "duplicate"))
    return {
      action: "new",
      reason: "sans lieu face à une offre publiée sur plusieurs sites",
      possible,
      unsettled,
    };
  return {
    action: "new",
    reason: possible.length > 0 ? "doublons possibles seulement" : "aucun doublon",
    possible,
    unsettled,
  };
};

/** Conflicts that only say "another establishment": another commune, or another SIRET. */
const SITE: ReadonlySet<Conflict> = new Set(["place", "establishment"]);

/**
 * Another site of the same job: the place (or the establishment's SIRET) is the only conflict,
 * and without it the pair would be a duplicate, as a copy giving no place is to both sites.
 */
export const otherSite = (c: Comparison): boolean =>
  c.conflicts.length > 0 &&
  c.conflicts.every((x) => SITE.has(x)) &&
  decide({ ...c.scores, place: "unknown", distanceKm: null, establishment: "unknown" }).decision ===
    "duplicate";

/** A fingerprint without any place: no commune, postal code, city or département. */
export const placeless = (fp: Fingerprint): boolean =>
  fp.place.commune === null &&
  fp.place.postalCode === null &&
  fp.place.cityName === null &&
  fp.place.departement === null;

/**
 * The comparisons show the job at several sites: a member is another site of the posting; or
 * the posting (giving no place) matches on its text alone members in two different places; or
 * one partner lists the text once with a place and once without (one partner does not list one
 * vacancy twice with and without its place: the placeless one is another site, or a remote post).
 */
const severalSites = <Id, C>(matches: readonly ClusterMatch<Id, C>[]): boolean => {
  const places: Fingerprint["place"][] = [];
  for (const m of matches) {
    const c = m.comparison;
    if (c.conflicts.some((x) => SITE.has(x))) {
      if (otherSite(c)) return true;
      continue;
    }
    const [posting, member] = c.pair ?? [];
    if (c.decision !== "duplicate" || c.scores.place !== "unknown") continue;
    if (posting === undefined || member === undefined) continue;
    // One partner listing one text with a place and again without one: two vacancies, two sites.
    if (c.scores.samePartner && placeless(member) !== placeless(posting)) return true;
    if (placeless(member)) continue;
    if (places.some((p) => comparePlaces(p, member.place) === "different")) return true;
    places.push(member.place);
  }
  return false;
};

/**
 * Members without any place that match the posting on their text alone (a duplicate, or another
 * site by its SIRET) and share their cluster with other members: with several sites known,
 * nothing says which one they are.
 */
const unsettledOf = <Id, C>(
  matches: readonly ClusterMatch<Id, C>[],
  byCluster: ReadonlyMap<C, ClusterMatch<Id, C>[]>,
): ClusterMatch<Id, C>[] =>
  matches.filter((m) => {
    const member = m.comparison.pair?.[1];
    return (
      (m.comparison.decision === "duplicate" || otherSite(m.comparison)) &&
      member !== undefined &&
      placeless(member) &&
      (byCluster.get(m.clusterId)?.length ?? 0) > 1
    );
  });

/** The match places both postings in one commune of one employer (by registry id or name). */
const pinned = <Id, C>(m: ClusterMatch<Id, C> | null): boolean =>
  m !== null &&
  PRECISE_PLACE.has(m.comparison.scores.place) &&
  (STRONG_EMPLOYER.has(m.comparison.scores.employer) || m.comparison.scores.employer === "variant");

/** The two clusters' best members agree with each other: no conflict, not distinct. */
const compatible = <Id, C>(x: ClusterMatch<Id, C> | null, y: ClusterMatch<Id, C> | null): boolean => {
  const a = x?.comparison.pair?.[1];
  const b = y?.comparison.pair?.[1];
  if (a === undefined || b === undefined) return false;
  const c = compare(a, b);
  return c.decision !== "distinct" && c.conflicts.length === 0;
};

/**
 * Whether the first cluster leads the second enough to be chosen. Two clusters whose members
 * agree with each other (or that the posting pins both to its own commune and employer) are not
 * the sites of a multi-location job but pieces of one vacancy that arrived apart (a copy whose
 * title or text fell short of the other piece): the better one is taken. Otherwise the lead must
 * be clear.
 */
const clearLead = <Id, C>(first: Verdict<Id, C>, second: Verdict<Id, C>, margin = 0.05): boolean => {
  const lead = (first.best?.comparison.score ?? 0) - (second.best?.comparison.score ?? 0);
  if (lead >= margin) return true;
  return (pinned(first.best) && pinned(second.best)) || compatible(first.best, second.best);
};
