import { describe, expect, it } from "vitest";
import type { Metier } from "../referentials/rome.js";
import type { Competence, Savoir } from "../referentials/rome-details.js";
import { asJobSentence, composeDescription, type DescriptionInput } from "./description.js";
import type { Occupation } from "./market-data.js";
import { renderDescription, sectionsText } from "./render.js";
import { Rng, WeightedSampler } from "./rng.js";

const competence = (label: string, i: number): Competence => ({
  code: String(i),
  label,
  macro: false,
  macroCompetence: null,
  category: "Savoir-faire",
  subCategory: "Technique",
  definition: null,
});

const occupation: Occupation = {
  metier: {
    code: "N4101",
    label: "Conducteur / Conductrice de poids lourd",
    fiche: "N4101",
    cadre: false,
  } as Metier,
  appellations: [],
  appellationSampler: new WeightedSampler([1]),
  definition: [
    "Réalise le transport de marchandises sur courtes ou longues distances.",
    "Peut encadrer une équipe.",
  ],
  access: ["Cet emploi est accessible avec un titre professionnel de conducteur routier."],
  competences: [
    "Conduire un poids lourd",
    "Charger ou décharger un véhicule",
    "Contrôler l'état du véhicule",
    "Vérifier les documents de transport",
    "Arrimer une charge",
    "Respecter les règles de sécurité routière",
  ].map(competence),
  savoirs: [{ code: "1", label: "Réglementation du transport", category: "", subCategory: "" } as Savoir],
};

const input = (seed: number, overrides: Partial<DescriptionInput> = {}): DescriptionInput => ({
  rng: new Rng(seed),
  template: new Rng(99),
  brand: "Transports Martin",
  kind: "company",
  national: false,
  anonymous: false,
  activity: "Transports routiers de fret interurbains",
  workforce: "10 à 19 salariés",
  client: null,
  title: "Conducteur de poids lourd",
  city: "Dole",
  departement: "39",
  occupation,
  softSkills: [
    "Faire preuve d'autonomie",
    "Etre à l'écoute, faire preuve d'empathie",
    "Avoir l'esprit d'équipe",
  ],
  contractLabel: "Contrat à durée indéterminée",
  contract: { code: "CDI", durationMonths: null, workingTime: "full_time", weeklyHours: 35 },
  experience: { years: 2, required: true },
  payText: "2 100 € brut/mois",
  remote: "none",
  violation: null,
  ...overrides,
});

describe("asJobSentence", () => {
  it("gives a subject to ROME sentences that start with their verb", () => {
    expect(asJobSentence("Réalise des travaux agricoles.")).toBe(
      "Le ou la titulaire du poste réalise des travaux agricoles.",
    );
    expect(asJobSentence("Le bûcheron abat des arbres.")).toBe("Le bûcheron abat des arbres.");
    expect(asJobSentence("Développer des outils.")).toBe("Développer des outils.");
  });
});

describe("composeDescription", () => {
  it("tells the job: employer, missions from the métier, place, contract, pay", () => {
    const text = sectionsText(composeDescription(input(1)));
    expect(text).toContain("Transports Martin");
    expect(text).toContain("Lieu de travail : Dole (39)");
    expect(text).toContain("Contrat à durée indéterminée");
    expect(text).toContain("2 100 € brut/mois");
    expect(occupation.competences.some((c) => text.includes(c.label))).toBe(true);
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it("writes two jobs of one métier differently but one job always the same", () => {
    expect(sectionsText(composeDescription(input(1)))).toBe(sectionsText(composeDescription(input(1))));
    const texts = new Set(
      Array.from({ length: 8 }, (_, seed) => sectionsText(composeDescription(input(seed)))),
    );
    expect(texts.size).toBe(8);
  });

  it("slips an injected sentence into the profile and hides the employer when asked", () => {
    const text = sectionsText(
      composeDescription(input(3, { violation: "Vous avez entre 25 et 35 ans.", anonymous: true })),
    );
    expect(text).toContain("Vous avez entre 25 et 35 ans.");
    expect(text).not.toContain("Transports Martin");
  });
});

describe("renderDescription", () => {
  it("escapes text, truncates and appends the boilerplate", () => {
    const sections = composeDescription(input(5, { brand: "A & B <Transports>" }));
    const html = renderDescription(sections, "html-lists", null, "Offre diffusée par X.");
    expect(html).toContain("A &amp; B &lt;Transports&gt;");
    expect(html).toContain("<ul><li>");
    expect(html.endsWith("<p>Offre diffusée par X.</p>")).toBe(true);
    const cut = renderDescription(composeDescription(input(5)), "html-lists", 200, null);
    expect(cut.replace(/<[^>]+>/g, "").length).toBeLessThanOrEqual(202);
    expect(cut).toContain("…");
  });
});
