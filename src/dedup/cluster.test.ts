import { describe, expect, it } from "vitest";
import type { NormalizedPosting } from "../offer/offer.js";
import { type ClusterMatch, placePosting } from "./cluster.js";
import { compare, decide } from "./decide.js";
import { fingerprint } from "./fingerprint.js";
import type { PairScores } from "./similarity.js";
import { SALES_AD, salesPosting } from "./test-ads.js";

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
    expect(sites).toMatchObject({
      action: "new",
      reason: "sans lieu face à une offre publiée sur plusieurs sites",
      unsettled: [],
    });
  });

  describe("a job published for several sites", () => {
    const noPlace = { commune: null, city: null, postalCode: null, departement: null, lat: null, lon: null };
    const lyon = {
      commune: "69383",
      postalCode: "69003",
      city: "Lyon",
      departement: "69",
      lat: 45.76,
      lon: 4.84,
    };
    const grenoble = {
      commune: "38185",
      postalCode: "38000",
      city: "Grenoble",
      departement: "38",
      lat: 45.19,
      lon: 5.72,
    };
    const at = (partner: string, location: object, changes: Partial<NormalizedPosting> = {}) =>
      fingerprint(
        salesPosting({ partner, reference: partner, location: { ...noPlace, ...location }, ...changes }),
      );
    const matchesOf = (fp: ReturnType<typeof at>, members: Array<[string, string, ReturnType<typeof at>]>) =>
      members.map(([postingId, clusterId, m]) => ({ postingId, clusterId, comparison: compare(fp, m) }));

    it("keeps a copy without a place out of every site, even one that leads by its score", () => {
      // Grenoble's copy has a longer title and another last sentence: Lyon leads by more than the margin.
      const text = `${SALES_AD.slice(0, Math.round(SALES_AD.length * 0.93))} Poste à pourvoir dès la rentrée, en équipe de six vendeurs.`;
      const matches = matchesOf(at("c", noPlace), [
        ["l1", "L", at("l", lyon)],
        [
          "g1",
          "G",
          at("g", grenoble, {
            title: "Vendeur / Vendeuse rayon randonnée et camping (H/F)",
            description: { html: "", text },
          }),
        ],
      ]);
      const [l, g] = matches.map((m) => m.comparison);
      expect(l?.decision).toBe("duplicate");
      expect(g?.decision).toBe("duplicate");
      expect((l?.score ?? 0) - (g?.score ?? 0)).toBeGreaterThan(0.05);
      expect(placePosting(matches)).toMatchObject({ action: "new", unsettled: [] });
    });

    it("names the placeless members merged on their text alone when another site appears", () => {
      // The placeless copy came first, Lyon's joined it; Grenoble's now shows a second site.
      const matches = matchesOf(at("g", grenoble), [
        ["p1", "P", at("p", noPlace)],
        ["l1", "P", at("l", lyon)],
      ]);
      expect(matches.map((m) => m.comparison.decision)).toEqual(["duplicate", "distinct"]);
      const placement = placePosting(matches);
      expect(placement.action).toBe("new");
      expect(placement.unsettled.map((m) => m.postingId)).toEqual(["p1"]);
      // A placeless copy alone in its offer stays there; the new site does not join it.
      const alone = placePosting(
        matchesOf(at("g", grenoble), [
          ["p1", "P", at("p", noPlace)],
          ["l1", "L", at("l", lyon)],
        ]),
      );
      expect(alone).toMatchObject({ action: "new", unsettled: [] });
    });

    it("takes one partner's copies of one text, with a place and without, for two sites", () => {
      const matches = matchesOf(at("l", noPlace, { reference: "l2" }), [["l1", "L", at("l", lyon)]]);
      expect(matches[0]?.comparison.decision).toBe("duplicate");
      expect(placePosting(matches)).toMatchObject({
        action: "new",
        reason: "sans lieu face à une offre publiée sur plusieurs sites",
      });
      // The located copy arriving second: the placeless one, merged with another board's copy, leaves.
      const later = placePosting(
        matchesOf(at("l", lyon), [
          ["p1", "P", at("l", noPlace, { reference: "l2" })],
          ["p2", "P", at("b", noPlace)],
        ]),
      );
      expect(later.action).toBe("new");
      expect(later.unsettled.map((m) => m.postingId)).toEqual(["p1", "p2"]);
    });

    it("still lets a placeless copy join a job known at one site only", () => {
      const placement = placePosting(matchesOf(at("p", noPlace), [["l1", "L", at("l", lyon)]]));
      expect(placement).toMatchObject({ action: "join", clusterId: "L", unsettled: [] });
    });
  });
});
