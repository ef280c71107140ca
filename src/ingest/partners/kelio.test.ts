import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { kelio } from "./kelio.js";

describe("kelio mapping", () => {
  it("maps the Kelio (TalentView) sample feed", async () => {
    const { postings, errors } = await collectPartnerFeed(kelio, [
      join(LBA_FIXTURES_DIR, "kelio/import-kelio.test.input.xml"),
    ]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(2);
    expect(postings[0]).toMatchObject({
      reference: "147171",
      title: "Alternance |Assistant(e) Chef de Projet H/F",
      url: "https://tada.talentview.io/jobs/0gmq0v?source=la_bonne_alternance",
      employer: { name: "Groupe Tada" },
      location: {
        address: "16 Rue Jacques Machin",
        city: "Neuilly-sur-Loire",
        postalCode: "99200",
        country: "France",
        lat: "49.8809",
        lon: "2.0675127",
      },
      contract: { type: "Alternance", duration: "12 mois", workingTime: "Temps plein" },
      salary: { currency: "euro" },
      publishedAt: "2025-02-27 14:31:25 UTC",
      updatedAt: "2025-02-27 14:37:33 UTC",
    });
    expect(postings[0]?.description).toMatch(/^<p class="ql-align-justify">/);
    expect(postings[0]?.description).toContain(
      "<h3>Profil recherché</h3>\n<p><strong>Profil recherché</strong></p>",
    );
    expect(postings[1]).toMatchObject({
      reference: "147682",
      location: { city: "Neuilly-sur-Seine", postalCode: "92200" },
    });
  });
});
