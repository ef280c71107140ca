import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import { parseContract, parseDurationMonths, parseWeeklyHours } from "./contract.js";
import type { ContractCode, ContractNature } from "./offer.js";

describe("parseContract: type and nature", () => {
  it.each<[string, ContractCode | null, ContractNature | null]>([
    // APEC, Decathlon, Clever Connect, Hellowork, Kelio, JobTeaser, EDF, Engagement Jeunes, La Poste
    ["CDD - Alternance - Contrat d'apprentissage", "CDD", "E2"],
    ["CDI - Alternance - Contrat d'apprentissage", "CDI", "E2"],
    ["CDD - Alternance - Contrat de professionnalisation", "CDD", "FS"],
    ["Contrat d'alternance (pro, apprentissage)", "CDD", "E2"],
    ["Alternance / Apprentissage", "CDD", "E2"],
    ["apprentice", "CDD", "E2"],
    ["Apprenticeship", "CDD", "E2"],
    ["Alternating", "CDD", "E2"],
    ["Alternance", "CDD", "E2"],
    ["CONTRAT_ALTERNANCE", "CDD", "E2"],
    ["Apprentissage", "CDD", "E2"],
    ["Contrat de professionnalisation", "CDD", "FS"],
    ["Cont. professionnalisation", "CDD", "FS"],
    ["Contrat pro", "CDD", "FS"],
    // France Travail labels
    ["Contrat à durée indéterminée", "CDI", "E1"],
    ["CDI", "CDI", "E1"],
    ["Contrat à durée déterminée - 12 Mois", "CDD", "E1"],
    ["CDD - 6 Mois", "CDD", "E1"],
    ["Mission intérimaire - 3 Mois", "MIS", "E1"],
    ["Intérim - 2 Mois", "MIS", "E1"],
    ["CDI Intérimaire", "DIN", "E1"],
    ["Profession libérale", "LIB", "NS"],
    ["Franchise", "FRA", "NS"],
    ["Contrat travail saisonnier", "SAI", "E1"],
    ["Saisonnier", "SAI", "E1"],
    ["Reprise d'entreprise", "REP", "NS"],
    ["CDD d'insertion", "DDI", "E1"],
    ["CDDI", "DDI", "E1"],
    ["Contrat travail temporaire insertion", "TTI", "E1"],
    ["Profession commerciale", "CCE", null],
    ["Agent commercial", "CCE", "NS"],
    ["CDI de chantier ou d'opération", "CDI", "E1"],
    ["Emploi non salarié", null, "NS"],
    // other partner and English wordings
    ["Intérim", "MIS", "E1"],
    ["Temporary", "MIS", "E1"],
    ["Travail temporaire", "MIS", "E1"],
    ["permanent", "CDI", "E1"],
    ["Permanent", "CDI", "E1"],
    ["Fixed term", "CDD", "E1"],
    ["Contract", "CDD", "E1"],
    ["_TS_CO_Contract_CDD", "CDD", "E1"],
    ["_TS_CO_Contract_CDI", "CDI", "E1"],
    ["Freelance", "LIB", "NS"],
    ["Indépendant", "LIB", "NS"],
    ["Auto-entrepreneur", "LIB", "NS"],
    ["CONTRACTOR", "LIB", "NS"],
    ["Stage", "STG", null],
    ["Stage de fin d'études", "STG", null],
    ["Internship", "STG", null],
    ["INTERN", "STG", null],
    ["VIE", null, "NS"],
    ["V.I.E", null, "NS"],
    ["Volontariat international en entreprise", null, "NS"],
    ["CDI, Alternance / Apprentissage", "CDI", "E2"],
    ["Stage / Alternance", "CDD", "E2"],
    // neither a type nor a nature
    ["full_time", null, null],
    ["Temps plein", null, null],
    ["Type de contrat à déterminer", null, null],
    ["Autre", null, null],
    ["???", null, null],
    ["", null, null],
    ["12345", null, null],
  ])("%j -> %s / %s", (label, type, nature) => {
    const contract = parseContract({ type: label });
    expect([contract.type, contract.nature]).toEqual([type, nature]);
    expect(contract.label).toBe(label === "" ? null : label);
  });

  it.each<[string | undefined, string, ContractCode | null, ContractNature | null]>([
    [undefined, "Alternance - Manager commerce (H/F)", "CDD", "E2"],
    [undefined, "Apprenti boulanger", "CDD", "E2"],
    [undefined, "Chef de projet en contrat de professionnalisation", "CDD", "FS"],
    [undefined, "Stage assistant marketing", "STG", null],
    [undefined, "Comptable CDI", "CDI", "E1"],
    [undefined, "Vendeur saisonnier H/F", "SAI", "E1"],
    [undefined, "Chargé de stratégie", null, null],
    [undefined, "Manager en stratégie et organisation", null, null],
    [undefined, "Agent commercial immobilier", null, null],
    ["CDI", "Alternance - Vendeur", "CDI", "E2"],
    ["CDD", "Stage comptable", "CDD", "E1"],
    ["Intérim", "Alternance logistique", "MIS", "E1"],
    ["", "Alternance logistique", "CDD", "E2"],
  ])("label %j, title %j -> %s / %s", (label, title, type, nature) => {
    const contract = parseContract(label === undefined ? undefined : { type: label }, title);
    expect([contract.type, contract.nature]).toEqual([type, nature]);
  });

  it("gives an empty contract for missing input", () => {
    expect(parseContract(undefined)).toEqual({
      type: null,
      label: null,
      nature: null,
      durationMonths: null,
      workingTime: null,
      weeklyHours: null,
    });
  });
});

