import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import type { Salary, SalaryPeriod } from "./offer.js";
import { NET_TO_GROSS, parseSalary, SMIC_HOURLY_GROSS } from "./salary.js";
import { HOURS_PER_MONTH_FULL_TIME, SMIC_RATES, smicHourlyGrossAt } from "./smic.js";

type Figures = [
  number | null,
  number | null,
  SalaryPeriod | null,
  string | null,
  number | null,
  number | null,
];
const figures = (s: Salary): Figures => [s.min, s.max, s.period, s.currency, s.hourlyGross, s.annualGross];
const NONE: Figures = [null, null, null, null, null, null];

describe("parseSalary from text", () => {
  it.each<[string, Figures]>([
    ["2 000 € brut/mois", [2000, 2000, "month", "EUR", 13.19, 24000]],
    ["2000€ brut mensuel", [2000, 2000, "month", "EUR", 13.19, 24000]],
    ["2\u202f000\u00a0€ brut par mois", [2000, 2000, "month", "EUR", 13.19, 24000]],
    ["2.000 € par mois", [2000, 2000, "month", "EUR", 13.19, 24000]],
    ["25-30 k€ par an", [25000, 30000, "year", "EUR", 13.74, 25000]],
    ["25K€ - 30K€", [25000, 30000, "year", "EUR", 13.74, 25000]],
    ["De 25 000 à 30 000 € par an", [25000, 30000, "year", "EUR", 13.74, 25000]],
    ["45 000 € - 55 000 € / an", [45000, 55000, "year", "EUR", 24.72, 45000]],
    ["Rémunération : 26/27 K / an", [26000, 27000, "year", "EUR", 14.29, 26000]],
    ["55 - 60 k€ brut annuel", [55000, 60000, "year", "EUR", 30.22, 55000]],
    ["A partir de 40 k€ brut annuel", [40000, null, "year", "EUR", 21.98, 40000]],
    ["A partir de 3 254 euros brut/mois", [3254, null, "month", "EUR", 21.45, 39048]],
    ["Jusqu'à 2500 € par mois", [null, 2500, "month", "EUR", 16.48, 30000]],
    ["12,50 €/h", [12.5, 12.5, "hour", "EUR", 12.5, 22750]],
    ["11.88 EUR par heure", [11.88, 11.88, "hour", "EUR", 11.88, 21622]],
    ["Entre 12 et 14€ brut", [12, 14, "hour", "EUR", 12, 21840]],
    ["150 € par jour", [150, 150, "day", "EUR", 21.43, 39000]],
    ["500 € net par semaine", [500, 500, "week", "EUR", 18.32, 33333]],
    ["500 € par semaine", [500, 500, "week", "EUR", 14.29, 26000]],
    // France Travail wordings
    ["Mensuel de 1833.0 Euros à 2250.0 Euros sur 12.0 mois", [1833, 2250, "month", "EUR", 12.09, 21996]],
    ["Annuel de 40000 Euros sur 13 mois", [40000, 40000, "year", "EUR", 20.29, 40000]],
    ["Annuel de 35000,00 Euros à 45000,00 Euros", [35000, 45000, "year", "EUR", 19.23, 35000]],
    ["Annuel de 45000.0 Euros sur 13.5 mois", [45000, 45000, "year", "EUR", 21.98, 45000]],
    ["Horaire de 11.88 Euros à 16.0 Euros sur 12.0 mois", [11.88, 16, "hour", "EUR", 11.88, 21622]],
    ["Mensuel de 2630.38 Euros à 2737.0 Euros sur 12.0 mois", [2630.38, 2737, "month", "EUR", 17.34, 31565]],
    ["2140€ brut mensuel sur 13 mois", [2140, 2140, "month", "EUR", 14.11, 27820]],
    ["2000 € brut + 13ème mois", [2000, 2000, "month", "EUR", 13.19, 26000]],
    ["Autre de 30000,00 Euros à 40000,00 Euros", [30000, 40000, "year", "EUR", 16.48, 30000]],
    // a stated period that the figure contradicts is read again from the figure's size
    ["Mensuel de 40000.0 Euros à 50000.0 Euros sur 12.0 mois", [40000, 50000, "year", "EUR", 21.98, 40000]],
    ["À partir de 11,88 € par an", [11.88, null, "hour", "EUR", 11.88, 21622]],
    ["Annuel de 2080,00 Euros à 2147,00 Euros", [2080, 2147, "month", "EUR", 13.71, 24960]],
    ["Horaire de 1833 Euros", [1833, 1833, "month", "EUR", 12.09, 21996]],
    // SMIC
    ["SMIC", [12.02, 12.02, "hour", "EUR", 12.02, 21877]],
    ["Smic +10%", [13.22, 13.22, "hour", "EUR", 13.22, 24061]],
    ["SMIC + 5 %", [12.62, 12.62, "hour", "EUR", 12.62, 22969]],
    ["110% du SMIC", [13.22, 13.22, "hour", "EUR", 13.22, 24061]],
    ["de 27% à 100% du SMIC selon l'âge", [3.25, 12.02, "hour", "EUR", 3.25, 5915]],
    ["Smic + primes : 1900 € brut", [1900, 1900, "month", "EUR", 12.53, 22800]],
    // net figures are converted to gross for the normalised values only
    ["entre 1800 et 2100 net", [1800, 2100, "month", "EUR", 15.22, 27692]],
    ["1 560 € net par mois", [1560, 1560, "month", "EUR", 13.19, 24000]],
    // lone numbers: the period comes from the size
    ["1800", [1800, 1800, "month", "EUR", 11.87, 21600]],
    ["45000", [45000, 45000, "year", "EUR", 24.72, 45000]],
    ["12", [12, 12, "hour", "EUR", 12, 21840]],
    ["A partir de 28000", [28000, null, "year", "EUR", 15.38, 28000]],
    ["1 940 €", [1940, 1940, "month", "EUR", 12.79, 23280]],
    ["710,00 - 1 823,00 EUR", [710, 1823, "month", "EUR", 4.68, 8520]],
    ["entre 1 467 € et 2 067 €* BRUT selon votre âge", [1467, 2067, "month", "EUR", 9.67, 17604]],
    // figures whose period cannot be told: kept as written, not normalised
    ["500 €", [500, 500, null, "EUR", null, null]],
    ["11000 €", [11000, 11000, null, "EUR", null, null]],
    // other currencies: figures kept, no euro normalisation
    ["Entre 27,46 $ et 50,39 $ de l'heure", [27.46, 50.39, "hour", "USD", null, null]],
    ["60 000 CHF par an", [60000, 60000, "year", "CHF", null, null]],
    // numbers that are not pay
    ["35h - 2000€", [2000, 2000, "month", "EUR", 13.19, 24000]],
    ["2000 € brut, tickets restaurant à 9 €", [2000, 2000, "month", "EUR", 13.19, 24000]],
    ["Selon expérience (2 ans minimum) : 2 400 € brut", [2400, 2400, "month", "EUR", 15.82, 28800]],
  ])("%j", (text, expected) => {
    const salary = parseSalary({ text });
    expect(figures(salary)).toEqual(expected);
    expect(salary.text).toBe(text);
  });

  it.each([
    ["selon profil"],
    ["A négocier"],
    ["selon convention collective"],
    ["Selon la grille des salaires"],
    ["Rémunération statutaire"],
    ["Tickets restaurant à 9€"],
    ["poste cadre au forfait-groupe 6"],
    ["Salaire Entreprise 0334"],
    ["dont 13e mois + allocation vacances"],
    ["sur 14 mois"],
    ["Annuel de"],
    ["Non communiqué"],
    ["."],
    ["999999999 €"],
    ["0,5 €/h"],
    ["800 € de l'heure"],
    ["Annuel de 40,00 Euros à 45,00 Euros"],
    ["Mensuel de 0 Euros"],
    ["€€€ 🤑"],
  ])("keeps only the text of %j", (text) => {
    const salary = parseSalary({ text });
    expect(figures(salary)).toEqual(NONE);
    expect(salary.text).toBe(text);
  });

  it("gives an empty salary for missing input", () => {
    expect(parseSalary(undefined)).toEqual({
      text: null,
      ...Object.fromEntries(
        ["min", "max", "period", "currency", "basis", "hourlyGross", "annualGross"].map((k) => [k, null]),
      ),
    });
    expect(parseSalary({ text: "   " }).text).toBeNull();
  });
});

