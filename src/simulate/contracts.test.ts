import { describe, expect, it } from "vitest";
import { parseContract } from "../offer/contract.js";
import { parseExperience } from "../offer/experience.js";
import {
  contractLabel,
  drawContract,
  experienceLabel,
  type JobContract,
  type JobContractCode,
} from "./contracts.js";
import { Rng } from "./rng.js";
import { SECTORS } from "./sectors.js";

const EXPECTED: Partial<Record<JobContractCode, string>> = {
  CDI: "CDI",
  CDD: "CDD",
  MIS: "MIS",
  SAI: "SAI",
  LIB: "LIB",
  FRA: "FRA",
};

describe("contract wordings", () => {
  it("are read back as the right contract type and duration", () => {
    for (const [code, type] of Object.entries(EXPECTED)) {
      const contract: JobContract = {
        code: code as JobContractCode,
        durationMonths: code === "CDI" || code === "LIB" || code === "FRA" ? null : 6,
        workingTime: "full_time",
        weeklyHours: 35,
      };
      for (const wording of ["ft", "short", "long"] as const) {
        const label = contractLabel(contract, wording);
        const parsed = parseContract({ type: label });
        expect(parsed.type, label).toBe(type);
        if (contract.durationMonths !== null) expect(parsed.durationMonths, label).toBe(6);
      }
    }
  });

  it("say apprenticeship so that the platform sees a work-study contract", () => {
    const apprenticeship: JobContract = {
      code: "APP",
      durationMonths: 24,
      workingTime: "full_time",
      weeklyHours: 35,
    };
    for (const wording of ["ft", "short", "long"] as const) {
      expect(parseContract({ type: contractLabel(apprenticeship, wording) }).nature).toBe("E2");
    }
  });
});

describe("drawContract", () => {
  it("gives temporary-work agencies missions and others mostly CDI", () => {
    const rng = new Rng(4);
    const sector = SECTORS[3];
    if (!sector) throw new Error("no sector");
    const agency = Array.from({ length: 500 }, () => drawContract(rng, sector, true, false).code);
    const direct = Array.from({ length: 2000 }, () => drawContract(rng, sector, false, false).code);
    expect(agency.filter((c) => c === "MIS").length / 500).toBeGreaterThan(0.85);
    const cdi = direct.filter((c) => c === "CDI").length / 2000;
    expect(cdi).toBeGreaterThan(0.45);
    expect(cdi).toBeLessThan(0.7);
  });
});

describe("experienceLabel", () => {
  it("is read back with the right number of years", () => {
    for (let seed = 0; seed < 20; seed++) {
      const label = experienceLabel({ years: 3, required: seed % 2 === 0 }, new Rng(seed));
      // "Expérience souhaitée" alone gives no duration.
      if (/\d/.test(label)) expect(parseExperience(label).months, label).toBe(36);
      else expect(parseExperience(label).level, label).toBe("S");
    }
    expect(parseExperience(experienceLabel({ years: 0, required: false }, new Rng(1))).level).toBe("D");
  });
});
