import { describe, expect, it } from "vitest";
import { analyze, stem } from "./french.js";

describe("French analyser", () => {
  it("folds accents and case", () => {
    expect(analyze("Développeur ÉLECTRICIEN")).toEqual(["developpeur", "electricien"]);
  });

  it("drops elisions and stop words", () => {
    expect(analyze("l'entreprise d'intérim qu'il dirige et les agents")).toEqual([
      "entreprise",
      "interim",
      "dirige",
      "agent",
    ]);
  });

  it("merges plurals and feminine job titles with the masculine singular", () => {
    for (const [a, b] of [
      ["vendeuses", "vendeur"],
      ["boulangère", "boulanger"],
      ["infirmières", "infirmier"],
      ["animatrice", "animateur"],
      ["technicienne", "technicien"],
      ["assistantes", "assistant"],
      ["commerciale", "commercial"],
      ["employée", "employé"],
      ["chauffeurs", "chauffeur"],
    ] as const) {
      expect(analyze(a), `${a} ~ ${b}`).toEqual(analyze(b));
    }
  });

  it("treats jusqu', lorsqu', puisqu' and quoiqu' as elisions", () => {
    expect(analyze("jusqu'à 35 heures, lorsqu'il faut, puisqu'elle part, quoiqu'on dise")).toEqual([
      "35",
      "heure",
      "faut",
      "part",
      "dise",
    ]);
  });

  it("gives -eaux plurals their -eau singular, -aux plurals their -al one, and irregular plurals", () => {
    for (const [a, b] of [
      ["réseaux", "réseau"],
      ["bureaux", "bureau"],
      ["niveaux", "niveau"],
      ["eaux", "eau"],
      ["journaux", "journal"],
      ["hôpitaux", "hôpital"],
      ["travaux", "travail"],
      ["baux", "bail"],
      ["cheffe", "chef"],
    ] as const) {
      expect(analyze(a), `${a} ~ ${b}`).toEqual(analyze(b));
    }
    expect(analyze("réseaux")).toEqual(["reseau"]);
  });

  it("reads gender-inclusive spellings as the plain word, with no stray fragment", () => {
    for (const [inclusive, plain] of [
      ["conseiller(e)", "conseillère"],
      ["conseiller(ère)s", "conseillers"],
      ["conseiller.ère", "conseiller"],
      ["équipier·ère", "équipière"],
      ["ingénieur·e", "ingénieure"],
      ["ingénieur·e", "ingénieur"],
      ["salarié-e", "salariée"],
      ["salarié·e·s", "salariés"],
      ["vendeur/euse", "vendeuse"],
      ["technicien(ne)", "technicienne"],
      ["directeur•rice", "directrice"],
      ["professionnel(le)", "professionnelle"],
      ["Agent(e) d'accueil", "agente d'accueil"],
    ] as const) {
      expect(analyze(inclusive), `${inclusive} ~ ${plain}`).toEqual(analyze(plain));
    }
    expect(analyze("conseiller(e) clientèle")).toEqual(["conseiller", "clientele"]);
  });

  it("leaves hyphenated names and sentence ends alone", () => {
    expect(analyze("Seine-et-Marne, Aix-les-Bains")).toEqual(["seine", "marne", "aix", "bain"]);
    expect(analyze("le poste.Vous")).toEqual(["poste"]);
  });

  it("keeps technology names that are not plain words", () => {
    expect(analyze("Développeur C++ / C# / F#, .NET et ASP.NET")).toEqual([
      "developpeur",
      "c++",
      "c#",
      "f#",
      ".net",
      "asp",
      ".net",
    ]);
    expect(analyze("C++")).toEqual(["c++"]);
    expect(analyze("c'est abc#1 internet.network")).toEqual(["abc", "1", "internet", "network"]);
  });

  it("keeps short words and numbers as they are", () => {
    expect(stem("bus")).toBe("bus");
    expect(stem("35h")).toBe("35h");
    expect(analyze("H/F")).toEqual([]);
  });
});
