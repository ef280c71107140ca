/**
 * Helpers to declare rules. Most rules are a lexicon of phrases (tried only where their anchor words
 * occur) plus an exemption: a legal context that makes the phrases lawful, such as apprenticeship
 * for age limits.
 */
import { hasAnyWord } from "../doc.js";
import { compilePhrases, compileSource, docHas, findPhrases, mayMatch, type PhraseSpec } from "../phrases.js";
import type { Hit, Rule, RuleInput } from "../types.js";

export type RuleMeta = Omit<Rule, "detect">;

export interface PhraseRuleOptions {
  /** Folded words of which at least one must occur for the rule to run (a cheap prefilter). */
  triggers?: readonly string[];
  /**
   * The rule does not apply to this input (a legal exemption, a non-salaried contract…). Tested only
   * when a phrase matched, since it usually scans the whole text.
   */
  skip?: (input: RuleInput) => boolean;
  /** A cheap regex (folded text) that must occur for the rule to run. */
  gate?: RegExp;
}

export const NO_HITS: readonly Hit[] = Object.freeze([]);

/** A rule that reports where any of its phrases occurs. */
export const phraseRule = (
  meta: RuleMeta,
  specs: readonly PhraseSpec[],
  options: PhraseRuleOptions = {},
): Rule => {
  const phrases = compilePhrases(specs);
  const { triggers, skip, gate } = options;
  return {
    ...meta,
    detect: (input) => {
      if (triggers !== undefined && !hasAnyWord(input.doc, triggers)) return NO_HITS;
      if (!phrases.some((p) => mayMatch(input.doc, p))) return NO_HITS;
      if (gate !== undefined && !gate.test(input.doc.folded)) return NO_HITS;
      const hits = findPhrases(input.doc, phrases);
      return hits.length > 0 && skip?.(input) ? NO_HITS : hits;
    },
  };
};

/**
 * Two rules over the same phrases, told apart by a context (an employer whose ethos may justify a
 * condition, a legal scheme…): `whenFalse` reports the hits outside the context, `whenTrue` inside.
 * The phrases run once per screened posting.
 */
export const phraseRulePair = (
  specs: readonly PhraseSpec[],
  whenFalse: RuleMeta,
  whenTrue: RuleMeta,
  context: (input: RuleInput) => boolean,
  options: PhraseRuleOptions = {},
): [Rule, Rule] => {
  const phrases = compilePhrases(specs);
  const cache = new WeakMap<RuleInput, readonly Hit[]>();
  const { triggers, skip } = options;
  const hitsOf = (input: RuleInput): readonly Hit[] => {
    let hits = cache.get(input);
    if (hits === undefined) {
      const runs =
        (triggers === undefined || hasAnyWord(input.doc, triggers)) &&
        phrases.some((p) => mayMatch(input.doc, p));
      hits = runs ? findPhrases(input.doc, phrases) : NO_HITS;
      if (hits.length > 0 && skip?.(input)) hits = NO_HITS;
      cache.set(input, hits);
    }
    return hits;
  };
  const rule = (meta: RuleMeta, inside: boolean): Rule => ({
    ...meta,
    detect: (input) => {
      const hits = hitsOf(input);
      return hits.length > 0 && context(input) === inside ? hits : NO_HITS;
    },
  });
  return [rule(whenFalse, false), rule(whenTrue, true)];
};

/** A test of whether the document mentions a context anywhere (regex source over folded text). */
export const contextTest = (source: string): ((input: RuleInput) => boolean) => {
  const re = compileSource(source, "");
  return (input) => docHas(input.doc, re);
};
