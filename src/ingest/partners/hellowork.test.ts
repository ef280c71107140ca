import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { hellowork } from "./hellowork.js";

describe("hellowork mapping", () => {
  it("maps the Hellowork sample feed", async () => {
    const file = join(LBA_FIXTURES_DIR, "hellowork/import-hello-work.test.input.xml");
    const { postings, errors } = await collectPartnerFeed(hellowork, [file]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(5);
    const [first, second, third] = postings;
    expect(first).toMatchObject({
      reference: "1792883/10218731 MESMEO/94V",
      title: "Manager en Stratégie Management et Organisation H/F",
      employer: { name: "Software Consulting" },
      location: {
        city: "VINCENNES",
        postalCode: "94300",
        departement: "VAL DE MARNE",
        region: "ILE DE FRANCE",
        country: "FR",
        lat: "48.123456789",
        lon: "2.123456789",
        remote: "Pas de télétravail",
      },
      contract: { type: "CDI", workingTime: "Temps plein" },
      experience: "Plus de 7 ans",
      qualification: "Cadre dirigeant",
      publishedAt: "2024-01-30 23:21:39",
      updatedAt: "2024-02-25 05:36:25",
    });
    expect(first?.url).toMatch(/^https:\/\/r\.holeest\.com\/redirect\?poc=2&op=4368162035/);
    expect(first?.description).toContain("\n\nProfil recherché :\n-   Expert du conseil");
    expect(first?.employer?.siret).toBeUndefined();
    expect(second).toMatchObject({
      reference: "d055f685ddee38d190934bde50554bb8",
      employer: { name: "Lactalis", siret: "33114255400012" },
      qualification: "Technicien/Employé Bac +2",
      location: { lat: "48.123456789", lon: "-0.123456789" },
    });
    expect(third).toMatchObject({
      location: { remote: "Télétravail occasionnel" },
      experience: "Plus de 7 ans",
    });
    expect(postings[4]).toMatchObject({
      location: { address: "Photo-Me,Échirolles,38130" },
      qualification: "BEP/CAP",
    });
  });
});
