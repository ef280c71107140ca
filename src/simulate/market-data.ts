/**
 * The référentiels the simulator draws from, prepared once: communes that can host a job, where
 * and in which occupations offers are (real 2021 counts, or population), and per métier its
 * appellations, ROME texts and the compétences and savoirs linked by keyword overlap.
 */
import type { Commune, GeoIndex } from "../referentials/geo.js";
import { loadGeo } from "../referentials/geo-load.js";
import type { Appellation, Metier, RomeIndex } from "../referentials/rome.js";
import {
  type Competence,
  loadRomeDetails,
  type RomeDetails,
  type Savoir,
} from "../referentials/rome-details.js";
import { loadRome } from "../referentials/rome-load.js";
import { ESTABLISHMENT_SLOTS } from "./employers.js";
import { readOfferCounts } from "./labour-market.js";
import { WeightedSampler } from "./rng.js";
import { createSkillIndex, metierProfile, type SkillIndex } from "./skills.js";

/** One métier with what the generator writes about it. */
export interface Occupation {
  metier: Metier;
  appellations: readonly Appellation[];
  appellationSampler: WeightedSampler;
  definition: readonly string[];
  access: readonly string[];
  competences: readonly Competence[];
  savoirs: readonly Savoir[];
}

export interface MarketData {
  geo: GeoIndex;
  rome: RomeIndex;
  /** Communes a job can be located in (arrondissements rather than Paris, Lyon, Marseille). */
  communes: readonly Commune[];
  /** Draws a commune index in proportion to population. */
  byPopulation: WeightedSampler;
  /**
   * Commune index -> its establishment slot: its rank by population among the ESTABLISHMENT_SLOTS
   * most populous communes (about 1,000 inhabitants and more), -1 for the others, where national
   * employers have no establishment.
   */
  establishmentSlot: Int32Array;
  /** Joint (commune, ROME v3 fiche) cells with their real offer counts, when the file could be read. */
  cells: { commune: Int32Array; fiche: Int32Array; sampler: WeightedSampler } | null;
  /** ROME v3 fiche codes, and the marginal distribution of offers over them. */
  fiches: readonly string[];
  byFiche: WeightedSampler;
  metiersOfFiche: readonly (readonly Metier[])[];
  /** Draws a métier of a fiche: the métier bearing the fiche's code weighs twice the others. */
  metierSamplers: readonly WeightedSampler[];
  /** Where the occupation and place weights come from. */
  source: "offers-2021" | "population";
  softSkills: readonly string[];
  occupation(romeCode: string): Occupation;
}

const eligibleCommunes = (
  geo: GeoIndex,
): { communes: Commune[]; arrondissements: Map<string, Commune[]> } => {
  const arrondissements = new Map<string, Commune[]>();
  for (const c of geo.communes()) {
    if (c.parent === null) continue;
    const list = arrondissements.get(c.parent);
    if (list) list.push(c);
    else arrondissements.set(c.parent, [c]);
  }
  const communes = geo
    .communes()
    .filter(
      (c) =>
        c.zone !== "com" &&
        !arrondissements.has(c.code) &&
        c.lat !== null &&
        c.lon !== null &&
        (c.population ?? 0) > 0 &&
        c.postalCodes.length > 0,
    )
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  return { communes, arrondissements };
};

const establishmentSlots = (communes: readonly Commune[]): Int32Array => {
  const order = Array.from(communes, (_, i) => i).sort(
    (a, b) => (communes[b]?.population ?? 0) - (communes[a]?.population ?? 0) || a - b,
  );
  const slots = new Int32Array(communes.length).fill(-1);
  for (const [rank, i] of order.slice(0, ESTABLISHMENT_SLOTS).entries()) slots[i] = rank;
  return slots;
};

