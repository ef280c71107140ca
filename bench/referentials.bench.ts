/**
 * Référentiel micro-benchmark: load times of the geography and ROME indexes, cost per lookup and
 * per location resolution. Usage: npx tsx bench/referentials.bench.ts
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resolveLocation } from "../src/pipeline/geocode.js";
import { loadGeo } from "../src/referentials/geo-load.js";
import { detectRemote } from "../src/referentials/remote-work.js";
import { loadRome } from "../src/referentials/rome-load.js";
import { DATA_DIR } from "../test/helpers/paths.js";

const c0 = process.cpuUsage();
let t = performance.now();
const geo = await loadGeo(DATA_DIR);
const c1 = process.cpuUsage(c0);
console.log(
  "loadGeo wall",
  (performance.now() - t).toFixed(0),
  "ms, cpu",
  ((c1.user + c1.system) / 1000).toFixed(0),
  "ms",
);
const c2 = process.cpuUsage();
t = performance.now();
const rome = await loadRome(DATA_DIR);
const c3 = process.cpuUsage(c2);
console.log(
  "loadRome wall",
  (performance.now() - t).toFixed(0),
  "ms, cpu",
  ((c3.user + c3.system) / 1000).toFixed(0),
  "ms",
);
const bench = (label: string, n: number, f: (i: number) => unknown) => {
  for (let i = 0; i < 2000; i++) f(i);
  const s = performance.now();
  for (let i = 0; i < n; i++) f(i);
  const us = ((performance.now() - s) * 1000) / n;
  console.log(label.padEnd(48), us.toFixed(2), "µs/op");
};
const names = [
  "Le Mans",
  "PARIS CEDEX 08",
  "Saint-Denis",
  "ST ETIENNE",
  "Lyon 3ème",
  "Babaland",
  "Aix-en-Provence",
  "Marcq-en-Barœul",
];
bench("commune(code)", 200_000, (i) => geo.commune(i % 2 ? "75115" : "38185"));
bench("communesByPostalCode", 200_000, (i) => geo.communesByPostalCode(i % 2 ? "01000" : "75015"));
bench("findCommune(name)", 200_000, (i) => geo.findCommune(names[i % names.length]!));
bench("findCommune(name, {postalCode})", 200_000, (i) =>
  geo.findCommune(names[i % names.length]!, { postalCode: "13540" }),
);
bench("findDepartement(label)", 200_000, (i) => geo.findDepartement(i % 2 ? "Rhône (69)" : "SEINE ET MARNE"));
bench("findRegion(name)", 200_000, (i) =>
  geo.findRegion(i % 2 ? "Provence-Alpes-Côte d'Azur" : "Champagne-Ardenne"),
);
bench("nearestCommune", 200_000, (i) => geo.nearestCommune(43 + (i % 500) / 100, -1 + (i % 700) / 100));
bench("findAppellation", 200_000, (i) =>
  rome.findAppellation(i % 2 ? "Boulangère" : "Développeur informatique"),
);
const fixtures = JSON.parse(
  readFileSync(join(DATA_DIR, "offres/ft_offres_anonymised_sample400.json"), "utf8"),
) as Array<{
  intitule: string;
  description: string;
  lieuTravail: {
    libelle?: string;
    codePostal?: string;
    commune?: string;
    latitude?: number;
    longitude?: number;
  };
}>;
const raws = fixtures.map((o) => ({
  raw: {
    label: o.lieuTravail.libelle,
    postalCode: o.lieuTravail.codePostal,
    commune: o.lieuTravail.commune,
    lat: o.lieuTravail.latitude?.toString(),
    lon: o.lieuTravail.longitude?.toString(),
  },
  text: `${o.intitule}\n${o.description}`,
}));
bench("resolveLocation (FT sample, with text)", 50_000, (i) => {
  const r = raws[i % raws.length]!;
  return resolveLocation(r.raw, geo, r.text);
});
bench("resolveLocation (city+cp, no text)", 100_000, (i) =>
  resolveLocation(
    i % 2
      ? { city: "VINCENNES", postalCode: "94300", departement: "VAL DE MARNE" }
      : { label: "Babaland (38)", postalCode: "38990" },
    geo,
  ),
);
bench("detectRemote (FT sample descriptions)", 50_000, (i) =>
  detectRemote(undefined, raws[i % raws.length]!.text),
);
const avgLen = raws.reduce((a, r) => a + r.text.length, 0) / raws.length;
console.log("avg text length", avgLen.toFixed(0));
const counts: Record<string, number> = {};
for (const r of raws) {
  const p = resolveLocation(r.raw, geo, r.text);
  counts[`${p.precision}/${p.remote}`] = (counts[`${p.precision}/${p.remote}`] ?? 0) + 1;
}
console.log(counts);
