import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import { parseQualification, QUALIFICATION_LABELS } from "./qualification.js";

describe("parseQualification", () => {
  it.each<[string, string | null]>([
    ["Cadre du secteur privé", "9"],
    ["Cadre de la fonction publique", "9"],
    ["Cadre", "9"],
    ["CADRE", "9"],
    ["Cadre dirigeant", "9"],
    ["RJ/Qualif/Cadre_dirigeant", "9"],
    ["RJ/Qualif/Ingenieur_B5", "9"],
    ["Ingénieur", "9"],
    ["Agent de maîtrise", "8"],
    ["Agent de maîtrise / Technicien", "8"],
    ["Technicien", "7"],
    ["RJ/Qualif/Technicien", "7"],
    ["ETAM", "7"],
    ["Employé qualifié", "6"],
    ["Employé", "6"],
    ["Employée", "6"],
    ["Employé non qualifié", "5"],
    ["Ouvrier qualifié (P3,P4,OHQ)", "4"],
    ["Ouvrier hautement qualifié", "4"],
    ["Ouvrier qualifié (P1,P2)", "3"],
    ["Ouvrier qualifié", "3"],
    ["Ouvrier spécialisé", "2"],
    ["Manœuvre", "1"],
    ["Ouvrier non qualifié", "1"],
    ["9", "9"],
    [" 6 ", "6"],
    // not a qualification level
    ["Non cadre", null],
    ["Non-cadre", null],
    ["NON CADRE", null],
    ["0", null],
    ["10", null],
    ["BEP/CAP", null],
    ["RJ/Qualif/BEP_CAP", null],
    ["Bac+5", null],
    ["garbage", null],
  ])("%j -> %s", (text, code) => {
    expect(parseQualification(text)).toEqual({ code, label: text.trim() });
  });

  it.each([[undefined], [null], [""], ["  "]])("gives an empty qualification for %j", (text) => {
    expect(parseQualification(text)).toEqual({ code: null, label: null });
  });

  it("maps every France Travail label back to its own code", () => {
    for (const [code, label] of Object.entries(QUALIFICATION_LABELS)) {
      expect(parseQualification(label).code).toBe(code);
    }
    const offers = JSON.parse(
      gunzipSync(readFileSync(join(DATA_DIR, "offres/ft_offres_anonymised_all.json.gz"))).toString("utf8"),
    ) as { qualificationCode?: string; qualificationLibelle?: string }[];
    const labelled = offers.filter((o) => o.qualificationLibelle);
    const wrong = labelled.filter(
      (o) => parseQualification(o.qualificationLibelle).code !== o.qualificationCode,
    );
    expect(wrong).toEqual([]);
    expect(labelled.length).toBeGreaterThan(700);
  });
});
