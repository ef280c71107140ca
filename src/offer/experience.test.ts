import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import { parseExperience } from "./experience.js";
import type { Experience } from "./offer.js";

describe("parseExperience", () => {
  it.each<[string, Experience["level"], number | null]>([
    // France Travail
    ["Débutant accepté", "D", 0],
    ["Débutant accepté (3 ans)", "D", 0],
    ["Débutant accepté - Si diplôme", "D", 0],
    ["Expérience exigée", "E", null],
    ["Expérience exigée de 3 An(s)", "E", 36],
    ["Expérience exigée de 2 An(s)", "E", 24],
    ["Expérience exigée de 36 Mois", "E", 36],
    ["Expérience exigée de 1 An(s) (SUR LE MEME TYPE DE POSTE)", "E", 12],
    ["Expérience souhaitée", "S", null],
    ["Expérience souhaitée de 1 An(s)", "S", 12],
    ["3 An(s)", "E", 36],
    ["6 Mois", "E", 6],
    ["24 Mois", "E", 24],
    ["2 An(s) - Sur un poste similaire", "E", 24],
    ["5 An(s) - exigée", "E", 60],
    // partners
    ["Aucune expérience exigée", "D", 0],
    ["Tous niveaux d'expérience acceptés", "D", 0],
    ["Minimum 2 ans", "E", 24],
    ["Minimum 1 an", "E", 12],
    ["Indifférent", "D", 0],
    ["Débutant", "D", 0],
    ["débutant à 1 an", "D", 0],
    ["- 1 an", "D", 0],
    ["Moins d'un an", "D", 0],
    ["1-2 ans", "E", 12],
    ["3-5 ans", "E", 36],
    ["1 à 3 ans", "E", 12],
    ["11-20 ans", "E", 132],
    ["Sup_7", "E", 84],
    ["1_7", "E", 12],
    ["5+ years", "E", 60],
    ["2 years", "E", 24],
    ["At least 3 years", "E", 36],
    ["No experience required", "D", 0],
    ["Junior", "D", 0],
    ["Senior", "E", null],
    ["Confirmé", "E", null],
    ["Première expérience souhaitée", "S", null],
    ["Expérience de 2 ans appréciée", "S", 24],
    ["Une expérience serait un plus", "S", null],
    ["0 an", "D", 0],
    // nothing usable
    ["xyz", null, null],
    ["Voir description", null, null],
    ["999 ans", null, null],
  ])("%j -> %s, %s months", (text, level, months) => {
    expect(parseExperience(text)).toEqual({ level, months, label: text });
  });

  it.each([[undefined], [null], [""], ["   "]])("gives an empty experience for %j", (text) => {
    expect(parseExperience(text)).toEqual({ level: null, months: null, label: null });
  });

  it("keeps the label trimmed", () => {
    expect(parseExperience("  6 Mois ").label).toBe("6 Mois");
  });

  it("agrees with France Travail's own level on its offers", () => {
    const offers = JSON.parse(
      gunzipSync(readFileSync(join(DATA_DIR, "offres/ft_offres_anonymised_all.json.gz"))).toString("utf8"),
    ) as { experienceExige: string; experienceLibelle: string }[];
    const wrong = offers.filter((o) => parseExperience(o.experienceLibelle).level !== o.experienceExige);
    // France Travail files a few bare "1 An(s)" as wished; a bare duration reads as required. And
    // "10 An(s) - Poste similaire (JV idéalement)" is required, "idéalement" speaks of the JV.
    const bareWished = wrong.filter(
      (o) => o.experienceExige === "S" && /^\d+ An\(s\)$/.test(o.experienceLibelle),
    );
    expect(wrong.length - bareWished.length).toBeLessThanOrEqual(1);
    expect(wrong.length).toBeLessThanOrEqual(offers.length / 500);
    const durations = offers.filter((o) => /^Expérience exigée de \d+ An\(s\)$/.test(o.experienceLibelle));
    const badMonths = durations.filter(
      (o) =>
        parseExperience(o.experienceLibelle).months !== Number(/\d+/.exec(o.experienceLibelle)?.[0]) * 12,
    );
    expect(badMonths).toEqual([]);
    expect(durations.length).toBeGreaterThan(700);
  });
});
