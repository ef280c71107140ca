/**
 * A simulated job as a pure function of its index: where (real offer counts by commune × ROME, or
 * population), what (métier, appellation), who (local business, national brand, public employer,
 * or a temporary-work agency for a client), the contract, pay and experience, the injected
 * violation, and its relation to an earlier job for hard negatives (same employer and title in
 * another city, one vacancy in several places, an agency's template reused).
 */
import type { Commune } from "../referentials/geo.js";
import type { Appellation } from "../referentials/rome.js";
import { drawContract, drawExperience, type JobContract, type JobExperience } from "./contracts.js";
import { type SimEmployer, siretOf } from "./employers.js";
import {
  communeAt,
  drawEmployer,
  drawOccupation,
  drawPlace,
  drawRemote,
  establishment,
  pickAppellation,
} from "./job-draws.js";
import { type MarketContext, nationalOf } from "./market.js";
import type { Occupation } from "./market-data.js";
import { belowSmicPay, drawPay, type JobPay } from "./pay.js";
import { mix, Rng } from "./rng.js";
import { SECTORS, type Sector } from "./sectors.js";
import { feminineNounTitle, seniorityWord, type TitleForms, titleForms } from "./titles.js";
import { drawViolation, type InjectedViolation } from "./violations.js";

export type RelationKind = "same-employer-other-city" | "multi-location" | "agency-template";

export interface SimJob {
  index: number;
  id: string;
  occupation: Occupation;
  appellation: Appellation;
  sector: Sector;
  cadre: boolean;
  commune: Commune;
  communeIndex: number;
  remote: "none" | "hybrid" | "full";
  employer: SimEmployer;
  siret: string;
  client: SimEmployer | null;
  contract: JobContract;
  experience: JobExperience;
  pay: JobPay;
  forms: TitleForms;
  seniority: string | null;
  relation: { kind: RelationKind; anchor: number } | null;
  /**
   * The vacancy is published for several sites (a multi-location anchor or one of its sites):
   * every copy names its site, since a copy without it would be the same ad as another site's.
   */
  sites: boolean;
  violation: InjectedViolation | null;
  /** Seeds of the job's own text and of its employer's template. */
  textSeed: number;
  templateSeed: number;
}

const SECTOR_INDEX = new Map(SECTORS.map((s, i) => [s.letter, i]));

export const jobId = (index: number): string => `J${String(index).padStart(7, "0")}`;

/** The SIRET of an employer's establishment in a commune; drawEmployer and otherCommune ensure there is one. */
const siretAt = (ctx: MarketContext, employer: SimEmployer, commune: number): string => {
  const site = establishment(ctx, employer, commune);
  if (site === null)
    throw new RangeError(`employer ${employer.id} has no establishment in commune #${commune}`);
  return siretOf(employer, site);
};

/** A job drawn from scratch (no relation). */
const rootJob = (ctx: MarketContext, index: number): SimJob => {
  const rng = new Rng(mix(ctx.seed, 0x70b, index));
  const place = drawPlace(ctx, rng);
  const occupation = drawOccupation(ctx, rng, place.fiche);
  const appellation = pickAppellation(occupation, rng);
  const sectorIndex = SECTOR_INDEX.get(occupation.metier.code.charAt(0)) ?? 12;
  const sector = SECTORS[sectorIndex] as Sector;
  const cadre = occupation.metier.cadre === true;
  const commune = communeAt(ctx, place.commune);
  const { employer, client } = drawEmployer(ctx, rng, sectorIndex, place.commune);
  const contract = drawContract(rng, sector, employer.kind === "agency", cadre);
  const experience = drawExperience(rng, cadre);
  const remote = drawRemote(rng, sector, cadre);
  const forms = titleForms(appellation);
  const violation = drawViolation(rng, ctx.violationRate, {
    contract: contract.code,
    feminineTitle: feminineNounTitle(forms),
    departement: commune.departement,
    city: commune.name,
    role: forms.masculine.toLowerCase(),
  });
  const pay =
    violation?.kind === "pay"
      ? belowSmicPay(rng, ctx.smicHourly)
      : drawPay(rng, {
          sector,
          contract,
          cadre,
          experienceYears: experience.years,
          ileDeFrance: commune.region === "11",
          smicHourly: ctx.smicHourly,
        });
  const templateKey = employer.kind === "agency" ? rng.int(4) : 0;
  return {
    index,
    id: jobId(index),
    occupation,
    appellation,
    sector,
    cadre,
    commune,
    communeIndex: place.commune,
    remote,
    employer,
    siret: siretAt(ctx, employer, place.commune),
    client,
    contract,
    experience,
    pay,
    forms,
    seniority: seniorityWord(experience.years, rng.next()),
    relation: null,
    sites: hasSites(ctx, index),
    violation,
    textSeed: mix(ctx.seed, 0x7e47, index),
    templateSeed: mix(ctx.seed, 0x7e3a, employer.id, templateKey),
  };
};

