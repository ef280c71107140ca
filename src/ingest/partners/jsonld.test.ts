import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { jsonLd } from "./jsonld.js";

const FEEDS = join(PROJECT_ROOT, "test/fixtures/feeds");

describe("jsonld generic mapping", () => {
  it("maps schema.org JobPostings from a JSON array", async () => {
    const { postings, errors } = await collectPartnerFeed(jsonLd, [join(FEEDS, "jsonld-postings.json")]);
    expect(postings.map((p) => p.reference)).toEqual(["AV-1001", "AV-1002"]);
    expect(postings[0]).toEqual({
      reference: "AV-1001",
      title: "Mécanicien cycles H/F",
      url: "https://velo.example.org/emplois/AV-1001",
      description: "<p>Réparation et entretien de vélos.</p>",
      employer: { name: "Atelier Vélo", siret: "12345678900017" },
      location: {
        address: "4 quai Perrache",
        city: "Lyon",
        postalCode: "69002",
        region: "Auvergne-Rhône-Alpes",
        country: "FR",
        lat: "45.75",
        lon: "4.82",
      },
      contract: { type: "Travail temporaire", workingTime: "Temps plein" },
      salary: { min: "1900", max: "2300", currency: "EUR", period: "MONTH" },
      rome: { code: "I1607" },
      experience: "12 mois",
      publishedAt: "2025-03-01",
      expiresAt: "2025-05-01T00:00:00+02:00",
    });
    expect(postings[1]).toMatchObject({
      employer: { name: "Atelier Vélo" },
      location: { remote: "Télétravail complet" },
      contract: { workingTime: "Temps partiel" },
    });
    expect(errors.map((e) => e.reason)).toEqual([
      "objet schema.org de type « Organization », pas un JobPosting",
      "référence manquante",
    ]);
  });

  it("maps the JobPostings embedded in an HTML page", async () => {
    const { postings, errors } = await collectPartnerFeed(jsonLd, [join(FEEDS, "jsonld-page.html")]);
    expect(postings.map((p) => [p.reference, p.title])).toEqual([
      ["CDP-17", "Serveur / Serveuse H/F"],
      ["CDP-18", "Commis de cuisine H/F"],
      ["CDP-19", "Plongeur H/F"],
    ]);
    expect(postings[0]).toMatchObject({
      url: "https://cafe.example.org/emplois/CDP-17",
      employer: { name: "Café du Port" },
      location: { city: "La Rochelle", postalCode: "17000", country: "FR" },
      publishedAt: "2025-04-02",
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ position: "jsonld-page.html, bloc JSON-LD 4", reference: null });
  });
});
