/**
 * Evaluation of the screen on a labelled corpus: precision and recall per rule family, recall on
 * unlawful items, share of lawful near-misses held. Pure: the corpus is read by the caller.
 */
import { RULES } from "./rules.js";
import { type ScreenTextInput, screenText } from "./screen.js";
import {
  type ComplianceResult,
  RULE_FAMILIES,
  type RuleFamily,
  type ScreenContext,
  type Verdict,
} from "./types.js";

/** One labelled snippet or offer. `info` expects an accepted offer with an information finding. */
export interface CorpusItem {
  id: string;
  family: RuleFamily;
  expect: Verdict | "info";
  title?: string;
  text: string;
  /** Rules of which at least one should fire (unlawful items). */
  rules?: string[];
  fields?: Omit<ScreenTextInput, "title" | "text">;
  ctx?: Partial<Omit<ScreenContext, "now">>;
  note?: string;
}

/** The date the corpus is screened at (pay floors, future dates). */
export const CORPUS_NOW = new Date("2026-03-01T12:00:00Z");

export const screenItem = (item: CorpusItem): ComplianceResult =>
  screenText(
    { title: item.title ?? "", text: item.text, ...item.fields },
    { now: CORPUS_NOW, employerKnown: true, ...item.ctx },
  );

export interface FamilyScore {
  family: RuleFamily;
  unlawful: number;
  /** Unlawful items of the family held with a finding of the family. */
  detected: number;
  lawful: number;
  /** Lawful items of the family held (verdict other than accept). */
  held: number;
  /** Lawful items of any family held by a rule of this family. */
  falseAlarms: number;
  precision: number;
  recall: number;
}

export interface ItemOutcome {
  id: string;
  expect: CorpusItem["expect"];
  verdict: Verdict;
  rules: string[];
}

export interface EvaluationReport {
  items: number;
  unlawful: number;
  lawful: number;
  /** Unlawful items whose verdict is not accept. */
  recall: number;
  /** Lawful items whose verdict is not accept. */
  heldShare: number;
  /** Items whose verdict is exactly the expected one (info counts as accept). */
  exactShare: number;
  families: FamilyScore[];
  missed: ItemOutcome[];
  held: ItemOutcome[];
  /** Unlawful items held, but by none of the expected rules. */
  wrongRule: ItemOutcome[];
}

const FAMILY_OF = new Map(RULES.map((rule) => [rule.id, rule.family]));
const isUnlawful = (item: CorpusItem): boolean => item.expect === "reject" || item.expect === "review";
const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/** Screen every item and score the results. */
export const evaluateCorpus = (items: readonly CorpusItem[]): EvaluationReport => {
  const outcomes = items.map((item) => {
    const result = screenItem(item);
    const holding = result.findings.filter((f) => f.severity !== "info").map((f) => f.rule);
    return { item, result, holding };
  });
  const families = RULE_FAMILIES.map((family): FamilyScore => {
    const own = outcomes.filter((o) => o.item.family === family);
    const unlawful = own.filter((o) => isUnlawful(o.item));
    const detected = unlawful.filter((o) => o.holding.some((rule) => FAMILY_OF.get(rule) === family)).length;
    const lawful = own.filter((o) => !isUnlawful(o.item));
    const falseAlarms = outcomes.filter(
      (o) => !isUnlawful(o.item) && o.holding.some((rule) => FAMILY_OF.get(rule) === family),
    ).length;
    return {
      family,
      unlawful: unlawful.length,
      detected,
      lawful: lawful.length,
      held: lawful.filter((o) => o.result.verdict !== "accept").length,
      falseAlarms,
      precision: ratio(detected, detected + falseAlarms),
      recall: ratio(detected, unlawful.length),
    };
  });
  const outcome = (o: (typeof outcomes)[number]): ItemOutcome => ({
    id: o.item.id,
    expect: o.item.expect,
    verdict: o.result.verdict,
    rules: o.result.findings.map((f) => f.rule),
  });
  const unlawful = outcomes.filter((o) => isUnlawful(o.item));
  const lawful = outcomes.filter((o) => !isUnlawful(o.item));
  const expected = (o: (typeof outcomes)[number]) => (o.item.expect === "info" ? "accept" : o.item.expect);
  return {
    items: items.length,
    unlawful: unlawful.length,
    lawful: lawful.length,
    recall: ratio(unlawful.filter((o) => o.result.verdict !== "accept").length, unlawful.length),
    heldShare: 1 - ratio(lawful.filter((o) => o.result.verdict === "accept").length, lawful.length),
    exactShare: ratio(outcomes.filter((o) => o.result.verdict === expected(o)).length, outcomes.length),
    families,
    missed: unlawful.filter((o) => o.result.verdict === "accept").map(outcome),
    held: lawful.filter((o) => o.result.verdict !== "accept").map(outcome),
    wrongRule: unlawful
      .filter((o) => o.result.verdict !== "accept" && o.item.rules !== undefined)
      .filter((o) => !o.item.rules?.some((rule) => o.holding.includes(rule)))
      .map(outcome),
  };
};
