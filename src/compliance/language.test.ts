import { describe, expect, it } from "vitest";
import { buildDoc } from "./doc.js";
import { detectLanguage } from "./language.js";

const lang = (text: string) => detectLanguage(buildDoc("", text).words);

describe("detectLanguage", () => {
  it.each([
    [
      "fr",
      "Nous recherchons pour notre client un technicien de maintenance. Vous serez chargé du suivi des équipements.",
    ],
    [
      "en",
      "We are looking for a developer who will join our team and work with the product managers on new features.",
    ],
    [
      "de",
      "Wir suchen einen Mitarbeiter für unser Team. Sie sind verantwortlich für die Betreuung der Kunden und die Planung.",
    ],
    [
      "es",
      "Buscamos un camarero con experiencia para nuestro restaurante. Ofrecemos contrato y un buen ambiente de trabajo.",
    ],
    [
      "it",
      "Cerchiamo un cuoco con esperienza per il nostro ristorante. Offriamo un contratto e un ambiente di lavoro dinamico.",
    ],
    [
      "pt",
      "Procuramos um pedreiro com experiência para obras. Oferecemos contrato de trabalho e alojamento para a equipe.",
    ],
    [
      "nl",
      "Wij zoeken een ervaren chauffeur voor ons bedrijf. Je bent verantwoordelijk voor het vervoer van goederen.",
    ],
  ])("tells %s", (expected, text) => {
    expect(lang(text).language).toBe(expected);
  });

  it("keeps a French offer with English tech terms French", () => {
    const profile = lang(
      "Vous êtes le Product Owner de la squad : vous rédigez les user stories, priorisez le backlog et animez les rituels Agile avec l'équipe DevOps (CI/CD, Kubernetes).",
    );
    expect(profile.language).toBe("fr");
  });

  it("calls an English offer with a few French words English", () => {
    const profile = lang(
      "Poste basé à Paris. We are looking for a data engineer who will build our pipelines and work with the analytics team on the quality of our data.",
    );
    expect(profile.language).toBe("en");
    expect(profile.frenchShare).toBeLessThan(0.3);
  });

  it("calls a bilingual offer that opens with its French version French, even if English dominates", () => {
    const profile = lang(
      "Nous recherchons un développeur pour rejoindre notre équipe à Lyon. Vous développerez nos applications et participerez aux revues de code. " +
        "We are looking for a developer to join our team in Lyon. You will build our web applications, take part in the code reviews and work with the product managers on the design of new features.",
    );
    expect(profile).toMatchObject({ dominant: "en", opensInFrench: true, language: "fr" });
    expect(profile.frenchShare).toBeLessThan(0.4);
  });

  it("answers und for a text too short to tell", () => {
    expect(lang("Vendeur H/F, 25-35 ans").language).toBe("und");
  });
});
