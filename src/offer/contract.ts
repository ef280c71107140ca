/**
 * Partner contract fields -> the normalised Contract: France Travail type and nature, duration in
 * months, working time and weekly hours. Rules and assumptions: docs/normalisation.md.
 */
import type { RawPosting } from "../ingest/raw-posting.js";
import { fold, foldKey } from "../text/fold.js";
import {
  CONTRACT_RULES,
  type ContractRule,
  DEFAULT_NATURE,
  DURATION_UNITS,
  FULL_TIME,
  PART_TIME,
} from "./contract-labels.js";
import { memoize } from "./memo.js";
import type { Contract, ContractCode, ContractNature, WorkingTime } from "./offer.js";

const MAX_DURATION_MONTHS = 120;
const DURATION = /(?<![\d.,])(\d{1,4}(?:[.,]\d+)?)(?:\s*(?:a|-|to)\s*\d{1,4}(?:[.,]\d+)?)?\s*([a-z]+)?/;
const HOURS = /(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)\s*(?:h|heures?|hrs?|hours?)\s*(\d{2})?(?![a-z])/;
const HHMM = /^(\d{1,2})(\d{2})$/;
const HOURS_AND_MINUTES = /^(\d{1,2})\s*[:h]\s*(\d{2})$/i;
const NUMBER = /^\d{1,2}(?:[.,]\d+)?$/;

const clean = (text: string | undefined): string | null => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
};

const classify = (key: string, rules: readonly ContractRule[]) => {
  let type: ContractCode | null = null;
  let nature: ContractNature | null = null;
  for (const rule of rules) {
    if ((rule.type === undefined || type !== null) && (rule.nature === undefined || nature !== null))
      continue;
    if (!rule.pattern.test(key)) continue;
    if (type === null && rule.type) type = rule.type;
    if (nature === null && rule.nature) nature = rule.nature;
  }
  return { type, nature };
};

const TITLE_RULES = CONTRACT_RULES.filter((rule) => rule.title);

const toNumber = (text: string): number => Number(text.replace(",", "."));

/** "12", "6 mois", "1 an", "3 semaines", "Jour(s)"… -> months (one decimal), null when absent or absurd. */
export const parseDurationMonths = (
  text: string | undefined,
  unit?: string,
  needsUnit = false,
): number | null => {
  if (!text) return null;
  const m = DURATION.exec(fold(text).replace(/_/g, " "));
  if (!m) return null;
  const unitWord = unit ? (/[a-z]+/.exec(fold(unit))?.[0] ?? "") : (m[2] ?? "");
  if (needsUnit && unitWord === "") return null;
  const factor = unitWord === "" ? 1 : DURATION_UNITS.get(unitWord);
  if (factor === undefined) return null;
  const months = Math.round(toNumber(m[1] ?? "") * factor * 10) / 10;
  return months > 0 && months <= MAX_DURATION_MONTHS ? months : null;
};

const validHours = (hours: number): number | null =>
  Number.isFinite(hours) && hours >= 1 && hours <= 60 ? Math.round(hours * 100) / 100 : null;

/** "35", "35,5", "35:30", "3530", "35H", "37H30 Travail en journée", "24h/semaine" -> weekly hours. */
export const parseWeeklyHours = (text: string | undefined): number | null => {
  const s = text?.trim();
  if (!s) return null;
  if (NUMBER.test(s)) return validHours(toNumber(s));
  const hm = HOURS_AND_MINUTES.exec(s) ?? HHMM.exec(s);
  if (hm) return validHours(Number(hm[1]) + Number(hm[2]) / 60);
  const m = HOURS.exec(fold(s));
  return m ? validHours(toNumber(m[1] ?? "") + Number(m[2] ?? 0) / 60) : null;
};

const workingTimeOf = (text: string | null): WorkingTime | null => {
  if (!text) return null;
  const key = foldKey(text);
  const full = key.search(FULL_TIME);
  const part = key.search(PART_TIME);
  if (full < 0 && part < 0) return null;
  if (full < 0) return "part_time";
  if (part < 0) return "full_time";
  return part < full ? "part_time" : "full_time";
};

// Partner fields repeat a few values: read each distinct one once.
const readLabel = memoize((label: string) => ({
  ...classify(foldKey(label), CONTRACT_RULES),
  durationMonths: parseDurationMonths(label, undefined, true),
  workingTime: workingTimeOf(label),
}));
const readWorkingTime = memoize((text: string) => ({
  workingTime: workingTimeOf(text),
  weeklyHours: parseWeeklyHours(text),
}));
const readHours = memoize(parseWeeklyHours);
const readDuration = memoize((key: string) => {
  const [text, unit] = key.split("\u0000");
  return parseDurationMonths(text, unit || undefined);
});

/** Cheap test on the raw title before folding it: most titles say nothing about the contract. */
const TITLE_HINT =
  /altern|apprenti|profession|contrats? pro|cont\.? pro|cd[di]|d[ée]termin|permanent|fixed|contract|int[ée]rim|tempor|\btemp\b|saison|seasonal|vendange|lib[ée]ral|free ?lance|ind[ée]pendant|entrepreneur|self|stag|intern|work.?study/i;
const NOTHING = { type: null, nature: null } as const;

/** Normalise a partner's contract fields; the title is a weak fallback for type and nature. */
export const parseContract = (raw: RawPosting["contract"], title?: string): Contract => {
  const label = clean(raw?.type);
  const fromLabel = label ? readLabel(label) : null;
  const fromTitle = title && TITLE_HINT.test(title) ? classify(foldKey(title), TITLE_RULES) : NOTHING;
  // The title only fills gaps, and only says "work-study" about an open-ended or fixed-term job.
  let type = fromLabel?.type ?? fromTitle.type;
  const titleNature = type === null || type === "CDI" || type === "CDD" ? fromTitle.nature : null;
  const nature = fromLabel?.nature ?? titleNature;
  // A work-study contract with no stated type is a CDD (France Travail files them so).
  if (nature === "E2" || nature === "FS") type = type === null || type === "STG" ? "CDD" : type;

  const workingText = clean(raw?.workingTime);
  const fromWorkingTime = workingText ? readWorkingTime(workingText) : null;
  const hoursText = clean(raw?.weeklyHours);
  const weeklyHours = (hoursText ? readHours(hoursText) : null) ?? fromWorkingTime?.weeklyHours ?? null;
  const derived: WorkingTime | null =
    weeklyHours === null ? null : weeklyHours >= 35 ? "full_time" : "part_time";
  const duration = clean(raw?.duration);

  return {
    type,
    label,
    nature: nature ?? (type ? (DEFAULT_NATURE[type] ?? null) : null),
    durationMonths:
      type === "CDI" || type === "DIN"
        ? null
        : ((duration ? readDuration(`${duration}\u0000${clean(raw?.durationUnit) ?? ""}`) : null) ??
          fromLabel?.durationMonths ??
          null),
    workingTime: fromWorkingTime?.workingTime ?? derived ?? fromLabel?.workingTime ?? null,
    weeklyHours,
  };
};
