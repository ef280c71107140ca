/**
 * Draws the compliance violation injected into a job (a few percent of jobs): a sentence in the
 * description, a feminine-only title, a missing date or employer, a pay under the SMIC, or a
 * description in English. Each is labelled with its rule family, rule and article for the truth.
 */
import type { RuleFamily } from "../compliance/types.js";
import type { JobContractCode } from "./contracts.js";
import type { Rng } from "./rng.js";
import { VIOLATION_TEMPLATES, type ViolationTemplate } from "./violation-phrases.js";

export interface InjectedViolation {
  family: RuleFamily;
  article: string;
  rule: string;
  kind: ViolationTemplate["kind"];
  /** The injected words (a sentence, the title); empty for field-level violations. */
  excerpt: string;
  /**
   * The words of the sentence that make it unlawful by themselves ("Recherchons jeune" of
   * "Recherchons jeune maçon dynamique."): a copy cut after them still carries the violation.
   */
  core: string;
}

export interface ViolationContext {
  contract: JobContractCode;
  /** The feminine form of the title, when the appellation has one. */
  feminineTitle: string | null;
  departement: string;
  city: string;
  role: string;
}

const TOTAL_WEIGHT = VIOLATION_TEMPLATES.reduce((sum, t) => sum + t.weight, 0);

const usable = (template: ViolationTemplate, ctx: ViolationContext): boolean => {
  if (template.kind === "title") return ctx.feminineTitle !== null;
  if (template.rule === "contract-cdd-cdi-promise") return ctx.contract === "CDD";
  // No SMIC for the self-employed and franchisees; apprentices and professionalisation contracts
  // have their own floors.
  if (template.kind === "pay") return !["APP", "PRO", "LIB", "FRA"].includes(ctx.contract);
  // Work-study contracts have legal age conditions (apprenticeship up to 29, 35 in its exceptions):
  // an age in such an offer may be one of them, so the simulator does not inject one there.
  if (template.family === "age") return ctx.contract !== "APP" && ctx.contract !== "PRO";
  return true;
};

const two = (rng: Rng): string => String(rng.between(10, 99));

const fill = (phrase: string, rng: Rng, ctx: ViolationContext): string => {
  const a = rng.between(18, 30);
  return phrase
    .replace("{a}", String(a))
    .replace("{b}", String(a + rng.between(8, 17)))
    .replace("{price}", String(rng.between(2, 30) * 5))
    .replace("{phone}", `08 99 ${two(rng)} ${two(rng)} ${two(rng)}`)
    .replace("{dept}", ctx.departement)
    .replace("{city}", ctx.city)
    .replace("{role}", ctx.role);
};

const pickTemplate = (rng: Rng): ViolationTemplate => {
  let target = rng.next() * TOTAL_WEIGHT;
  for (const template of VIOLATION_TEMPLATES) {
    target -= template.weight;
    if (target < 0) return template;
  }
  return VIOLATION_TEMPLATES[0] as ViolationTemplate;
};

/** The violation of a job, drawn with probability `rate`, or null. */
export const drawViolation = (rng: Rng, rate: number, ctx: ViolationContext): InjectedViolation | null => {
  if (!rng.chance(rate)) return null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const template = pickTemplate(rng);
    if (!usable(template, ctx)) continue;
    const phrase = template.kind === "text" ? fill(rng.pick(template.phrases), rng, ctx) : "";
    const excerpt =
      template.kind === "text"
        ? phrase.replace("|", "")
        : template.kind === "title"
          ? (ctx.feminineTitle ?? "")
          : "";
    const bar = phrase.indexOf("|");
    const core = bar >= 0 ? phrase.slice(0, bar) : excerpt.replace(/\.$/, "");
    return {
      family: template.family,
      article: template.article,
      rule: template.rule,
      kind: template.kind,
      excerpt,
      core,
    };
  }
  return null;
};
