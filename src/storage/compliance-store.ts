import type { Kysely } from "kysely";
import type { ComplianceView } from "../offer/offer-view.js";
import type { Database } from "./database.js";

/**
 * Verdicts of one batch, and per rule the number of postings it held (a review or reject finding;
 * a rule with several findings on one posting counts once, info findings not at all), for a
 * partner's daily scorecard.
 */
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
  const holding = new Set(result.findings.filter((f) => f.severity !== "info").map((f) => f.rule));
  for (const rule of holding) tally.rules.set(rule, (tally.rules.get(rule) ?? 0) + 1);
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

export interface RuleCount {
  rule: string;
  /** Postings the rule held (review or reject) among those screened. */
  count: number;
  /** `count` / postings screened. */
  share: number;
}

export interface ScorecardDay {
  day: string;
  screened: number;
  accepted: number;
  review: number;
  rejected: number;
  held_or_rejected_share: number;
  /** The rules that held postings that day, most frequent first. */
  rules: RuleCount[];
}

export interface Scorecard {
  partner: string;
  screened: number;
  accepted: number;
  review: number;
  rejected: number;
  /** Share of screened postings held for review or rejected. */
  held_or_rejected_share: number;
  /** Over the whole range, most frequent first. */
  rules: RuleCount[];
  /** Day by day (Europe/Paris calendar days), oldest first: verdicts and rules over time. */
  days: ScorecardDay[];
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

const ruleCounts = (counts: ReadonlyMap<string, number>, screened: number): RuleCount[] =>
  [...counts]
    .map(([rule, count]) => ({ rule, count, share: share(count, screened) }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));

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
    .select(["partners.slug", "day", "rule", "count"])
    .$if(range.from !== undefined, (q) => q.where("day", ">=", range.from!))
    .$if(range.to !== undefined, (q) => q.where("day", "<=", range.to!))
    .$if(range.partner !== undefined, (q) => q.where("partners.slug", "=", range.partner!))
    .execute();
  const byDay = new Map<string, Map<string, number>>();
  for (const r of rules) {
    const key = `${r.slug}\u0000${r.day}`;
    const counts = byDay.get(key) ?? new Map<string, number>();
    counts.set(r.rule, (counts.get(r.rule) ?? 0) + Number(r.count));
    byDay.set(key, counts);
  }
  const cards = new Map<string, Scorecard & { totals: Map<string, number> }>();
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
      totals: new Map<string, number>(),
    };
    card.screened += d.screened;
    card.accepted += d.accepted;
    card.review += d.review;
    card.rejected += d.rejected;
    const dayRules = byDay.get(`${d.slug}\u0000${d.day}`) ?? new Map<string, number>();
    for (const [rule, count] of dayRules) card.totals.set(rule, (card.totals.get(rule) ?? 0) + count);
    card.days.push({
      day: d.day,
      screened: d.screened,
      accepted: d.accepted,
      review: d.review,
      rejected: d.rejected,
      held_or_rejected_share: share(d.review + d.rejected, d.screened),
      rules: ruleCounts(dayRules, d.screened),
    });
    cards.set(d.slug, card);
  }
  return [...cards.values()].map(({ totals, ...card }) => ({
    ...card,
    held_or_rejected_share: share(card.review + card.rejected, card.screened),
    rules: ruleCounts(totals, card.screened),
  }));
};
