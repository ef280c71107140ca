import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { enedis } from "./enedis.js";

describe("enedis mapping", () => {
  it("maps the Enedis sample feed", async () => {
    const file = join(LBA_FIXTURES_DIR, "enedis/import-enedis.test.input.xml");
    const { postings, errors } = await collectPartnerFeed(enedis, [file]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(2);
    const [first, second] = postings;
    expect(first).toMatchObject({
      reference: "2025-100001",
      title: "Alternance - Chargé de Relations Clients F/H",
      url: "https://www.enedis.fr/emploi/100001?LCID=1036&idOffre=100001&idOrigine=2679&offerReference=2025-100001",
      employer: { name: "Enedis" },
      location: { city: "Evry Courcouronnes", country: "France" },
      contract: { type: "Alternance", duration: "24 mois" },
      publishedAt: "20250101",
      updatedAt: "20250115",
    });
    expect(first?.employer?.description).toMatch(/^Acteur majeur du secteur de l'énergie en France/);
    expect(first?.salary).toBeUndefined();
    expect(second).toMatchObject({
      reference: "2025-100002",
      contract: { type: "CDI" },
      location: { city: "La Defense" },
      salary: { text: "De 27 800€ à 29 300€ brut annuel minimum" },
    });
  });
});
