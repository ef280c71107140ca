import { describe, expect, it } from "vitest";
import { parseSalary } from "../offer/salary.js";
import { HOURS_PER_MONTH_FULL_TIME } from "../offer/smic.js";
import type { JobContract } from "./contracts.js";
import { belowSmicPay, drawPay, frNumber, type JobPay, type PayWording, payText } from "./pay.js";
import { Rng } from "./rng.js";
import { SECTORS } from "./sectors.js";

const SMIC = 12.02;
const fullTime: JobContract = {
  code: "CDI",
  durationMonths: null,
  workingTime: "full_time",
  weeklyHours: 35,
};

describe("drawPay", () => {
  it("never offers less than the SMIC for the hours worked, and often nothing", () => {
    const rng = new Rng(11);
    let none = 0;
    for (let i = 0; i < 5000; i++) {
      const sector = SECTORS[i % SECTORS.length] ?? SECTORS[0];
      if (!sector) continue;
      const pay = drawPay(rng, {
        sector,
        contract: fullTime,
        cadre: false,
        experienceYears: 0,
        ileDeFrance: false,
        smicHourly: SMIC,
      });
      if (pay.min === null) none++;
      else expect(pay.hourly ?? 0).toBeGreaterThanOrEqual(SMIC - 0.01);
    }
    expect(none / 5000).toBeGreaterThan(0.35);
    expect(none / 5000).toBeLessThan(0.55);
  });

  it("pays managers more than the SMIC by far", () => {
    const rng = new Rng(2);
    const sector = SECTORS.find((s) => s.letter === "M");
    if (!sector) throw new Error("no sector M");
    const hourly: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const pay = drawPay(rng, {
        sector,
        contract: fullTime,
        cadre: true,
        experienceYears: 5,
        ileDeFrance: true,
        smicHourly: SMIC,
      });
      if (pay.hourly !== null) hourly.push(pay.hourly);
    }
    const median = hourly.sort((a, b) => a - b)[Math.floor(hourly.length / 2)] ?? 0;
    expect(median * HOURS_PER_MONTH_FULL_TIME * 12).toBeGreaterThan(45_000);
  });

  it("draws below-SMIC pay for violations", () => {
    const pay = belowSmicPay(new Rng(1), SMIC);
    expect(pay.period).toBe("hour");
    expect(pay.min ?? 99).toBeLessThan(SMIC);
  });
});

describe("payText", () => {
  const cases: JobPay[] = [
    { min: 2000, max: 2300, period: "month", vague: null, hourly: 13.19 },
    { min: 42_000, max: null, period: "year", vague: null, hourly: 23.08 },
    { min: 12.5, max: 13.75, period: "hour", vague: null, hourly: 12.5 },
  ];
  const wordings: PayWording[] = ["ft", "board", "compact"];

  it("writes figures the platform's salary parser reads back", () => {
    for (const pay of cases) {
      for (const wording of wordings) {
        // "12.50-13.75 EUR/heure" (dot decimals joined by a hyphen) is a real wording the parser
        // does not read yet: left out here, reported to the normalisation owner.
        if (wording === "compact" && pay.period === "hour") continue;
        for (let seed = 0; seed < 6; seed++) {
          const text = payText(pay, wording, new Rng(seed));
          const parsed = parseSalary({ text: text ?? "" });
          expect(parsed.period, text ?? "").toBe(pay.period);
          expect(parsed.min, text ?? "").toBeCloseTo(pay.min ?? 0, 0);
        }
      }
    }
  });

  it("keeps vague wordings and gives nothing for nothing", () => {
    expect(
      payText({ min: null, max: null, period: null, vague: "Selon profil", hourly: null }, "ft", new Rng(1)),
    ).toBe("Selon profil");
    expect(
      payText({ min: null, max: null, period: null, vague: null, hourly: null }, "ft", new Rng(1)),
    ).toBeNull();
  });

  it("groups thousands and uses a decimal comma", () => {
    expect(frNumber(1950, 0)).toBe("1 950");
    expect(frNumber(12.345, 2)).toBe("12,35");
    expect(frNumber(42000.5, 1)).toBe("42 000,5");
  });
});
