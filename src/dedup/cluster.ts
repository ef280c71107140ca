/**
 * Incremental placement of a posting among existing offers (clusters of postings). The caller
 * compares the new posting with every member of each cluster reached by a candidate; this module
 * decides which cluster, if any, it joins. A posting joins a cluster when it is a duplicate of at
 * least one member, has no conflict (place, contract, salary, employer, title, agency, template,
 * establishment) with any member, and is not "distinct" from most members: no chaining A~B~C
 * into one offer when A and C are clearly different jobs. When two clusters qualify and neither is clearly better,
 * it joins none (precision first) and both are reported as possible duplicates.
 */
import { type Comparison, type Conflict, compare } from "./decide.js";
import { PRECISE_PLACE, STRONG_EMPLOYER } from "./thresholds.js";

export interface ClusterMatch<Id, C> {
  postingId: Id;
  clusterId: C;
  /** Comparison of the new posting with this member. */
  comparison: Comparison;
}

export type Placement<Id, C> =
  | {
      action: "join";
      clusterId: C;
      /** The strongest duplicate evidence in that cluster: store it with the merge. */
      evidence: ClusterMatch<Id, C>;
      /** Members of other clusters worth an operator's look. */
      possible: ClusterMatch<Id, C>[];
    }
  | { action: "new"; reason: string; possible: ClusterMatch<Id, C>[] };

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

const judge = <Id, C>(clusterId: C, matches: readonly ClusterMatch<Id, C>[]): Verdict<Id, C> => {
  let best: ClusterMatch<Id, C> | null = null;
  let distinct = 0;
  let vetoed = false;
  for (const m of matches) {
    const c = m.comparison;
    if (c.decision === "distinct") distinct++;
    if (c.conflicts.some((x) => VETO.has(x))) vetoed = true;
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
  const verdicts = [...byCluster].map(([id, list]) => judge(id, list));
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
    };
  }
  const possible = possibleOf(matches, undefined);
  if (qualifying.length > 1)
    return { action: "new", reason: `ambigu : doublon de ${qualifying.length} offres`, possible };
  if (verdicts.some((v) => v.best !== null && v.vetoed)) {
    return { action: "new", reason: "doublon d'un membre mais en conflit avec un autre", possible };
  }
  return {
    action: "new",
    reason: possible.length > 0 ? "doublons possibles seulement" : "aucun doublon",
    possible,
  };
};

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
