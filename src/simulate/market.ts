/**
 * The market context every job is drawn against: référentiel draws, the partner network, the
 * employers owned by employer partners, the ATS clients, the SMIC in force, and Zipf samplers for
 * national brands and agencies. Built once per run.
 */

import { smicHourlyGrossAt } from "../offer/smic.js";
import type { Commune } from "../referentials/geo.js";
import { NATIONAL_RANKS, nationalEmployer, type SimEmployer, sirenOf } from "./employers.js";
import type { MarketData } from "./market-data.js";
import { REAL_EMPLOYERS } from "./partner-catalogue.js";
import type { PartnerPlan } from "./partners.js";
import { mix, Rng, WeightedSampler } from "./rng.js";
import { SECTORS, WORKFORCE_BRACKETS } from "./sectors.js";

export const AGENCY_RANKS = 60;

export interface MarketContext {
  seed: number;
  data: MarketData;
  partners: readonly PartnerPlan[];
  /** National employers replaced by an employer partner's employer (key: sector × ranks + rank). */
  overrides: ReadonlyMap<number, SimEmployer>;
  /** Sector index → rank of the national employer an employer partner publishes for (first one). */
  ownedRanks: ReadonlyMap<number, number>;
  /** Employer id → index of the employer partner publishing its jobs. */
  employerPartner: ReadonlyMap<number, number>;
  /** Indices of ATS partners. */
  ats: readonly number[];
  /** Indices of boards and aggregators. */
  boards: readonly number[];
  nationalRanks: WeightedSampler;
  agencyRanks: WeightedSampler;
  smicHourly: number;
  violationRate: number;
  /** Communes of a département, with a population sampler (built on first use). */
  departement(code: string): { communes: number[]; sampler: WeightedSampler };
}

const zipf = (n: number, exponent: number): WeightedSampler =>
  new WeightedSampler(Array.from({ length: n }, (_, r) => 1 / (r + 1) ** exponent));

const SECTOR_INDEX = new Map(SECTORS.map((s, i) => [s.letter, i]));

const partnerEmployer = (seed: number, p: PartnerPlan, sector: number, rank: number): SimEmployer => {
  const generated = nationalEmployer(seed, sector, rank);
  const real = REAL_EMPLOYERS[p.slug];
  const id = generated.id;
  if (!real) return { ...generated, brand: p.label.replace(/ Carrières$/, ""), name: generated.name };
  return {
    id,
    name: real.name,
    brand: real.brand,
    siren: real.siren,
    naf: real.naf,
    workforce: WORKFORCE_BRACKETS[WORKFORCE_BRACKETS.length - 1] ?? generated.workforce,
    kind: "company",
    national: true,
    home: null,
  };
};

/** The context of one run. */
export const createMarketContext = (
  seed: number,
  data: MarketData,
  partners: readonly PartnerPlan[],
  start: Date,
  violationRate: number,
): MarketContext => {
  const overrides = new Map<number, SimEmployer>();
  const employerPartner = new Map<number, number>();
  const ownedRanks = new Map<number, number>();
  for (const p of partners) {
    if (p.kind !== "employer" || p.sector === null) continue;
    const sector = SECTOR_INDEX.get(p.sector) ?? 0;
    let rank = 0;
    while (overrides.has(sector * NATIONAL_RANKS + rank)) rank++;
    const employer = partnerEmployer(seed, p, sector, rank);
    // Generated employers keep the SIREN of their number; real ones keep theirs.
    if (!(p.slug in REAL_EMPLOYERS)) employer.siren = sirenOf(employer.id, false);
    overrides.set(sector * NATIONAL_RANKS + rank, employer);
    if (!ownedRanks.has(sector)) ownedRanks.set(sector, rank);
    employerPartner.set(employer.id, p.index);
  }
  const byDepartement = new Map<string, { communes: number[]; sampler: WeightedSampler }>();
  return {
    seed,
    data,
    partners,
    overrides,
    ownedRanks,
    employerPartner,
    ats: partners.filter((p) => p.kind === "ats").map((p) => p.index),
    boards: partners.filter((p) => p.kind === "board" || p.kind === "aggregator").map((p) => p.index),
    nationalRanks: zipf(NATIONAL_RANKS, 1),
    agencyRanks: zipf(AGENCY_RANKS, 1.1),
    smicHourly: smicHourlyGrossAt(start),
    violationRate,
    departement(code) {
      let entry = byDepartement.get(code);
      if (!entry) {
        const communes: number[] = [];
        data.communes.forEach((c: Commune, i) => {
          if (c.departement === code) communes.push(i);
        });
        entry = {
          communes,
          sampler: new WeightedSampler(communes.map((i) => data.communes[i]?.population ?? 0)),
        };
        byDepartement.set(code, entry);
      }
      return entry;
    },
  };
};

/** The national employer of a sector and rank, or the employer partner's employer that replaces it. */
export const nationalOf = (ctx: MarketContext, sector: number, rank: number): SimEmployer =>
  ctx.overrides.get(sector * NATIONAL_RANKS + rank) ?? nationalEmployer(ctx.seed, sector, rank);

/** The ATS partner an employer publishes through, or -1 (a fixed share of employers use one). */
export const atsOf = (ctx: MarketContext, employer: SimEmployer): number => {
  if (ctx.ats.length === 0) return -1;
  const rng = new Rng(mix(ctx.seed, 0xa75, employer.id));
  const share = !employer.national ? 0.12 : employer.kind === "agency" ? 0.5 : 0.6;
  return rng.chance(share) ? (ctx.ats[rng.int(ctx.ats.length)] ?? -1) : -1;
};
