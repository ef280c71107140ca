import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { laposte } from "./laposte.js";

describe("laposte mapping", () => {
  it("maps the La Poste sample feed", async () => {
    const file = join(LBA_FIXTURES_DIR, "laposte/import-laposte.test.input.xml");
    const { postings, errors } = await collectPartnerFeed(laposte, [file]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(2);
    const [first, second] = postings;
    expect(first).toMatchObject({
      reference: "2025-xxxx9",
      title: "Alternance Responsable production F/H",
      url: "https://www.laposterecrute.fr/offre/2025-xxxxx9",
      employer: { name: "nom compagnie" },
      location: {
        label: "83126 LA SEYNE SUR MER",
        commune: "83126",
        city: "La Seyne-sur-Mer",
        departement: "83",
        region: "Provence-Alpes-Côte d’Azur",
        lat: "42.193147",
        lon: "4.979651",
      },
      contract: { type: "Alternance", duration: "24 mois", weeklyHours: "35" },
      experience: "0-1 an",
      updatedAt: "22-05-2025 00:11:19",
    });
    // "0" means no pay given, not a salary of zero.
    expect(first?.salary).toBeUndefined();
    expect(first?.location?.remote).toBeUndefined();
    expect(first?.description).toMatch(/^Contexte :\nLa Poste Groupe change/);
    expect(first?.description).toContain("\n\nFormation et expérience :\nIntégrer un centre de formation");
    expect(second).toMatchObject({ location: { commune: "07019", departement: "07", remote: "Non" } });
  });
});
