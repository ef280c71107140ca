/**
 * A quick synthetic stock for benchmarks: Indeed-style XML jobs with ROME appellations as titles,
 * communes weighted towards large ones, contracts, salaries and ~1.5 kB descriptions. Deterministic
 * (seeded). The job-market simulator (`emploi simulate`) is the realistic source; this one only
 * needs to be fast and self-contained.
 */
import type { GeoIndex } from "../src/referentials/geo.js";
import type { RomeIndex } from "../src/referentials/rome.js";

/** mulberry32: a small seeded PRNG. */
export const prng = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const WORDS = (
  "accueil clients vente conseil gestion stocks équipe magasin commandes qualité sécurité planning " +
  "production maintenance réseau développement projet suivi relation partenaires analyse données " +
  "formation encadrement chantier logistique transport soins patients administratif comptabilité " +
  "marketing communication digital service entretien réception livraison fabrication contrôle"
).split(" ");

const CONTRACTS = [
  "permanent",
  "permanent",
  "permanent",
  "temporary",
  "contract",
  "internship",
  "apprenticeship",
];

const escapeXml = (s: string) => s.replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]!);

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Share of jobs whose description changes (for update benchmarks). */
  changedShare?: number;
  changeSeed?: number;
}

/** Yields the XML of an Indeed-style feed, job by job. */
export function* syntheticFeed(geo: GeoIndex, rome: RomeIndex, options: SyntheticOptions): Generator<string> {
  const random = prng(options.seed ?? 42);
  const changed = prng(options.changeSeed ?? 7);
  const appellations = rome.appellations().filter((a) => !a.v3Only);
  const communes = geo.communes().filter((c) => (c.population ?? 0) > 2000 && c.lat !== null);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  yield '<?xml version="1.0" encoding="utf-8"?>\n<source><publisher>bench</publisher>\n';
  for (let i = 0; i < options.count; i++) {
    const appellation = pick(appellations);
    const commune = communes[Math.floor(random() ** 2 * communes.length)]!;
    const words = Array.from({ length: 220 }, () => pick(WORDS)).join(" ");
    const edited = changed() < (options.changedShare ?? 0) ? " Poste mis à jour." : "";
    const salary = random() < 0.5 ? `${1800 + Math.floor(random() * 1500)} € brut par mois` : "";
    yield `<job><referencenumber>J${i}</referencenumber><title><![CDATA[${appellation.label} H/F]]></title>
<url>https://bench.example/jobs/${i}</url><company><![CDATA[Entreprise ${i % 5000}]]></company>
<city>${escapeXml(commune.name)}</city><postalcode>${commune.postalCodes[0] ?? ""}</postalcode><country>FR</country>
<date>2026-11-${String(1 + (i % 24)).padStart(2, "0")}</date><jobtype>${pick(CONTRACTS)}, fulltime</jobtype>
<salary>${salary}</salary><description><![CDATA[<p>${escapeXml(words)}.${edited}</p><ul><li>Expérience appréciée</li><li>Poste à pourvoir rapidement</li></ul>]]></description></job>\n`;
  }
  yield "</source>\n";
}
