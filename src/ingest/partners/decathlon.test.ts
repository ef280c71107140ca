import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { decathlon } from "./decathlon.js";

describe("decathlon mapping", () => {
  it("maps the Decathlon sample feed (the ads array)", async () => {
    const file = join(LBA_FIXTURES_DIR, "decathlon/decathlon.test.input.json");
    const { postings, errors } = await collectPartnerFeed(decathlon, [file]);
    expect(errors).toEqual([]);
    expect(postings.map((p) => p.reference)).toEqual([
      "KWYLVLYSRRKVGO513",
      "APEKPPZCVVXREV449",
      "MAZEYQGIWWPKWM534",
    ]);
    const [first, , third] = postings;
    expect(first).toMatchObject({
      title: "ALTERNANCE Manager Commerce (H/F)",
      url: "https://joinus.decathlon.fr/fr/annonce/3977401-alternance-manager-commerce-hf-78140-velizy-villacoublay#declareStep1",
      employer: { name: "DECATHLON Retail Omnichannel", anonymous: "false" },
      location: {
        address: "2 Avenue de l'Europe",
        city: "Vélizy-Villacoublay",
        postalCode: "78140",
        departement: "Yvelines",
        region: "Île-de-France",
        country: "France",
        lat: "48.7812805",
        lon: "2.2201465",
      },
      contract: {
        type: "Contrat d'alternance (pro, apprentissage)",
        duration: "12 à 24 mois",
        workingTime: "Temps plein",
      },
      salary: { currency: "EUR", period: "Horaire" },
      experience: "Indifférent",
      publishedAt: "2025-11-24T10:18:17+00:00",
    });
    expect(first?.salary?.min).toBeUndefined();
    expect(first?.description).toContain("<h3>Profil recherché</h3>");
    expect(third?.description).toMatch(/^Le Rayon Cycle-Atelier est à la recherche de sa future pépite/);
  });
});
