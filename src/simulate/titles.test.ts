import { describe, expect, it } from "vitest";
import type { Appellation } from "../referentials/rome.js";
import { feminineNounTitle, styleTitle, titleForms } from "./titles.js";

const forms = (label: string) => titleForms({ label } as Appellation);

describe("titleForms", () => {
  it.each([
    ["Vendeur / Vendeuse en boulangerie", "Vendeur en boulangerie", "Vendeuse en boulangerie"],
    // ROME writes a few labels feminine first, or the feminine twice.
    ["Agente / Agent de bio-nettoyage", "Agent de bio-nettoyage", "Agente de bio-nettoyage"],
    [
      "Opératrice / Opérateur de saisie éditique",
      "Opérateur de saisie éditique",
      "Opératrice de saisie éditique",
    ],
    ["Bioinformaticienne / Bio-informaticienne", "Bioinformaticien", "Bioinformaticienne"],
    ["Steward / Hôtesse de train", "Steward de train", "Hôtesse de train"],
  ])("%s: masculine %s, feminine %s", (label, masculine, feminine) => {
    expect(forms(label)).toMatchObject({ masculine, feminine });
  });

  it("two masculine synonyms have no feminine form", () => {
    expect(forms("Chercheur / Concepteur informatique").feminine).toBeNull();
  });

  it("a feminine-only title is one whose job noun is feminine, not an epicene noun's adjective", () => {
    expect(feminineNounTitle(forms("Vendeur / Vendeuse en boulangerie"))).toBe("Vendeuse en boulangerie");
    expect(feminineNounTitle(forms("Secrétaire médical / Secrétaire médicale"))).toBeNull();
  });

  it("a plain title of a label without a feminine form gets 'H/F'", () => {
    const input = {
      forms: forms("Médecin coordonnateur"),
      seniority: null,
      contractWord: "CDI",
      workStudy: false,
    };
    expect(styleTitle("Médecin coordonnateur", input, "plain")).toBe("Médecin coordonnateur H/F");
    const both = { ...input, forms: forms("Vendeur / Vendeuse") };
    expect(styleTitle("Vendeur / Vendeuse", both, "plain")).toBe("Vendeur / Vendeuse");
  });
});
