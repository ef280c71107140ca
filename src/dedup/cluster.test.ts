import { describe, expect, it } from "vitest";
import { type ClusterMatch, placePosting } from "./cluster.js";
import { compare, decide } from "./decide.js";
import { fingerprint } from "./fingerprint.js";
import type { PairScores } from "./similarity.js";
import { salesPosting } from "./test-ads.js";

const scores = (overrides: Partial<PairScores> = {}, overlap = 1): PairScores => ({
  samePartner: false,
  title: 1,
  titleWordsDiffer: false,
  text: {
    jaccard: overlap,
    overlap,
    sizes: [200, 200],
    identical: false,
    specific: null,
    specificBoth: false,
  },
  employer: "siret",
  agency: false,
  establishment: "same",
  place: "same_commune",
  distanceKm: 0,
  contract: "same",
  salary: "unknown",
  rome: "same",
  dayGap: 3,
  ...overrides,
});
const duplicate = (overlap = 0.95) => decide(scores({}, overlap));
const possible = () => decide(scores({}, 0.52));
const distinct = () => decide(scores({}, 0.1));
const otherPlace = () => decide(scores({ place: "different" }));
const match = (
  postingId: string,
  clusterId: string,
  comparison = duplicate(),
): ClusterMatch<string, string> => ({
  postingId,
  clusterId,
  comparison,
});

describe("placePosting", () => {
  it("starts a new offer when nothing is a duplicate", () => {
    expect(placePosting([])).toMatchObject({ action: "new", reason: "aucun doublon", possible: [] });
    const p = placePosting([match("a", "A", possible()), match("b", "B", distinct())]);
    expect(p).toMatchObject({ action: "new", reason: "doublons possibles seulement" });
    expect(p.possible.map((m) => m.postingId)).toEqual(["a"]);
  });

  it("joins the cluster of a duplicate and keeps the evidence", () => {
    const p = placePosting([match("a", "A", possible()), match("b", "A")]);
    expect(p).toMatchObject({ action: "join", clusterId: "A", evidence: { postingId: "b" } });
  });

  it("does not chain: a conflict with any member vetoes the cluster", () => {
    const p = placePosting([match("a", "A"), match("b", "A", otherPlace())]);
    expect(p).toMatchObject({ action: "new", reason: "doublon d'un membre mais en conflit avec un autre" });
  });

  it("needs most compared members not to be distinct", () => {
    expect(
      placePosting([match("a", "A"), match("b", "A", distinct()), match("c", "A", distinct())]).action,
    ).toBe("new");
    expect(placePosting([match("a", "A"), match("b", "A", distinct())]).action).toBe("join");
  });

  it("chooses a clearly better cluster, and none when two are alike for a coarse posting", () => {
    const clear = placePosting([match("a", "A", duplicate(0.99)), match("b", "B", duplicate(0.82))]);
    expect(clear).toMatchObject({ action: "join", clusterId: "A" });
    expect(clear.possible.map((m) => m.postingId)).toEqual(["b"]);
    // A posting without a place, like two sites of a multi-location job.
    const coarse = () => decide(scores({ place: "unknown" }, 0.95));
    const tie = placePosting([match("a", "A", coarse()), match("b", "B", coarse())]);
    expect(tie).toMatchObject({ action: "new", reason: "ambigu : doublon de 2 offres" });
    expect(tie.possible).toHaveLength(2);
  });

  it("takes the better of two clusters pinned to the posting's commune and employer", () => {
    // Two pieces of one vacancy that arrived apart: not two sites.
    const p = placePosting([match("a", "A", duplicate(0.95)), match("b", "B", duplicate(0.97))]);
    expect(p).toMatchObject({ action: "join", clusterId: "B" });
  });

  it("keeps an edited posting in its cluster while it still qualifies", () => {
    const matches = [match("a", "A", duplicate(0.85)), match("b", "B", duplicate(0.99))];
    expect(placePosting(matches, { currentClusterId: "A" })).toMatchObject({
      action: "join",
      clusterId: "A",
    });
    const left = placePosting([match("a", "A", distinct())], { currentClusterId: "A" });
    expect(left.action).toBe("new");
  });

  it("joins the better of two clusters whose members agree with each other, not two sites", () => {
    const noPlace = { commune: null, city: null, postalCode: null, departement: null, lat: null, lon: null };
    const posting = (partner: string, location = {}) =>
      fingerprint(salesPosting({ partner, reference: partner, location: { ...noPlace, ...location } }));
    const comparisonsOf = (
      fp: ReturnType<typeof posting>,
      members: Array<[string, ReturnType<typeof posting>]>,
    ) =>
      members.map(([cluster, m]) => ({
        postingId: `${cluster}1`,
        clusterId: cluster,
        comparison: compare(fp, m),
      }));
    // Two pieces of one vacancy, both without a place.
    const pieces = placePosting(
      comparisonsOf(posting("c"), [
        ["A", posting("a")],
        ["B", posting("b")],
      ]),
    );
    expect(pieces.action).toBe("join");
    // One text published for two towns (a multi-location job): the posting without a place stays apart.
    const sites = placePosting(
      comparisonsOf(posting("c"), [
        ["A", posting("a", { commune: "69383", departement: "69", lat: 45.76, lon: 4.84 })],
        ["B", posting("b", { commune: "38185", departement: "38", lat: 45.19, lon: 5.72 })],
      ]),
    );
    expect(sites).toMatchObject({ action: "new", reason: "ambigu : doublon de 2 offres" });
  });
});