describe("duration", () => {
  it.each<[string | undefined, string | undefined, number | null]>([
    ["12", undefined, 12],
    ["12", "month", 12],
    ["12", "months", 12],
    ["12 month", undefined, 12],
    ["6 mois", undefined, 6],
    ["6 Mois", undefined, 6],
    ["18", "mois", 18],
    ["1 an", undefined, 12],
    ["2 ans", undefined, 24],
    ["1,5 an", undefined, 18],
    ["3 semaines", undefined, 0.7],
    ["3", "weeks", 0.7],
    ["15 Jour(s)", undefined, 0.5],
    ["45", "jours", 1.5],
    ["12 à 24 mois", undefined, 12],
    ["12-24", undefined, 12],
    ["12_mois", undefined, 12],
    ["2", "years", 24],
    ["0", undefined, null],
    ["2025", undefined, null],
    ["121", undefined, null],
    ["douze mois", undefined, null],
    ["6", "lightyears", null],
    ["", undefined, null],
    [undefined, undefined, null],
  ])("%j %j -> %s months", (text, unit, months) => {
    expect(parseDurationMonths(text, unit)).toBe(months);
  });

  it("reads the duration from the raw fields, then from the label, never for a CDI", () => {
    expect(parseContract({ type: "CDD", duration: "6", durationUnit: "mois" }).durationMonths).toBe(6);
    expect(parseContract({ type: "Contrat à durée déterminée - 12 Mois" }).durationMonths).toBe(12);
    expect(parseContract({ type: "Mission intérimaire - 8 Jour(s)" }).durationMonths).toBe(0.3);
    expect(parseContract({ type: "CDD 35h" }).durationMonths).toBeNull();
    expect(parseContract({ type: "CDD 2025" }).durationMonths).toBeNull();
    expect(parseContract({ type: "CDI", duration: "12" }).durationMonths).toBeNull();
    expect(parseContract({ type: "Stage", duration: "6 mois" }).durationMonths).toBe(6);
  });
});