const buildOccupation = (
  metier: Metier,
  rome: RomeIndex,
  details: RomeDetails,
  competenceIndex: SkillIndex<Competence>,
  savoirIndex: SkillIndex<Savoir>,
): Occupation => {
  const all = rome.appellationsOf(metier.code);
  const usual = all.filter((a) => !a.rare && !a.v3Only);
  const appellations = usual.length > 0 ? usual : all.length > 0 ? all : [];
  const texts = details.texts(metier.code);
  const definition = texts?.definition ?? [];
  const profile = metierProfile([metier.label, ...appellations.slice(0, 20).map((a) => a.label)], definition);
  return {
    metier,
    appellations,
    appellationSampler: new WeightedSampler(appellations.map((a) => (a.principal ? 3 : 1))),
    definition,
    access: texts?.access ?? [],
    competences: competenceIndex.rank(profile, 16),
    savoirs: savoirIndex.rank(profile, 10),
  };
};

/** Load the référentiels from `dataDir` and prepare the simulator's draws. */
export const loadMarketData = async (dataDir: string): Promise<MarketData> => {
  const [geo, rome, details, counts] = await Promise.all([
    loadGeo(dataDir),
    loadRome(dataDir),
    loadRomeDetails(dataDir),
    readOfferCounts(dataDir),
  ]);
  const { communes, arrondissements } = eligibleCommunes(geo);
  const communeIndex = new Map(communes.map((c, i) => [c.code, i]));
  const byFicheCode = new Map<string, Metier[]>();
  for (const m of rome.metiers()) {
    const list = byFicheCode.get(m.fiche);
    if (list) list.push(m);
    else byFicheCode.set(m.fiche, [m]);
  }
  const fiches = [...byFicheCode.keys()].sort();
  const ficheIndex = new Map(fiches.map((f, i) => [f, i]));
  const ficheWeights = new Float64Array(fiches.length).fill(counts ? 0 : 1);
  let cells: MarketData["cells"] = null;
  if (counts) {
    const cellCommune: number[] = [];
    const cellFiche: number[] = [];
    const cellWeight: number[] = [];
    for (const row of counts) {
      const f = ficheIndex.get(row.rome);
      const commune = geo.commune(row.commune);
      if (f === undefined || !commune) continue;
      const parts = arrondissements.get(commune.code) ?? [commune];
      const population = parts.reduce((sum, p) => sum + (p.population ?? 0), 0) || 1;
      for (const part of parts) {
        const c = communeIndex.get(part.code);
        if (c === undefined) continue;
        const share = parts.length === 1 ? row.offers : (row.offers * (part.population ?? 0)) / population;
        cellCommune.push(c);
        cellFiche.push(f);
        cellWeight.push(share);
        ficheWeights[f] = (ficheWeights[f] ?? 0) + share;
      }
    }
    cells = {
      commune: Int32Array.from(cellCommune),
      fiche: Int32Array.from(cellFiche),
      sampler: new WeightedSampler(cellWeight),
    };
  }
  const competenceIndex = createSkillIndex(
    details.competences().filter((c) => !c.category.startsWith("Savoir-être")),
  );
  const savoirIndex = createSkillIndex(details.savoirs());
  const softSkills = details
    .competences()
    .filter((c) => c.macro && c.subCategory === "Transverse" && c.category.startsWith("Savoir-être"))
    .map((c) => c.label);
  const occupations = new Map<string, Occupation>();
  return {
    geo,
    rome,
    communes,
    byPopulation: new WeightedSampler(communes.map((c) => c.population ?? 0)),
    establishmentSlot: establishmentSlots(communes),
    cells,
    fiches,
    byFiche: new WeightedSampler(ficheWeights),
    metiersOfFiche: fiches.map((f) => byFicheCode.get(f) ?? []),
    metierSamplers: fiches.map(
      (f) => new WeightedSampler((byFicheCode.get(f) ?? []).map((m) => (m.code === m.fiche ? 2 : 1))),
    ),
    source: cells ? "offers-2021" : "population",
    softSkills,
    occupation(code) {
      let occupation = occupations.get(code);
      if (!occupation) {
        const metier = rome.metier(code);
        if (!metier) throw new RangeError(`unknown ROME code ${code}`);
        occupation = buildOccupation(metier, rome, details, competenceIndex, savoirIndex);
        occupations.set(code, occupation);
      }
      return occupation;
    },
  };
};
