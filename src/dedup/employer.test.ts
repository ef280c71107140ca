import { describe, expect, it } from "vitest";
import { compareEmployers, type EmployerKey, employerKey, normalizeEmployerName } from "./employer.js";

const key = (name: string | null, siret: string | null = null): EmployerKey =>
  employerKey({ name, siret, showName: true, description: null });

describe("normalizeEmployerName", () => {
  it.each([
    ["DECATHLON SA", "decathlon"],
    ["Décathlon France", "decathlon"],
    ["Groupe La Poste", "la poste"],
    ["L'Oréal S.A.S.", "l oreal"],
    ["Boulangerie Dupont & Fils SARL", "boulangerie dupont fils"],
    ["France", "france"],
  ])("%s gives %s", (name, expected) => {
    expect(normalizeEmployerName(name)).toBe(expected);
  });

  it("returns null when nothing is left", () => {
    expect(normalizeEmployerName("SAS")).toBeNull();
    expect(normalizeEmployerName(null)).toBeNull();
  });
});

describe("employerKey", () => {
  it("keeps a 14-digit SIRET and derives the SIREN", () => {
    expect(key("X", "123 456 789 00012")).toMatchObject({ siret: "12345678900012", siren: "123456789" });
    expect(key("X", "123456789")).toMatchObject({ siret: null, siren: "123456789" });
    expect(key("X", "12345")).toMatchObject({ siret: null, siren: null });
  });

  it("recognises staffing agencies by brand or word", () => {
    expect(key("Adecco Lyon Part-Dieu").agency).toBe(true);
    expect(key("Interim Plus 69").agency).toBe(true);
    expect(key("Cabinet Martin Recrutement").agency).toBe(true);
    expect(key("Decathlon").agency).toBe(false);
    expect(key("Cabinet dentaire du Parc").agency).toBe(false);
    // Staffing networks' branch names, public employment services publishing for employers.
    expect(key("Borella Emploi").agency).toBe(true);
    expect(key("Calis Job Nantes").agency).toBe(true);
    expect(key("France Travail").agency).toBe(true);
  });
});

describe("compareEmployers", () => {
  it("prefers registry identifiers", () => {
    expect(compareEmployers(key("A", "12345678900012"), key("B", "12345678900012"))).toBe("siret");
    expect(compareEmployers(key("A", "12345678900012"), key("A", "12345678900099"))).toBe("siren");
    expect(compareEmployers(key("Decathlon", "12345678900012"), key("Decathlon", "99999999900012"))).toBe(
      "different",
    );
  });

  it("matches names and their variants", () => {
    expect(compareEmployers(key("LaPoste"), key("Groupe La Poste"))).toBe("name");
    expect(compareEmployers(key("Decathlon"), key("Decathlon Villeneuve d'Ascq"))).toBe("variant");
    expect(compareEmployers(key("Carrefour"), key("Carrefourmarket"))).toBe("variant");
    // A registered name against the brand made of its initials.
    expect(compareEmployers(key("EDF"), key("ELECTRICITE DE FRANCE"))).toBe("variant");
    expect(compareEmployers(key("Société Nationale des Chemins de fer"), key("SNCF"))).toBe("variant");
    expect(compareEmployers(key("EDF"), key("Dupont Frères Électricité"))).toBe("different");
  });

  it("tells unknown, agency and different apart", () => {
    expect(compareEmployers(key(null), key("Decathlon"))).toBe("unknown");
    expect(compareEmployers(key("Adecco"), key("Decathlon"))).toBe("agency");
    expect(compareEmployers(key("Decathlon"), key("Intersport"))).toBe("different");
  });
});
