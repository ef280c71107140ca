import { describe, expect, it } from "vitest";
import { luhnCheckDigit, luhnValid, normalizeSiret } from "./siret.js";

describe("SIRET", () => {
  it("accepts a valid SIRET written with spaces", () => {
    // SIREN 732 829 320 (a valid Luhn SIREN) + NIC 00074
    const siren = "732829320";
    const nic = "0007";
    const siret = siren + nic + luhnCheckDigit(siren + nic);
    expect(normalizeSiret(`${siret.slice(0, 3)} ${siret.slice(3, 9)} ${siret.slice(9)}`)).toBe(siret);
  });

  it("rejects a wrong check digit, wrong lengths and junk", () => {
    const valid = `7328293200007${luhnCheckDigit("7328293200007")}`;
    const wrong = valid.slice(0, 13) + ((Number(valid[13]) + 1) % 10);
    expect(normalizeSiret(wrong)).toBeNull();
    expect(normalizeSiret("12345678901234")).toBeNull();
    expect(normalizeSiret("1234")).toBeNull();
    expect(normalizeSiret("abc")).toBeNull();
    expect(normalizeSiret(undefined)).toBeNull();
  });

  it("applies La Poste's rule (sum of digits divisible by 5)", () => {
    expect(normalizeSiret("35600000000001")).toBe("35600000000001");
    expect(normalizeSiret("35600000000002")).toBeNull();
  });

  it("computes check digits that validate", () => {
    for (const partial of ["4428", "12345678", "0000000000001"]) {
      expect(luhnValid(partial + luhnCheckDigit(partial))).toBe(true);
    }
  });
});
