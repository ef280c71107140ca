import { describe, expect, it } from "vitest";
import type { NormalizedPosting } from "../offer/offer.js";
import { BoilerplateLearner, boilerplateModel } from "./boilerplate.js";
import { compare } from "./decide.js";
import { fingerprint } from "./fingerprint.js";
import { AGENCY_TEMPLATE, PRESENTATION, SALES_AD, salesPosting } from "./test-ads.js";
import { scanDescription } from "./text.js";

const withText = (
  p: NormalizedPosting,
  text: string,
  extra: Partial<NormalizedPosting> = {},
): NormalizedPosting => ({
  ...p,
  ...extra,
  description: { html: "", text },
});
const flagged = (model: { has(h: number): boolean }, text: string): number =>
  scanDescription(text).sentences.filter((h) => model.has(h)).length;

describe("BoilerplateLearner", () => {
  it("flags an employer's presentation shared by its vacancies, not a vacancy's own text", () => {
    const learner = new BoilerplateLearner();
    const base = salesPosting();
    for (const title of ["Vendeur", "Caissier", "Magasinier"]) {
      learner.observe(withText(base, `${PRESENTATION}\nPoste de ${title} à pourvoir rapidement.`, { title }));
    }
    // One vacancy cross-posted by three partners.
    for (const partner of ["a", "b", "c"]) learner.observe({ ...base, partner });
    const model = learner.build();
    expect(flagged(model, PRESENTATION)).toBe(1);
    expect(flagged(model, SALES_AD)).toBe(0);
    expect(boilerplateModel(model.hashes).hashes).toEqual(model.hashes);
  });

  it("flags a partner's footer shared by several employers", () => {
    const learner = new BoilerplateLearner();
    const footer =
      "Téléchargez notre application mobile gratuite pour suivre vos démarches et nos conseils carrière.";
    for (const name of ["Alpha", "Beta", "Gamma"]) {
      learner.observe(
        withText(salesPosting({ partner: "board" }), `Un poste chez ${name}.\n${footer}`, {
          employer: { name, siret: null, showName: true, description: null },
        }),
      );
    }
    expect(flagged(learner.build(), footer)).toBe(1);
  });
});

describe("the template guard", () => {
  const agency = { name: "Proman Lyon", siret: null, showName: true, description: null };
  const job = (text: string, title = "Préparateur de commandes (H/F)") =>
    withText(salesPosting(), text, { title, employer: agency, salary: salesPosting().salary });
  const vacancyA = `${AGENCY_TEMPLATE}\nLa mission se déroule à Corbas chez un grossiste en produits frais, pour deux mois, en chambre froide à quatre degrés avec des équipements de protection fournis.`;
  const vacancyB = `${AGENCY_TEMPLATE}\nLa mission se déroule à Saint-Priest chez un distributeur de pièces automobiles, pour six semaines, sur un entrepôt robotisé avec des navettes automatiques.`;

  it("tells apart two vacancies written on one agency template once the template is learned", () => {
    const learner = new BoilerplateLearner();
    for (const title of ["Cariste", "Manutentionnaire", "Agent de quai"])
      learner.observe(job(AGENCY_TEMPLATE, title));
    const boilerplate = learner.build();
    const without = compare(fingerprint(job(vacancyA)), fingerprint(job(vacancyB)));
    const withModel = compare(
      fingerprint(job(vacancyA), { boilerplate }),
      fingerprint(job(vacancyB), { boilerplate }),
    );
    expect(without.decision).toBe("duplicate");
    expect(withModel.decision).not.toBe("duplicate");
    expect(withModel.conflicts).toContain("template");
    // The same vacancy cross-posted stays a duplicate with the model.
    const again = compare(
      fingerprint(job(vacancyA), { boilerplate }),
      fingerprint(job(`${vacancyA}\nPostulez vite !`), { boilerplate }),
    );
    expect(again.decision).toBe("duplicate");
  });
});
