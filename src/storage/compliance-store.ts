import type { Kysely } from "kysely";
import type { ComplianceView } from "../offer/offer-view.js";
import type { Database } from "./database.js";

/** Verdicts and findings of one batch, counted per rule, for a partner's daily scorecard. */
export interface ScreeningTally {
  screened: number;
  accepted: number;
  review: number;
  rejected: number;
  rules: Map<string, number>;
}

export const emptyTally = (): ScreeningTally => ({
  screened: 0,
  accepted: 0,
  review: 0,
  rejected: 0,
  rules: new Map(),
});

/** Count one screening in a tally. */
export const tallyScreening = (tally: ScreeningTally, result: ComplianceView): void => {
  tally.screened++;
  if (result.verdict === "accept") tally.accepted++;
  else if (result.verdict === "review") tally.review++;
  else tally.rejected++;
  for (const finding of result.findings)
    tally.rules.set(finding.rule, (tally.rules.get(finding.rule) ?? 0) + 1);
};

/** The calendar day in Paris of an instant (scorecards count by French days). */
export const parisDay = (at: Date): string =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);

/** Add a tally to the partner's counters of that day. */
export const recordScreenings = async (
  db: Kysely<Database>,
  partnerId: number,
  day: string,
  tally: ScreeningTally,
): Promise<void> => {
  if (tally.screened === 0) return;
  const { screened, accepted, review, rejected } = tally;
  await db
    .insertInto("compliance_daily")
    .values({ partner_id: partnerId, day, screened, accepted, review, rejected })
    .onConflict((oc) =>
      oc.columns(["partner_id", "day"]).doUpdateSet((eb) => ({
        screened: eb("compliance_daily.screened", "+", eb.ref("excluded.screened")),
        accepted: eb("compliance_daily.accepted", "+", eb.ref("excluded.accepted")),
        review: eb("compliance_daily.review", "+", eb.ref("excluded.review")),
        rejected: eb("compliance_daily.rejected", "+", eb.ref("excluded.rejected")),
      })),
    )
    .execute();
  for (const [rule, count] of tally.rules) {
    await db
      .insertInto("compliance_rule_daily")
      .values({ partner_id: partnerId, day, rule, count })
      .onConflict((oc) =>
        oc
          .columns(["partner_id", "day", "rule"])
          .doUpdateSet((eb) => ({ count: eb("compliance_rule_daily.count", "+", eb.ref("excluded.count")) })),
      )
      .execute();
  }
};

export interface Scorecard {
  partner: string;
  screened: number;
  accepted: number;
  review: number;
  rejected: number;
  /** Share of screened postings held for review or rejected. */
  held_or_rejected_share: number;
  rules: Array<{ rule: string; count: number; share: number }>;
  days: Array<{ day: string; screened: number; review: number; rejected: number }>;
}

/** Per-partner compliance scorecards over a range of days (inclusive). */
export const scorecards = async (
  db: Kysely<Database>,
  range: { from?: string; to?: string; partner?: string },
): Promise<Scorecard[]> => {
  const days = await db
    .selectFrom("compliance_daily")
    .innerJoin("partners", "partners.id", "compliance_daily.partner_id")
    .select(["partners.slug", "day", "screened", "accepted", "review", "rejected"])
    .$if(range.from !== undefined, (q) => q.where("day", ">=", range.from!))
    .$if(range.to !== undefined, (q) => q.where("day", "<=", range.to!))
    .$if(range.partner !== undefined, (q) => q.where("partners.slug", "=", range.partner!))
    .orderBy("partners.slug")
    .orderBy("day")
    .execute();
  const rules = await db
    .selectFrom("compliance_rule_daily")
    .innerJoin("partners", "partners.id", "compliance_rule_daily.partner_id")
    .select(["partners.slug", "rule", (eb) => eb.fn.sum<number>("count").as("count")])
    .$if(range.from !== undefined, (q) => q.where("day", ">=", range.from!))
    .$if(range.to !== undefined, (q) => q.where("day", "<=", range.to!))
    .$if(range.partner !== undefined, (q) => q.where("partners.slug", "=", range.partner!))
    .groupBy(["partners.slug", "rule"])
    .execute();
  const cards = new Map<string, Scorecard>();
  for (const d of days) {
    const card = cards.get(d.slug) ?? {
      partner: d.slug,
      screened: 0,
      accepted: 0,
      review: 0,
      rejected: 0,
      held_or_rejected_share: 0,
      rules: [],
      days: [],
    };
    card.screened += d.screened;
    card.accepted += d.accepted;
    card.review += d.review;
    card.rejected += d.rejected;
    card.days.push({ day: d.day, screened: d.screened, review: d.review, rejected: d.rejected });
    cards.set(d.slug, card);
  }
  for (const card of cards.values()) {
    card.held_or_rejected_share = card.screened === 0 ? 0 : (card.review + card.rejected) / card.screened;
    card.rules = rules
      .filter((r) => r.slug === card.partner)
      .map((r) => ({
        rule: r.rule,
        count: Number(r.count),
        share: Number(r.count) / Math.max(1, card.screened),
      }))
      .sort((a, b) => b.count - a.count);
  }
  return [...cards.values()];
};