describe("parseSalary from structured fields", () => {
  it.each<[NonNullable<Parameters<typeof parseSalary>[0]>, Figures]>([
    [
      { min: "26000.00", max: "30000.00", currency: "EUR", period: "annum" },
      [26000, 30000, "year", "EUR", 14.29, 26000],
    ],
    [{ min: "11.88", currency: "EUR", period: "hour" }, [11.88, null, "hour", "EUR", 11.88, 21622]],
    [
      { min: "11.88", currency: "EUR", period: "annum", text: "À partir de 11,88 € par an" },
      [11.88, null, "hour", "EUR", 11.88, 21622],
    ],
    [{ min: "1 940 €" }, [1940, null, "month", "EUR", 12.79, 23280]],
    [{ min: "2000", max: "1800", period: "Mensuel" }, [1800, 2000, "month", "EUR", 11.87, 21600]],
    [{ min: "35000", period: "A" }, [35000, null, "year", "EUR", 19.23, 35000]],
    [{ min: "12", period: "H", currency: "euro" }, [12, null, "hour", "EUR", 12, 21840]],
    [{ max: "3000", period: "MONTHLY" }, [null, 3000, "month", "EUR", 19.78, 36000]],
    [{ text: "710,00 - 1 823,00 EUR", period: "MONTHLY" }, [710, 1823, "month", "EUR", 4.68, 8520]],
    [{ min: "2000", period: "month", text: "2000 € net" }, [2000, null, "month", "EUR", 16.91, 30769]],
    [{ min: "None", max: "None", period: "Horaire", currency: "EUR" }, NONE],
    [{ min: "", max: "", currency: "" }, NONE],
  ])("%j", (raw, expected) => {
    expect(figures(parseSalary(raw))).toEqual(expected);
  });
});

