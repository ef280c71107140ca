import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { helloworkBuddi } from "./hellowork-buddi.js";

describe("hellowork-buddi mapping", () => {
  it("maps the Hellowork ATS sample feed, with its structured salary", async () => {
    const file = join(LBA_FIXTURES_DIR, "hellowork-buddi/import-hello-work-buddi.test.input.xml");
    const { postings, errors } = await collectPartnerFeed(helloworkBuddi, [file]);
    expect(errors).toEqual([]);
    expect(postings.map((p) => p.reference)).toEqual([
      "3747976/27722448AQPDR/59M",
      "3747982/27722432AQPDR/59M",
      "3747989/27722418AQPDR/59M",
    ]);
    expect(postings[0]).toMatchObject({
      title: "?????ALTERNANCE - Équipier·ère Polyvalent·e de Restauration",
      url: "https://r.holeest.com/redirect?poc=2&op=11268409219&o=0&from=https%3A%2F%2Fwww.hw-recruteur.com%2Foffer%2Fjoboffer%2Foffre-82788-F1vycE",
      employer: { name: "Institut des Métiers Network - Lille", siret: "81272495300029" },
      location: { city: "La Chapelle-d'Armentières", postalCode: "59930", country: "France" },
      contract: { type: "Alternance", workingTime: "Temps plein" },
      salary: {
        text: "710,00 - 1\u00a0823,00 EUR",
        min: "710,00",
        max: "1823,00",
        currency: "EUR",
        period: "MONTHLY",
      },
      experience: "- 1 an",
      qualification: "BEP/CAP",
      publishedAt: "2026-01-15 08:54:45",
      updatedAt: "2026-02-24 20:42:26",
    });
    expect(postings[0]?.location?.lat).toBeUndefined();
    expect(postings[0]?.rome).toBeUndefined();
    expect(postings[2]?.location?.city).toBe("Marcq-en-Barœul");
  });
});