describe("working time", () => {
  it.each<[Record<string, string>, "full_time" | "part_time" | null, number | null]>([
    [{ workingTime: "Temps plein" }, "full_time", null],
    [{ workingTime: "Temps Plein" }, "full_time", null],
    [{ workingTime: "full_time" }, "full_time", null],
    [{ workingTime: "Full time" }, "full_time", null],
    [{ workingTime: "Temps partiel" }, "part_time", null],
    [{ workingTime: "part_time" }, "part_time", null],
    [{ workingTime: "Mi-temps" }, "part_time", null],
    [{ workingTime: "35H" }, "full_time", 35],
    [{ workingTime: "35H Travail en journée" }, "full_time", 35],
    [{ workingTime: "35 H  Travail en journée" }, "full_time", 35],
    [{ workingTime: "39H\nTravail en journée" }, "full_time", 39],
    [{ workingTime: "37H30 Autre" }, "full_time", 37.5],
    [{ workingTime: "39H10 Autre" }, "full_time", 39.17],
    [{ workingTime: "34 H" }, "part_time", 34],
    [{ workingTime: "24h/semaine" }, "part_time", 24],
    [{ workingTime: "temps partiel - 28H Autre" }, "part_time", 28],
    [{ workingTime: "Temps plein", weeklyHours: "32" }, "full_time", 32],
    [{ weeklyHours: "35" }, "full_time", 35],
    [{ weeklyHours: "20,5" }, "part_time", 20.5],
    [{ weeklyHours: "35:30" }, "full_time", 35.5],
    [{ weeklyHours: "3500" }, "full_time", 35],
    [{ weeklyHours: "1607 heures" }, null, null],
    [{ weeklyHours: "151.67" }, null, null],
    [{ weeklyHours: "0" }, null, null],
    [{ weeklyHours: "99" }, null, null],
    [{ workingTime: "Travail en journée" }, null, null],
    [{ type: "Alternance, Temps plein" }, "full_time", null],
    [{}, null, null],
  ])("%j -> %s, %s h", (raw, workingTime, weeklyHours) => {
    const contract = parseContract(raw);
    expect([contract.workingTime, contract.weeklyHours]).toEqual([workingTime, weeklyHours]);
  });

  it("reads weekly hours alone", () => {
    expect(parseWeeklyHours("35 heures")).toBe(35);
    expect(parseWeeklyHours(undefined)).toBeNull();
    expect(parseWeeklyHours("beaucoup")).toBeNull();
  });
});

describe("France Travail offers", () => {
  const offers = JSON.parse(
    gunzipSync(readFileSync(join(DATA_DIR, "offres/ft_offres_anonymised_all.json.gz"))).toString("utf8"),
  ) as {
    typeContrat: string;
    typeContratLibelle: string;
    natureContrat: string;
    dureeTravailLibelle?: string;
    dureeTravailLibelleConverti?: string;
  }[];
  const NATURES: Record<string, ContractNature> = {
    "Contrat travail": "E1",
    "Contrat apprentissage": "E2",
    "Cont. professionnalisation": "FS",
    "Emploi non salarié": "NS",
  };

  it("gives France Travail's own type from its contract label", () => {
    const wrong = offers.filter((o) => parseContract({ type: o.typeContratLibelle }).type !== o.typeContrat);
    expect(wrong.map((o) => `${o.typeContratLibelle} -> ${o.typeContrat}`)).toEqual([]);
  });

  it("gives France Travail's own nature from its nature label", () => {
    const known = offers.filter((o) => NATURES[o.natureContrat] !== undefined);
    const wrong = known.filter(
      (o) => parseContract({ type: o.natureContrat }).nature !== NATURES[o.natureContrat],
    );
    expect(wrong.map((o) => o.natureContrat)).toEqual([]);
    expect(known.length).toBeGreaterThan(2500);
  });

  it("agrees with France Travail's full / part time conversion", () => {
    const timed = offers.filter((o) => o.dureeTravailLibelle && o.dureeTravailLibelleConverti);
    const wrong = timed.filter((o) => {
      const expected = o.dureeTravailLibelleConverti === "Temps plein" ? "full_time" : "part_time";
      return parseContract({ workingTime: o.dureeTravailLibelle }).workingTime !== expected;
    });
    expect(wrong.map((o) => o.dureeTravailLibelle)).toEqual([]);
    expect(timed.length).toBeGreaterThan(650);
  });
});
