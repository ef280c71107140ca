import { describe, expect, it } from "vitest";
import { parsePlaceLabel } from "./place-label.js";

describe("parsePlaceLabel", () => {
  it.each([
    ["Babaland (38)", { departements: ["38"], numbers: [], names: ["Babaland"] }],
    ["75 - PARIS 01", { departements: ["75"], numbers: [], names: ["PARIS 01"] }],
    ["2A - AJACCIO", { departements: ["2A"], numbers: [], names: ["AJACCIO"] }],
    ["974 - SAINT-DENIS", { departements: ["974"], numbers: [], names: ["SAINT-DENIS"] }],
    ["Lyon 3e (69)", { departements: ["69"], numbers: [], names: ["Lyon 3e"] }],
    ["83126 LA SEYNE SUR MER", { departements: [], numbers: ["83126"], names: ["LA SEYNE SUR MER"] }],
    ["Saint-Cyr-sur-Loire (37540)", { departements: [], numbers: ["37540"], names: ["Saint-Cyr-sur-Loire"] }],
    ["Puteaux, Hauts-de-Seine", { departements: [], numbers: [], names: ["Puteaux", "Hauts-de-Seine"] }],
    ["Nanterre - 92", { departements: ["92"], numbers: [], names: ["Nanterre"] }],
    ["Luxembourg (Frontalier)", { departements: [], numbers: [], names: ["Luxembourg"] }],
  ])("%s", (label, expected) => {
    expect(parsePlaceLabel(label)).toEqual(expected);
  });

  it("keeps a trailing article for the name lookup", () => {
    expect(parsePlaceLabel("Mans (Le)").names).toEqual(["Mans (Le)"]);
  });

  it("splits the Jooble administrative chain", () => {
    const label = parsePlaceLabel(
      "Canton de Puteaux; Arrondissement de Nanterre; Hauts-de-Seine (92); Ile-de-France",
    );
    expect(label.departements).toEqual(["92"]);
    expect(label.names).toEqual([
      "Canton de Puteaux",
      "Arrondissement de Nanterre",
      "Hauts-de-Seine",
      "Ile-de-France",
    ]);
  });

  it("returns nothing for an empty or numeric label", () => {
    expect(parsePlaceLabel("")).toEqual({ departements: [], numbers: [], names: [] });
    expect(parsePlaceLabel("1234").names).toEqual([]);
  });
});
