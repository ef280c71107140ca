import { beforeAll, describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import type { RomeIndex } from "../referentials/rome.js";
import { loadRome } from "../referentials/rome-load.js";
import { bareTitle, resolveRome } from "./classify.js";

const BOULANGER = {
  code: "D1102",
  label: "Boulanger / Boulangère",
  appellationCode: "11573",
  appellationLabel: "Boulanger / Boulangère",
};
const NONE = { code: null, label: null, appellationCode: null, appellationLabel: null };

describe("resolveRome", () => {
  let rome: RomeIndex;
  beforeAll(async () => {
    rome = await loadRome(DATA_DIR);
  });

  it("takes the ROME code and label of an appellation code", () => {
    expect(resolveRome({ appellationCode: " 11573 " }, "Vendeur", rome)).toEqual(BOULANGER);
  });

  it("maps an appellation code of ROME v3 to its ROME 4.0 métier", () => {
    // OGR 10267 was filed under E1102 (v3); ROME 4.0 moved it to E1122.
    expect(resolveRome({ appellationCode: "10267", code: "E1102" }, "", rome)).toMatchObject({
      code: "E1122",
      appellationCode: "10267",
    });
  });

  it("takes a ROME code, whatever its case and spacing, without inventing an appellation", () => {
    for (const code of ["D1102", "d1102", "D 1102", "ROME D1102"]) {
      expect(resolveRome({ code }, "Vendeur", rome), code).toEqual({
        code: "D1102",
        label: "Boulanger / Boulangère",
        appellationCode: null,
        appellationLabel: null,
      });
    }
  });

  it("keeps the appellation label given with a ROME code when it belongs to that code", () => {
    expect(resolveRome({ code: "D1102", appellationLabel: "Boulangère" }, "", rome)).toEqual(BOULANGER);
    expect(resolveRome({ code: "D1102", appellationLabel: "Développeur web" }, "", rome)).toMatchObject({
      code: "D1102",
      appellationCode: null,
    });
  });

  it("maps a ROME v3 code given with one of its fiche's appellations to the ROME 4.0 métier", () => {
    expect(
      resolveRome({ code: "E1102", appellationLabel: "Adaptatrice-traductrice" }, "", rome),
    ).toMatchObject({ code: "E1122", appellationCode: "10267" });
    expect(resolveRome({ code: "E1102" }, "", rome)).toMatchObject({ code: "E1102", appellationCode: null });
  });

  it("finds an appellation from its label alone", () => {
    expect(resolveRome({ appellationLabel: "BOULANGÈRE" }, "", rome)).toEqual(BOULANGER);
  });

  it("falls back on a title that is exactly an appellation, gender marks and contract aside", () => {
    expect(resolveRome(undefined, "Boulanger (H/F) - CDI", rome)).toEqual(BOULANGER);
    expect(resolveRome({ code: "Z9999", appellationCode: "0" }, "Boulangère F/H", rome)).toEqual(BOULANGER);
    expect(resolveRome(undefined, "Vendeur en boulangerie H/F", rome)).toEqual(NONE);
    expect(resolveRome(undefined, "", rome)).toEqual(NONE);
  });
});

describe("bareTitle", () => {
  it.each([
    ["Boulanger H/F", "Boulanger"],
    ["Boulanger (F/H)", "Boulanger"],
    ["Boulanger H/F/X - CDI temps plein", "Boulanger"],
    ["Boulangère homme/femme", "Boulangère"],
    ["Chef de rang – Alternance", "Chef de rang"],
  ])("%s → %s", (title, bare) => {
    expect(bareTitle(title)).toBe(bare);
  });
});
