/**
 * Builders of simulated partners and postings for the writer and server tests and the throughput
 * measure: realistic French values, with the awkward characters feeds must survive.
 */
import type { SimFormat, SimPartner, SimPosting } from "../types.js";
import { FORMAT_DATE_STYLES } from "./dates.js";

/** A partner with plain habits (dates in the format's real layout); `overrides` change any of them. */
export const buildSimPartner = (format: SimFormat, overrides: Partial<SimPartner> = {}): SimPartner => ({
  slug: `acme-${format}`,
  label: "ACME Emploi",
  kind: "board",
  format,
  cadenceDays: 1,
  dateStyle: FORMAT_DATE_STYLES[format] ?? "iso",
  boilerplate: null,
  truncateAt: null,
  omits: { salary: 0, employer: 0, postalCode: 0 },
  titleStyle: "plain",
  employersShowName: true,
  rank: 2,
  ...overrides,
});

/** A posting in Lyon; `overrides` replace whole top-level fields. */
export const buildSimPosting = (overrides: Partial<SimPosting> = {}): SimPosting => ({
  partner: "acme",
  reference: "REF-0001",
  url: "https://emploi.example/offres/REF-0001?utm_source=sim&x=1",
  title: "Boulanger-pâtissier H/F",
  descriptionHtml:
    "<p>Vous préparez le pain & les viennoiseries du <b>fournil</b>.</p><ul><li>Pétrissage</li><li>Cuisson</li></ul><p>Un « ]]> » pour les CDATA.</p>",
  employer: { name: "Boulangerie Lefèvre & Fils", siret: "12345678900012", anonymous: false },
  location: {
    city: "Lyon",
    postalCode: "69003",
    commune: "69383",
    departement: "69",
    region: "84",
    lat: 45.7597,
    lon: 4.8422,
    remote: "none",
  },
  contract: { type: "CDI", durationMonths: null, workingTime: "full_time", weeklyHours: 35 },
  salary: { text: "De 24 000 € à 28 000 € brut par an", min: 24000, max: 28000, period: "year" },
  rome: { code: "D1102", appellationCode: "11573" },
  experience: "Débutant accepté",
  publishedAt: new Date("2026-01-05T08:30:00Z"),
  updatedAt: new Date("2026-01-06T23:30:00Z"),
  expiresAt: new Date("2026-03-05T23:00:00Z"),
  ...overrides,
});

const CITIES = [
  { city: "Lyon", postalCode: "69003", commune: "69383", departement: "69", region: "84" },
  { city: "Saint-Étienne", postalCode: "42000", commune: "42218", departement: "42", region: "84" },
  { city: "Rennes", postalCode: "35000", commune: "35238", departement: "35", region: "53" },
  { city: "Aix-en-Provence", postalCode: "13100", commune: "13001", departement: "13", region: "93" },
] as const;
const CONTRACTS = [
  { type: "CDI", durationMonths: null },
  { type: "CDD", durationMonths: 6 },
  { type: "Contrat d'apprentissage", durationMonths: 24 },
  { type: "Stage", durationMonths: 4 },
] as const;

/** `count` distinct postings, varied in place and contract; descriptions of about `size` characters. */
export function* manySimPostings(count: number, size = 2000): Iterable<SimPosting> {
  const paragraph =
    "<p>Au sein d’une équipe de 12 personnes, vous assurez l’accueil des clients, la mise en rayon et le suivi des stocks. Rémunération selon profil & expérience.</p>";
  const body = paragraph.repeat(Math.max(1, Math.round(size / paragraph.length)));
  const base = buildSimPosting();
  for (let i = 0; i < count; i++) {
    const place = CITIES[i % CITIES.length] ?? CITIES[0];
    const contract = CONTRACTS[i % CONTRACTS.length] ?? CONTRACTS[0];
    const reference = `REF-${String(i).padStart(7, "0")}`;
    yield {
      ...base,
      reference,
      url: `https://emploi.example/offres/${reference}`,
      title: `Employé de commerce polyvalent ${i % 97} H/F`,
      descriptionHtml: body,
      location: { ...base.location, ...place },
      contract: { ...base.contract, ...contract },
      publishedAt: new Date(Date.UTC(2026, 0, 1 + (i % 28), 9)),
    };
  }
}
