import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { engagementJeunes } from "./engagement-jeunes.js";

describe("engagement-jeunes mapping", () => {
  it("maps the Engagement Jeunes sample feed", async () => {
    const file = join(LBA_FIXTURES_DIR, "engagement-jeunes/engagementJeunes.test.input.json");
    const { postings, errors } = await collectPartnerFeed(engagementJeunes, [file]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(2);
    const [first, second] = postings;
    expect(first).toMatchObject({
      reference: "34161720",
      title: "Agent de tri en alternance (F/H)",
      url: "https://www.engagement-jeunes.com/fr/detail-offre/34161720/contrat-d-apprentissage-veolia-agent-de-tri-en-alternance-f-h.html",
      employer: { name: "Veolia", anonymous: "false" },
      location: { city: "Bègles", postalCode: "33130", departement: "33", country: "FR" },
      contract: { type: "Apprentissage", duration: "12", durationUnit: "months", workingTime: "Temps plein" },
      publishedAt: "2025-12-10",
    });
    expect(first?.description).toMatch(/^Missions :\nL'Activité Recyclage/);
    expect(first?.description).toContain("\n\nProfil recherché :\nVous préparez un CAP");
    expect(second).toMatchObject({
      reference: "34160724",
      employer: { name: "Cultura" },
      location: { departement: "87" },
    });
    expect(second?.description).not.toContain("Profil recherché");
    expect(second?.employer?.description).toBeUndefined();
  });
});
