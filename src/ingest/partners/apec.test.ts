import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { apec } from "./apec.js";

describe("apec mapping", () => {
  it("maps the Apec sample feed", async () => {
    const { postings, errors } = await collectPartnerFeed(apec, [
      join(LBA_FIXTURES_DIR, "apec/import-apec.test.input.xml"),
    ]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(5);
    const [first, second] = postings;
    expect(first).toMatchObject({
      reference: "177777865W",
      title: "Ingénieur d'études en génie électrique F/H",
      url: "https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/177777865W?xtor=#at_medium=affiliate&at_campaign=Export_offres_la_bonne_alternance&at_type=partenaire_export",
      employer: { name: "Ikos" },
      location: { commune: "76540", city: "ROUEN" },
      contract: { type: "CDD - Alternance - Contrat d'apprentissage", duration: "1 mois" },
      salary: { text: "A négocier" },
      experience: "Aucune expérience exigée",
      qualification: "Cadre du secteur privé",
      publishedAt: "11/12/2025 10:41:41",
    });
    expect(first?.description).toMatch(/^<p><b>Contexte :<\/b><\/p>/);
    expect(second).toMatchObject({
      reference: "177810729W",
      contract: { type: "CDD - Alternance - Contrat de professionnalisation", duration: "12 mois" },
      salary: { text: "A partir de 21 k€ brut annuel" },
      location: { commune: "72181", city: "LE MANS" },
    });
    expect(postings.map((p) => p.location?.commune)).toEqual(["76540", "72181", "75101", "94028", "93055"]);
  });
});
