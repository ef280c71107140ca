import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { edf } from "./edf.js";

describe("edf mapping", () => {
  it("maps the EDF sample feed", async () => {
    const { postings, errors } = await collectPartnerFeed(edf, [
      join(LBA_FIXTURES_DIR, "edf/import-edf.test.input.xml"),
    ]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(3);
    const [first, second, third] = postings;
    expect(first).toMatchObject({
      reference: "2026-100001",
      title: "Alternance - Développeur Web F/H",
      url: "https://www.edf.fr/edf-recrute/offre/detail/2026-100001?idOrigine=502",
      employer: { name: "Enedis", anonymous: "false" },
      location: { city: "Lyon", departement: "69", region: "Auvergne-Rhône-Alpes", country: "France" },
      contract: { type: "Alternance", duration: "2 ans" },
      salary: { text: "De 820€ à 1 823€ par mois" },
      experience: "Débutant",
      publishedAt: "20260101",
      updatedAt: "20260201",
    });
    expect(first?.description).toContain("<h3>Missions</h3>\n<p><strong>Missions :</strong></p>");
    expect(first?.description).toContain("<h3>Rémunération et avantages</h3>");
    expect(second).toMatchObject({
      employer: { name: "EDF" },
      location: { city: "Paluel", departement: "76", region: "Normandie" },
      salary: { text: "Selon grille nationale" },
    });
    expect(third).toMatchObject({
      contract: { type: "VIE" },
      location: { city: "Bridgwater", departement: "Somerset", country: "Royaume-Uni" },
    });
  });
});
