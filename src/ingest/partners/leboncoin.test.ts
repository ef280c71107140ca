import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { leboncoin } from "./leboncoin.js";

describe("leboncoin mapping", () => {
  it("maps the leboncoin CSV sample, the contract read from the summary line", async () => {
    const file = join(LBA_FIXTURES_DIR, "leboncoin/import-leboncoin.test.input.csv");
    const { postings, errors } = await collectPartnerFeed(leboncoin, [file]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(2);
    const [first, second] = postings;
    expect(first).toMatchObject({
      reference: "2999583187",
      title: "ALTERNANCE - Boucher F/H",
      url: "https://www.leboncoin.fr/offres_d_emploi/2999583187.htm",
      employer: { name: "Auchan" },
      location: { city: "Saint-Cyr-sur-Loire", postalCode: "37540", region: "Centre" },
      contract: { type: "Alternance", workingTime: "Temps plein" },
    });
    expect(first?.description).toMatch(/^Résumé\nALTERNANCE - Boucher F\/H, 37540/);
    expect(second).toMatchObject({
      reference: "3071721792",
      employer: { name: "GROUPE GCA" },
      location: { city: "Charleville-Mézières", postalCode: "08000", region: "Champagne-Ardenne" },
      contract: { type: "Contrat d'alternance (pro, apprentissage)", workingTime: "Temps plein" },
    });
  });
});