describe("parseSalary with working time", () => {
  it("uses the weekly hours of a part-time job", () => {
    expect(
      figures(parseSalary({ text: "1200 € brut mensuel" }, { workingTime: "part_time", weeklyHours: 24 })),
    ).toEqual([1200, 1200, "month", "EUR", 11.54, 14400]);
    expect(figures(parseSalary({ text: "12 € de l'heure" }, { weeklyHours: 20 }))).toEqual([
      12,
      12,
      "hour",
      "EUR",
      12,
      12480,
    ]);
  });

  it("does not guess the hourly rate of a part-time job without hours", () => {
    expect(figures(parseSalary({ text: "1000 € brut mensuel" }, { workingTime: "part_time" }))).toEqual([
      1000,
      1000,
      "month",
      "EUR",
      null,
      12000,
    ]);
    expect(figures(parseSalary({ text: "12 €/h" }, { workingTime: "part_time" }))).toEqual([
      12,
      12,
      "hour",
      "EUR",
      12,
      null,
    ]);
  });

  it("reads the SMIC in force when the offer was published", () => {
    expect(parseSalary({ text: "SMIC" }, { at: "2025-06-01T00:00:00.000Z" }).hourlyGross).toBe(11.88);
    expect(parseSalary({ text: "SMIC" }, { at: "2026-02-01T00:00:00.000Z" }).hourlyGross).toBe(12.02);
  });
});

describe("SMIC data", () => {
  it("exposes the latest rate and the rate at a date", () => {
    expect(SMIC_HOURLY_GROSS).toBe(12.02);
    expect(smicHourlyGrossAt("2024-12-15")).toBe(11.88);
    expect(smicHourlyGrossAt(new Date("2024-03-01T00:00:00Z"))).toBe(11.65);
    expect(smicHourlyGrossAt("2026-01-01")).toBe(12.02);
    expect(smicHourlyGrossAt()).toBe(12.02);
    expect(SMIC_RATES.map((r) => r.from)).toEqual([...SMIC_RATES.map((r) => r.from)].sort());
    expect(HOURS_PER_MONTH_FULL_TIME).toBe(151.67);
    expect(NET_TO_GROSS).toBe(0.78);
  });
});

describe("France Travail salary labels", () => {
  const offers = JSON.parse(
    gunzipSync(readFileSync(join(DATA_DIR, "offres/ft_offres_anonymised_all.json.gz"))).toString("utf8"),
  ) as { salaire?: { libelle?: string } | { libelle?: string }[] }[];
  const labels = offers
    .flatMap((o) => [o.salaire ?? []].flat().map((s) => s.libelle ?? ""))
    .filter((l) => l !== "");
  const LABEL = /^(Annuel|Mensuel|Horaire) de ([\d.,]+) Euros(?: à ([\d.,]+) Euros)?(?: sur [\d.]+ mois)?$/;
  const PERIOD: Record<string, SalaryPeriod> = { Annuel: "year", Mensuel: "month", Horaire: "hour" };

  it("reads the figures and the period of every structured label", () => {
    const checked = labels.filter((l) => LABEL.test(l));
    const wrong = checked.filter((label) => {
      const [, period = "", low = "", high] = LABEL.exec(label) ?? [];
      const min = Number(low.replace(",", "."));
      const max = high === undefined ? min : Number(high.replace(",", "."));
      const salary = parseSalary({ text: label });
      // A "monthly" salary of 15,000 € or more is a yearly one mislabelled.
      const expected = PERIOD[period] === "month" && min >= 15_000 ? "year" : PERIOD[period];
      return (
        salary.min !== min || salary.max !== max || salary.period !== expected || salary.annualGross === null
      );
    });
    // Three labels contradict their period ("Annuel de 40,00 Euros"): see the table above.
    expect(wrong.length).toBeLessThanOrEqual(3);
    expect(wrong.every((label) => label.startsWith("Annuel de"))).toBe(true);
    expect(checked.length).toBeGreaterThan(800);
  });
});
