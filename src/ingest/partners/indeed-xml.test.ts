import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { indeedXml } from "./indeed-xml.js";

describe("indeed-xml generic mapping", () => {
  it("maps an Indeed-style feed; a job without reference is reported and skipped", async () => {
    const file = join(PROJECT_ROOT, "test/fixtures/feeds/indeed-sample.xml");
    const { postings, errors } = await collectPartnerFeed(indeedXml, [file]);
    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      reference: "BOUL-2025-001",
      title: "Boulanger / Boulangère H/F",
      url: "https://emploi.example.org/offres/BOUL-2025-001",
      description:
        "<p>Vous préparez le pain &amp; les viennoiseries.</p><ul><li>Pétrissage</li><li>Cuisson</li></ul>",
      employer: { name: "Fournil des Halles" },
      location: {
        address: "12 rue de la Charité",
        city: "Lyon",
        postalCode: "69002",
        region: "Auvergne-Rhône-Alpes",
        country: "FR",
        remote: "Pas de télétravail",
      },
      contract: { type: "CDI", workingTime: "Temps plein" },
      salary: { text: "1 900 € - 2 200 € brut par mois" },
      experience: "2 ans",
      publishedAt: "Mon, 03 Mar 2025 07:30:00 GMT",
      expiresAt: "2025-04-30",
    });
    expect(postings[1]?.contract).toEqual({ type: "Apprentissage", workingTime: "Temps partiel" });
    expect(errors).toEqual([
      {
        ok: false,
        reference: null,
        position: "indeed-sample.xml, enregistrement 3, ligne 38",
        reason: "référence manquante",
      },
    ]);
  });
});
