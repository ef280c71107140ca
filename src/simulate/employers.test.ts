import { describe, expect, it } from "vitest";
import { normalizeSiret } from "../offer/siret.js";
import {
  agencyEmployer,
  ESTABLISHMENT_SLOTS,
  employerNameVariant,
  establishmentNumber,
  localAgency,
  localEmployer,
  nationalEmployer,
  permute,
  type SimEmployer,
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
    for (let site = 1; site <= 50; site++) {
      const siret = siretOf(laPoste, site);
      expect(normalizeSiret(siret)).toBe(siret);
    }
  });

  it("refuses establishment numbers outside 1–9,998", () => {
    const employer = nationalEmployer(1, 3, 0);
    for (const site of [0, 9_999, 10_010, 1.5]) expect(() => siretOf(employer, site)).toThrow(RangeError);
    expect(siretOf(employer, 9_998).slice(9, 13)).toBe("9998");
  });
});

describe("establishments", () => {
  it("permutes [0, n) for any n", () => {
    for (const n of [2, 9_997, 9_998, 10_000]) {
      for (const key of [1, 200_017, 20_000_123]) {
        const seen = new Set<number>();
        for (let x = 0; x < n; x++) seen.add(permute(x, n, key));
        expect(seen.size).toBe(n);
        expect(Math.max(...seen)).toBe(n - 1);
      }
    }
  });

  /** The SIRETs of an employer in communes #0…#count-1, commune i holding slot i. */
  const siretsOver = (employer: SimEmployer, count: number): string[] => {
    const sirets: string[] = [];
    for (let commune = 0; commune < count; commune++) {
      const site = establishmentNumber(employer, commune, commune);
      if (site !== null) sirets.push(siretOf(employer, site));
    }
    return sirets;
  };

  it.each([
    ["a national brand", nationalEmployer(7, 3, 0)],
    ["an agency network", agencyEmployer(7, 0)],
    ["La Poste", { ...nationalEmployer(7, 13, 0), siren: "356000000" }],
  ])("gives %s a distinct, valid SIRET in each of the 9,998 communes with a slot", (_, employer) => {
    const sirets = siretsOver(employer, ESTABLISHMENT_SLOTS);
    expect(sirets).toHaveLength(ESTABLISHMENT_SLOTS);
    expect(new Set(sirets).size).toBe(ESTABLISHMENT_SLOTS);
    expect(sirets.filter((siret) => normalizeSiret(siret) !== siret)).toEqual([]);
    expect(sirets.every((siret) => siret.startsWith(employer.siren))).toBe(true);
  });

  it("has national employers overflow nowhere: no establishment in a commune without a slot", () => {
    const employer = nationalEmployer(7, 3, 0);
    expect(establishmentNumber(employer, 12, -1)).toBeNull();
    expect(establishmentNumber(employer, 12, ESTABLISHMENT_SLOTS)).toBeNull();
  });

  it("gives a local employer its head office (1) at home and distinct numbers elsewhere", () => {
    for (const employer of [
      localEmployer(7, { index: 40, name: "Dole" }, 3, 0, false),
      localEmployer(7, { index: 40, name: "Dole" }, 9, 0, true),
      localAgency(7, { index: 40, name: "Dole" }),
    ]) {
      expect(establishmentNumber(employer, 40, -1)).toBe(1);
      expect(establishmentNumber(employer, 40, 40)).toBe(1);
      const sirets = siretsOver(employer, ESTABLISHMENT_SLOTS);
      // Home, plus every other commune but the last slot (9,997 other numbers are left).
      expect(sirets).toHaveLength(ESTABLISHMENT_SLOTS - 1);
      expect(new Set(sirets).size).toBe(sirets.length);
      expect(sirets.filter((siret) => normalizeSiret(siret) !== siret)).toEqual([]);
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
    const local = localAgency(1, { index: 40, name: "Dole" });
    expect([local.kind, local.naf.code, local.national, local.home]).toEqual(["agency", "78.20Z", false, 40]);
    expect(local.siren).not.toBe(localEmployer(1, { index: 40, name: "Dole" }, 3, 0, false).siren);
  });

  it("names public employers after their commune", () => {
    const employer = localEmployer(1, { index: 5, name: "Dole" }, 9, 0, true);
    expect(employer.kind).toBe("public");
    expect(employer.brand).toContain("Dole");
    expect(employer.siren.startsWith("2")).toBe(true);
  });
});
