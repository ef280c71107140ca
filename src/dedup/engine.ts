/**
 * A reference in-memory deduplicator: fingerprints, clusters and the candidate index kept
 * together, applying placePosting for every new or edited posting. The database-backed clustering
 * follows the same steps with state in tables; this class serves tests, benchmarks and as the
 * cache that is rebuilt from stored fingerprints.
 */
import { CandidateIndex } from "./candidate-index.js";
import { type ClusterMatch, type Placement, placePosting } from "./cluster.js";
import { compare, DEFAULT_THRESHOLDS, type Thresholds } from "./decide.js";
import type { Fingerprint } from "./fingerprint.js";

export interface EngineOptions {
  thresholds?: Thresholds;
  /** Candidates looked at per posting. Default 200. */
  maxCandidates?: number;
  /** See CandidateIndexOptions. */
  maxPerKey?: number;
}

export class DedupEngine<Id> {
  private readonly fingerprints = new Map<Id, Fingerprint>();
  private readonly clusterIds = new Map<Id, Id>();
  private readonly clusters = new Map<Id, Set<Id>>();
  private readonly index: CandidateIndex<Id>;
  private readonly thresholds: Thresholds;
  private readonly maxCandidates: number;

  constructor(options: EngineOptions = {}) {
    this.index = new CandidateIndex<Id>({ maxPerKey: options.maxPerKey ?? 500 });
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.maxCandidates = options.maxCandidates ?? 200;
  }

  /** The comparisons of a fingerprint with every member of each cluster reached by a candidate. */
  matches(id: Id, fp: Fingerprint): ClusterMatch<Id, Id>[] {
    const seen = new Set<Id>();
    const out: ClusterMatch<Id, Id>[] = [];
    for (const candidate of this.index.candidates(fp, this.maxCandidates)) {
      const clusterId = this.clusterIds.get(candidate);
      if (clusterId === undefined || seen.has(clusterId)) continue;
      seen.add(clusterId);
      for (const member of this.clusters.get(clusterId) ?? []) {
        const other = this.fingerprints.get(member);
        if (member === id || other === undefined) continue;
        out.push({ postingId: member, clusterId, comparison: compare(fp, other, this.thresholds) });
      }
    }
    return out;
  }

  /** Place a new or edited posting; an edited posting may stay, move or leave its cluster. */
  upsert(id: Id, fp: Fingerprint): Placement<Id, Id> {
    const current = this.clusterIds.get(id);
    this.detach(id);
    const placement = placePosting(
      this.matches(id, fp),
      current === undefined ? {} : { currentClusterId: current },
    );
    for (const m of placement.unsettled) this.settleApart(m.postingId);
    const clusterId = placement.action === "join" ? placement.clusterId : id;
    this.fingerprints.set(id, fp);
    this.put(id, clusterId);
    this.index.add(id, fp);
    return placement;
  }

  /**
   * Take a member out of its cluster into a cluster of its own (the cluster it founded keeps
   * its other members under the id of one of them).
   */
  private settleApart(id: Id): void {
    const clusterId = this.clusterIds.get(id);
    if (clusterId === undefined) return;
    this.detach(id);
    const rest = this.clusters.get(clusterId);
    if (clusterId === id && rest !== undefined) {
      const [heir] = rest;
      this.clusters.delete(clusterId);
      for (const member of rest) this.put(member, heir as Id);
    }
    this.put(id, id);
  }

  private put(id: Id, clusterId: Id): void {
    this.clusterIds.set(id, clusterId);
    const members = this.clusters.get(clusterId);
    if (members === undefined) this.clusters.set(clusterId, new Set([id]));
    else members.add(id);
  }

  /** Forget a closed posting; its offer lives on while another member remains. */
  remove(id: Id): void {
    this.detach(id);
    this.fingerprints.delete(id);
    this.index.remove(id);
  }

  clusterOf(id: Id): Id | undefined {
    return this.clusterIds.get(id);
  }

  members(clusterId: Id): Id[] {
    return [...(this.clusters.get(clusterId) ?? [])];
  }

  /** Every cluster as [cluster id, member ids]. */
  allClusters(): Array<[Id, Id[]]> {
    return [...this.clusters].map(([id, members]) => [id, [...members]]);
  }

  private detach(id: Id): void {
    const clusterId = this.clusterIds.get(id);
    if (clusterId === undefined) return;
    this.clusterIds.delete(id);
    const members = this.clusters.get(clusterId);
    members?.delete(id);
    if (members !== undefined && members.size === 0) this.clusters.delete(clusterId);
  }
}