/** The relation a job has to an earlier one (about 10 % of jobs), or null. */
export const relationOf = (ctx: MarketContext, index: number): SimJob["relation"] => {
  const rng = new Rng(mix(ctx.seed, 0xde, index));
  const u = rng.next();
  const anchor = index - 1 - rng.int(8);
  if (anchor < 0 || u >= 0.1) return null;
  const kind: RelationKind =
    u < 0.03 ? "same-employer-other-city" : u < 0.06 ? "multi-location" : "agency-template";
  return { kind, anchor };
};

/**
 * Whether a later job (an anchor's relatives are among the 8 next ones) is a site of this job's
 * vacancy; also true in the rare case where that site found no commune and became a job of its own.
 */
const hasSites = (ctx: MarketContext, index: number): boolean => {
  // A job with a relation of its own is nobody's anchor (derivedJob).
  if (relationOf(ctx, index) !== null) return false;
  for (let later = index + 1; later <= index + 8; later++) {
    const relation = relationOf(ctx, later);
    if (relation?.kind === "multi-location" && relation.anchor === index) return true;
  }
  return false;
};

/**
 * Another commune where the base job's employer can have an establishment, not the base job's
 * nor one of `taken` (the communes of the anchor's earlier relatives), or null after 4 tries.
 */
const otherCommune = (
  ctx: MarketContext,
  rng: Rng,
  base: SimJob,
  taken: ReadonlySet<number>,
): number | null => {
  const sameDepartement = ctx.departement(base.commune.departement);
  for (let attempt = 0; attempt < 4; attempt++) {
    const c =
      rng.chance(0.6) && sameDepartement.communes.length > 1
        ? (sameDepartement.communes[sameDepartement.sampler.draw(rng)] ?? 0)
        : ctx.data.byPopulation.draw(rng);
    if (c !== base.communeIndex && !taken.has(c) && establishment(ctx, base.employer, c) !== null) return c;
  }
  return null;
};

/** A relation that moves the anchor's job to another commune. */
const moves = (kind: RelationKind): boolean => kind !== "agency-template";

/**
 * The commune of a moved relative `index` of `base` (its anchor), distinct from the anchor's and
 * from every earlier moved relative's: two sites of one multi-location job are two communes. The
 * earlier relatives (at most 7, between the anchor and `index`) are drawn again in order, each
 * from its own random stream, so a job stays a pure function of its index.
 */
const relativeCommune = (ctx: MarketContext, base: SimJob, index: number): number | null => {
  const taken = new Set<number>();
  for (let sibling = base.index + 1; sibling < index; sibling++) {
    const relation = relationOf(ctx, sibling);
    if (relation === null || relation.anchor !== base.index || !moves(relation.kind)) continue;
    const c = otherCommune(ctx, new Rng(mix(ctx.seed, 0xd1, sibling)), base, taken);
    if (c !== null) taken.add(c);
  }
  return otherCommune(ctx, new Rng(mix(ctx.seed, 0xd1, index)), base, taken);
};

const derivedJob = (
  ctx: MarketContext,
  index: number,
  relation: NonNullable<SimJob["relation"]>,
): SimJob | null => {
  if (relationOf(ctx, relation.anchor) !== null) return null;
  const base = rootJob(ctx, relation.anchor);
  const rng = new Rng(mix(ctx.seed, 0xd1, index));
  // A related job keeps the anchor's pay (same vacancy, same employer, same template), and with it
  // a pay under the SMIC: that violation is its own too. The others are the anchor's text or fields.
  const violation = base.violation?.kind === "pay" ? base.violation : null;
  const sites = relation.kind === "multi-location";
  const common = { ...base, index, id: jobId(index), relation, sites, violation };
  if (relation.kind === "agency-template") {
    if (base.employer.kind !== "agency") return null;
    const appellation = pickAppellation(base.occupation, rng);
    const client = nationalOf(ctx, SECTOR_INDEX.get(base.sector.letter) ?? 0, ctx.nationalRanks.draw(rng));
    return {
      ...common,
      appellation,
      forms: titleForms(appellation),
      client,
      textSeed: mix(ctx.seed, 0x7e47, index),
    };
  }
  const communeIndex = relativeCommune(ctx, base, index);
  if (communeIndex === null) return null;
  const commune = communeAt(ctx, communeIndex);
  const moved = { ...common, communeIndex, commune, siret: siretAt(ctx, base.employer, communeIndex) };
  return relation.kind === "multi-location" ? moved : { ...moved, textSeed: mix(ctx.seed, 0x7e47, index) };
};

/** The job of an index (deterministic: the same seed and index give the same job). */
export const buildJob = (ctx: MarketContext, index: number): SimJob => {
  const relation = relationOf(ctx, index);
  return (relation && derivedJob(ctx, index, relation)) ?? rootJob(ctx, index);
};
