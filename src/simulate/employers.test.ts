import { describe, expect, it } from "vitest";
import { normalizeSiret } from "../offer/siret.js";
import {
  agencyEmployer,
  employerNameVariant,
  localEmployer,
  nationalEmployer,
  sirenOf,
  siretOf,
} from "./employers.js";

describe("SIREN and SIRET", () => {
  it("gives valid, distinct SIRENs for distinct employer numbers", () => {
    const sirens = new Set<string>();
    for (let id = 0; id < 20_000; id++) {
      const siren = sirenOf(id * 37, id % 3 === 0);
      expect(siren).toMatch(/^\d{9}$/);
      sirens.add(siren);
    }
    expect(sirens.size).toBe(20_000);
    expect(sirenOf(5, true).startsWith("2")).toBe(true);
  });

  it("gives Luhn-valid SIRETs, one per establishment", () => {
    const employer = nationalEmployer(1, 3, 0);
    const a = siretOf(employer, 12);
    const b = siretOf(employer, 13);
    expect(normalizeSiret(a)).toBe(a);
    expect(normalizeSiret(b)).toBe(b);
    expect(a.slice(0, 9)).toBe(employer.siren);
    expect(a).not.toBe(b);
  });

  it("follows La Poste's own SIRET rule", () => {
    const laPoste = { ...nationalEmployer(1, 13, 0), siren: "356000000" };
    for (let site = 0; site < 50; site++) {
      const siret = siretOf(laPoste, site);
      expect(normalizeSiret(siret)).toBe(siret);
    }
  });
});

describe("employers", () => {
  it("are pure functions of their key", () => {
    expect(localEmployer(4, { index: 10, name: "Lyon" }, 3, 2, false)).toEqual(
      localEmployer(4, { index: 10, name: "Lyon" }, 3, 2, false),
    );
    expect(nationalEmployer(4, 3, 1).siren).not.toBe(nationalEmployer(4, 3, 2).siren);
  });

  it("names temporary-work agencies as such, with the agency NAF", () => {
    const agency = agencyEmployer(1, 0);
    expect(agency.kind).toBe("agency");
    expect(agency.naf.code).toBe("78.20Z");
    expect(employerNameVariant(agency, "Lyon", 4)).toBe(`${agency.brand} Lyon`);
  });

  it("names public employers after their commune", () => {
    const employer = localEmployer(1, { index: 5, name: "Dole" }, 9, 0, true);
    expect(employer.kind).toBe("public");
    expect(employer.brand).toContain("Dole");
    expect(employer.siren.startsWith("2")).toBe(true);
  });
});
