/**
 * The draws a job is made of: a commune and an occupation (real offer counts, or population), an
 * appellation, an employer (local business, national brand, public body, or a temporary-work
 * agency with its client), an establishment and remote work.
 */
import type { Commune } from "../referentials/geo.js";
import type { Appellation } from "../referentials/rome.js";
import {
  agencyEmployer,
  establishmentNumber,
  localAgency,
  localEmployer,
  type SimEmployer,
} from "./employers.js";
import { AGENCY_RANKS, type MarketContext, nationalOf } from "./market.js";
import type { Occupation } from "./market-data.js";
import type { Rng } from "./rng.js";
import { SECTORS, type Sector } from "./sectors.js";

export const communeAt = (ctx: MarketContext, index: number): Commune => {
  const commune = ctx.data.communes[index];
  if (!commune) throw new RangeError(`no commune #${index}`);
  return commune;
};

/** A commune and a ROME v3 fiche: real (commune, fiche) offer counts, 10 % by population. */
export const drawPlace = (ctx: MarketContext, rng: Rng): { commune: number; fiche: number } => {
  const { cells, byPopulation, byFiche } = ctx.data;
  if (cells && rng.chance(0.9)) {
    const cell = cells.sampler.draw(rng);
    return { commune: cells.commune[cell] ?? 0, fiche: cells.fiche[cell] ?? 0 };
  }
  return { commune: byPopulation.draw(rng), fiche: byFiche.draw(rng) };
};

export const drawOccupation = (ctx: MarketContext, rng: Rng, fiche: number): Occupation => {
  const metiers = ctx.data.metiersOfFiche[fiche] ?? [];
  const chosen = metiers[ctx.data.metierSamplers[fiche]?.draw(rng) ?? 0];
  if (!chosen) throw new RangeError(`fiche #${fiche} has no métier`);
  return ctx.data.occupation(chosen.code);
};

export const pickAppellation = (occupation: Occupation, rng: Rng): Appellation => {
  const a = occupation.appellations[occupation.appellationSampler.draw(rng)];
  if (!a) throw new RangeError(`métier ${occupation.metier.code} has no appellation`);
  return a;
};

const localCount = (commune: Commune): number =>
  Math.min(16, 1 + Math.floor(Math.log2(1 + (commune.population ?? 0) / 300)));

export interface EmployerDraw {
  employer: SimEmployer;
  client: SimEmployer | null;
}

/**
 * The employer of a job in a commune (and an agency's client). National brands and agencies have
 * establishments only in communes with a slot: elsewhere a company job goes to a local business
 * and a temporary-work job to the commune's independent agency.
 */
export const drawEmployer = (ctx: MarketContext, rng: Rng, sector: number, commune: number): EmployerDraw => {
  const s = SECTORS[sector] as Sector;
  const place = communeAt(ctx, commune);
  const branches = (ctx.data.establishmentSlot[commune] ?? -1) >= 0;
  const local = (isPublic: boolean) =>
    localEmployer(
      ctx.seed,
      { index: commune, name: place.name },
      sector,
      rng.int(localCount(place)),
      isPublic,
    );
  // Employer partners' own employers (La Poste, EDF…) hire more than Zipf's law alone gives them.
  const own = ctx.ownedRanks.get(sector);
  const company = (): SimEmployer =>
    !branches
      ? local(false)
      : own !== undefined && rng.chance(0.08)
        ? nationalOf(ctx, sector, own)
        : rng.chance(0.35)
          ? nationalOf(ctx, sector, ctx.nationalRanks.draw(rng))
          : local(false);
  if (rng.chance(s.temporaryWork)) {
    return {
      employer: branches
        ? agencyEmployer(ctx.seed, ctx.agencyRanks.draw(rng) % AGENCY_RANKS)
        : localAgency(ctx.seed, { index: commune, name: place.name }),
      client: company(),
    };
  }
  if (rng.chance(s.publicEmployer)) return { employer: local(true), client: null };
  return { employer: company(), client: null };
};

/** The employer's establishment number in a commune (employers.ts), or null when it has none there. */
export const establishment = (ctx: MarketContext, employer: SimEmployer, commune: number): number | null =>
  establishmentNumber(employer, commune, ctx.data.establishmentSlot[commune] ?? -1);

export const drawRemote = (rng: Rng, sector: Sector, cadre: boolean): "none" | "hybrid" | "full" => {
  const boost = cadre ? 1.5 : 1;
  const u = rng.next();
  return u < sector.fullRemote * boost
    ? "full"
    : u < (sector.fullRemote + sector.hybrid) * boost
      ? "hybrid"
      : "none";
};
