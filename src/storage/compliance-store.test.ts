import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComplianceView, FindingView } from "../offer/offer-view.js";
import { emptyTally, recordScreenings, scorecards, tallyScreening } from "./compliance-store.js";
import { openStore, type Store } from "./connect.js";
import { upsertPartner } from "./partner-store.js";

const finding = (rule: string, severity: FindingView["severity"], excerpt = rule): FindingView => ({
  rule,
  article: "C. trav. L1132-1",
  severity,
  excerpt,
  explanation: "…",
  suggestion: "…",
});
const view = (verdict: ComplianceView["verdict"], findings: FindingView[]): ComplianceView => ({
  verdict,
  findings,
});

describe("compliance scorecards", () => {
  let store: Store;
  let partnerId: number;

  beforeAll(async () => {
    store = await openStore("sqlite::memory:");
    partnerId = (await upsertPartner(store.db, { slug: "acme", label: "Acme" }, "2026-03-01T00:00:00Z")).id;
    const monday = emptyTally();
    // One posting, three age findings and an info note: one posting held by age-limit, no info rule.
    tallyScreening(
      monday,
      view("reject", [
        finding("age-limit", "reject", "moins de 30 ans"),
        finding("age-limit", "reject", "25 à 35 ans"),
        finding("age-limit", "reject", "40 ans max"),
        finding("age-wording-note", "info"),
      ]),
    );
    tallyScreening(monday, view("review", [finding("sex-title-feminine", "review")]));
    tallyScreening(monday, view("accept", [finding("age-wording-note", "info")]));
    tallyScreening(monday, view("accept", []));
    await recordScreenings(store.db, partnerId, "2026-03-02", monday);
    const tuesday = emptyTally();
    tallyScreening(
      tuesday,
      view("reject", [finding("age-limit", "reject"), finding("fee-payment", "reject")]),
    );
    tallyScreening(tuesday, view("accept", []));
    await recordScreenings(store.db, partnerId, "2026-03-03", tuesday);
    // A second batch the same day adds to its counters.
    const later = emptyTally();
    tallyScreening(later, view("review", [finding("sex-title-feminine", "review")]));
    await recordScreenings(store.db, partnerId, "2026-03-03", later);
  });
  afterAll(() => store.close());

  it("counts postings per rule, not findings, and leaves info findings out", async () => {
    const [card] = await scorecards(store.db, { partner: "acme" });
    expect(card).toMatchObject({ partner: "acme", screened: 7, accepted: 3, review: 2, rejected: 2 });
    expect(card?.held_or_rejected_share).toBeCloseTo(4 / 7);
    expect(card?.rules).toEqual([
      { rule: "age-limit", count: 2, share: 2 / 7 },
      { rule: "sex-title-feminine", count: 2, share: 2 / 7 },
      { rule: "fee-payment", count: 1, share: 1 / 7 },
    ]);
  });

  it("breaks the verdicts and the rules down by day", async () => {
    const [card] = await scorecards(store.db, { partner: "acme" });
    expect(card?.days).toEqual([
      {
        day: "2026-03-02",
        screened: 4,
        accepted: 2,
        review: 1,
        rejected: 1,
        held_or_rejected_share: 0.5,
        rules: [
          { rule: "age-limit", count: 1, share: 0.25 },
          { rule: "sex-title-feminine", count: 1, share: 0.25 },
        ],
      },
      {
        day: "2026-03-03",
        screened: 3,
        accepted: 1,
        review: 1,
        rejected: 1,
        held_or_rejected_share: 2 / 3,
        rules: [
          { rule: "age-limit", count: 1, share: 1 / 3 },
          { rule: "fee-payment", count: 1, share: 1 / 3 },
          { rule: "sex-title-feminine", count: 1, share: 1 / 3 },
        ],
      },
    ]);
  });

  it("limits the range to the days asked", async () => {
    const [card] = await scorecards(store.db, { partner: "acme", from: "2026-03-03", to: "2026-03-03" });
    expect(card).toMatchObject({ screened: 3, days: [expect.objectContaining({ day: "2026-03-03" })] });
    expect(card?.rules.map((r) => r.rule)).toEqual(["age-limit", "fee-payment", "sex-title-feminine"]);
    expect(await scorecards(store.db, { partner: "nobody" })).toEqual([]);
  });
});
