/**
 * Builds the simulated partner network: who each partner is (catalogue order) and its habits,
 * drawn from the seed (cadence, boilerplate, truncation, omissions, title style, wordings, how
 * late it publishes and removes, how often it reposts or rewrites).
 */
import { foldKey } from "../text/fold.js";
import type { ContractWording } from "./contracts.js";
import { BRAND_HEADS, BRAND_TAILS } from "./employer-names.js";
import * as C from "./partner-catalogue.js";
import { dateStyleFor, habits, type LocationStyle, locationFor } from "./partner-habits.js";
import type { PayWording } from "./pay.js";
import type { RenderStyle } from "./render.js";
import { mix, Rng } from "./rng.js";
import type { SimPartner } from "./types.js";

/** A partner with the habits only the generator needs. */
export interface PartnerPlan extends SimPartner {
  index: number;
  /** Relative volume among boards and aggregators. */
  weight: number;
  focus: string | null;
  /** Régions (INSEE codes) of a regional board. */
  regions: readonly string[] | null;
  /** Employer partners: ROME domain letter of their employer. */
  sector: string | null;
  contractWording: ContractWording;
  payWording: PayWording;
  renderStyle: RenderStyle;
  referenceStyle: "numeric" | "prefixed" | "hex";
  referencePrefix: string;
  location: LocationStyle;
  host: string;
  /** The partner's snapshots fall on days where (day - phase) is a multiple of the cadence. */
  phase: number;
  /** Most days after the employer before a copy appears, and after closing before it goes. */
  maxLag: number;
  maxStale: number;
  repostRate: number;
  rewriteRate: number;
}

const inventName = (entry: C.CatalogueEntry, rng: Rng): string => {
  if (entry.kind === "ats") return `${rng.pick(BRAND_HEADS)}${rng.pick(BRAND_TAILS)} Recrutement`;
  if (entry.kind === "employer") return `${rng.pick(BRAND_HEADS)}${rng.pick(BRAND_TAILS)} Carrières`;
  if (entry.kind === "aggregator")
    return rng.pick(C.AGGREGATOR_NAMES).replace("{h}", rng.pick(C.BOARD_HEADS));
  const tail =
    entry.focus === "regions"
      ? rng.pick(Object.keys(C.REGION_TAILS))
      : entry.focus
        ? C.FOCUS_TAILS[entry.focus]
        : rng.pick(C.BOARD_TAILS);
  return `${rng.pick(C.BOARD_HEADS)}${tail ?? "Plus"}`;
};

const slugOf = (label: string): string => foldKey(label).replaceAll(" ", "-");

/** The first `count` partners of the catalogue, with their habits drawn from `seed`. */
export const buildPartners = (seed: number, count: number): PartnerPlan[] => {
  const used = new Set<string>();
  const partners: PartnerPlan[] = [];
  for (let index = 0; index < count; index++) {
    const entry =
      index < C.FIRST_PARTNERS.length
        ? C.FIRST_PARTNERS[index]
        : C.MORE_PARTNERS[(index - C.FIRST_PARTNERS.length) % C.MORE_PARTNERS.length];
    if (!entry) break;
    const rng = new Rng(mix(seed, 0x9a27, index));
    let label = entry.label ?? inventName(entry, rng);
    for (let tries = 0; !entry.slug && used.has(slugOf(label)) && tries < 8; tries++)
      label = inventName(entry, rng);
    let slug = entry.slug ?? slugOf(label);
    if (used.has(slug)) slug = `${slug}-${index}`;
    used.add(slug);
    const h = habits(entry, rng);
    const boilerplate =
      entry.kind === "board"
        ? rng.chance(0.6)
          ? rng.pick(C.BOILERPLATES)
          : null
        : entry.kind === "aggregator" && rng.chance(0.4)
          ? rng.pick(C.BOILERPLATES)
          : null;
    const tail = Object.keys(C.REGION_TAILS).find((t) => label.endsWith(t)) ?? "Ouest";
    partners.push({
      index,
      slug,
      label,
      kind: entry.kind,
      format: entry.format,
      cadenceDays: h.cadenceDays,
      dateStyle: dateStyleFor(entry.format, rng),
      boilerplate: boilerplate ? boilerplate.replace("{label}", label) : null,
      truncateAt: h.truncateAt,
      omits: h.omits,
      titleStyle: h.titleStyle,
      employersShowName: h.employersShowName,
      rank: h.rank,
      weight: (entry.kind === "aggregator" ? 1.6 : 1) / (1 + 0.12 * index),
      focus: entry.focus ?? null,
      regions: entry.focus === "regions" ? (C.REGION_TAILS[tail] ?? null) : null,
      sector: entry.sector ?? null,
      contractWording: rng.pick<ContractWording>(["ft", "short", "long"]),
      payWording: rng.pick<PayWording>(["ft", "board", "board", "compact"]),
      renderStyle: rng.pick<RenderStyle>([
        "html-lists",
        "html-lists",
        "html-headings",
        "html-dashes",
        "text",
      ]),
      referenceStyle: rng.pick<PartnerPlan["referenceStyle"]>(["numeric", "prefixed", "hex"]),
      referencePrefix: slug.replaceAll("-", "").slice(0, 3).toUpperCase(),
      location: locationFor(entry.format, rng),
      host: `www.${slug}.example`,
      phase: h.cadenceDays > 1 ? rng.int(h.cadenceDays) : 0,
      maxLag: h.maxLag,
      maxStale: h.maxStale,
      repostRate: h.repostRate,
      rewriteRate: h.rewriteRate,
    });
  }
  return partners;
};

/** Whether a partner writes a snapshot on `day` (every partner writes one on day 0). */
export const snapshotsOn = (partner: PartnerPlan, day: number): boolean =>
  day === 0 || (day - partner.phase) % partner.cadenceDays === 0;

/** The public fields of a partner (what writers, the server and the manifest see). */
export const publicPartner = (p: PartnerPlan): SimPartner => ({
  slug: p.slug,
  label: p.label,
  kind: p.kind,
  format: p.format,
  cadenceDays: p.cadenceDays,
  dateStyle: p.dateStyle,
  boilerplate: p.boilerplate,
  truncateAt: p.truncateAt,
  omits: p.omits,
  titleStyle: p.titleStyle,
  employersShowName: p.employersShowName,
  rank: p.rank,
});
