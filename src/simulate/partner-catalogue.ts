/**
 * Who the simulated partners are, in the order they are taken (`--partners N` keeps the first N):
 * the first 18 cover every format (the 14 shipped partner formats under their own slug, then
 * indeed-xml, jsonld, csv and json-api), the rest repeat a mix of kinds and formats under invented
 * names. Employer partners publish one large employer's jobs; the four real ones keep their public
 * SIREN (facts), with invented establishments.
 */
import type { SimFormat, SimPartner } from "./types.js";

export interface CatalogueEntry {
  kind: SimPartner["kind"];
  format: SimFormat;
  /** Slug and label for the shipped partners; invented otherwise. */
  slug?: string;
  label?: string;
  /** Audience: managers, young people, local small jobs, a ROME domain letter, or regions. */
  focus?: string;
  /** For employer partners: the ROME domain letter of the employer. */
  sector?: string;
}

export const FIRST_PARTNERS: readonly CatalogueEntry[] = [
  { kind: "board", format: "hellowork", slug: "hellowork", label: "HelloWork" },
  { kind: "aggregator", format: "indeed-xml" },
  { kind: "board", format: "apec", slug: "apec", label: "Apec", focus: "cadre" },
  { kind: "aggregator", format: "jooble", slug: "jooble", label: "Jooble" },
  { kind: "board", format: "leboncoin", slug: "leboncoin", label: "leboncoin", focus: "local" },
  {
    kind: "ats",
    format: "france-travail-cegid",
    slug: "france-travail-cegid",
    label: "Cegid (France Travail)",
  },
  { kind: "employer", format: "laposte", slug: "laposte", label: "La Poste", sector: "N" },
  { kind: "employer", format: "jsonld", sector: "J" },
  { kind: "board", format: "csv" },
  { kind: "ats", format: "json-api" },
  { kind: "ats", format: "kelio", slug: "kelio", label: "Kelio" },
  { kind: "ats", format: "clever-connect", slug: "clever-connect", label: "Clever Connect" },
  { kind: "ats", format: "hellowork-buddi", slug: "hellowork-buddi", label: "HelloWork Buddi" },
  { kind: "board", format: "jobteaser", slug: "jobteaser", label: "JobTeaser", focus: "young" },
  {
    kind: "board",
    format: "engagement-jeunes",
    slug: "engagement-jeunes",
    label: "Engagement Jeunes",
    focus: "young",
  },
  { kind: "employer", format: "decathlon", slug: "decathlon", label: "Decathlon", sector: "D" },
  { kind: "employer", format: "edf", slug: "edf", label: "EDF", sector: "H" },
  { kind: "employer", format: "enedis", slug: "enedis", label: "Enedis", sector: "I" },
];

/** Repeated after the first partners, in this order. */
export const MORE_PARTNERS: readonly CatalogueEntry[] = [
  { kind: "board", format: "indeed-xml" },
  { kind: "board", format: "csv", focus: "J" },
  { kind: "aggregator", format: "indeed-xml" },
  { kind: "board", format: "jsonld", focus: "regions" },
  { kind: "ats", format: "json-api" },
  { kind: "board", format: "hellowork", focus: "F" },
  { kind: "board", format: "json-api", focus: "cadre" },
  { kind: "employer", format: "jsonld", sector: "G" },
  { kind: "aggregator", format: "jooble" },
  { kind: "ats", format: "csv" },
  { kind: "board", format: "indeed-xml", focus: "G" },
  { kind: "board", format: "leboncoin", focus: "local" },
  { kind: "ats", format: "clever-connect" },
  { kind: "board", format: "apec", focus: "M" },
  { kind: "board", format: "indeed-xml", focus: "regions" },
  { kind: "aggregator", format: "json-api" },
  { kind: "employer", format: "json-api", sector: "M" },
  { kind: "board", format: "csv", focus: "N" },
  { kind: "ats", format: "kelio" },
  { kind: "board", format: "jsonld", focus: "young" },
];

/** Real SIRENs of the four employer partners shipped with the project. */
export const REAL_EMPLOYERS: Readonly<
  Record<string, { name: string; brand: string; siren: string; naf: { code: string; label: string } }>
> = {
  laposte: {
    name: "LA POSTE",
    brand: "La Poste",
    siren: "356000000",
    naf: { code: "53.10Z", label: "Activités de poste dans le cadre d'une obligation de service universel" },
  },
  decathlon: {
    name: "DECATHLON",
    brand: "Decathlon",
    siren: "306138900",
    naf: { code: "47.64Z", label: "Commerce de détail d'articles de sport en magasin spécialisé" },
  },
  edf: {
    name: "ELECTRICITE DE FRANCE",
    brand: "EDF",
    siren: "552081317",
    naf: { code: "35.11Z", label: "Production d'électricité" },
  },
  enedis: {
    name: "ENEDIS",
    brand: "Enedis",
    siren: "444608442",
    naf: { code: "35.13Z", label: "Distribution d'électricité" },
  },
};

export const BOARD_HEADS: readonly string[] = [
  "Job",
  "Emploi",
  "Talent",
  "Carrière",
  "Recrut",
  "Mission",
  "Métier",
  "Poste",
  "Embauche",
  "Boulot",
];

export const FOCUS_TAILS: Readonly<Record<string, string>> = {
  cadre: "Cadres",
  young: "Jeunes",
  local: "Local",
  regions: "Régions",
  J: "Santé",
  F: "BTP",
  G: "Hôtellerie",
  M: "Tech",
  N: "Logistique",
};

export const BOARD_TAILS: readonly string[] = ["Direct", "Plus", "Express", "Pro", "Connect", "Avenir"];

/** Aggregators' names ("{h}" = a board head word). */
export const AGGREGATOR_NAMES: readonly string[] = ["{h}Radar", "Tout{h}", "{h}Hub", "{h}Scan", "Méta{h}"];

/** Régions (INSEE codes) served by a regional board, by the tail of its name. */
export const REGION_TAILS: Readonly<Record<string, readonly string[]>> = {
  Ouest: ["52", "53", "75"],
  Sud: ["76", "93", "94"],
  Est: ["44", "27"],
  Centre: ["24", "84"],
  Nord: ["32", "28"],
  Alpes: ["84", "93"],
};

export const BOILERPLATES: readonly string[] = [
  "Retrouvez toutes nos offres d'emploi sur {label}.",
  "Offre diffusée par {label}. Postulez en un clic !",
  "{label} : des milliers d'offres près de chez vous.",
  "Cette annonce vous est proposée par {label}, le site de l'emploi en région.",
  "Créez votre alerte emploi sur {label} pour recevoir les offres similaires.",
];
