import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { franceTravailCegid } from "./france-travail-cegid.js";

const folder = join(LBA_FIXTURES_DIR, "france-travail-CEGID");

describe("france-travail-cegid mapping", () => {
  it("maps the array file", async () => {
    const file = join(folder, "import-france-travail-cegid.test.input.json");
    const { postings, errors } = await collectPartnerFeed(franceTravailCegid, [file]);
    expect(errors).toEqual([]);
    expect(postings.map((p) => p.reference)).toEqual([
      "2025-82802",
      "2025-82799",
      "2025-82797",
      "2025-82799",
    ]);
    expect(postings[0]).toMatchObject({
      title: "CONSEILLER(E) RELATION ENTREPRISE - 78",
      url: "https://recrute.francetravail.org/Pages/Offre/detailoffre.aspx?idOffre=82802&idOrigine=502&LCID=1036&offerReference=2025-82802",
      employer: { name: "France Travail" },
      location: { label: "Yvelines (78)", departement: "78", region: "Ile-de-France" },
      contract: { type: "CDD" },
      salary: { text: "1 940 €" },
      publishedAt: "2025-10-03T09:42:16.853",
      updatedAt: "2025-10-03T09:42:16.9",
    });
    expect(postings[0]?.description).toMatch(/^<h3>Descriptif du poste<\/h3>\n<p>Les conseillers forment/);
    expect(postings[3]?.contract).toEqual({ type: "CDD", duration: "3 mois" });
  });

  it("maps the single-object file", async () => {
    const file = join(folder, "france-travail-cegid-mapper.test.input.json");
    const { postings, errors } = await collectPartnerFeed(franceTravailCegid, [file]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({
      reference: "2025-82794",
      title: "CONSEILLER(E) EN CHARGE DE L'INDEMNISATION - 77",
      location: { label: "Agence BRIANCON", departement: "77", region: "Ile-de-France" },
      contract: { type: "CDD", duration: "12 mois" },
      publishedAt: "2025-10-03T09:19:58.723",
    });
    expect(postings[0]?.description).toContain("<h3>Profil recherché</h3>");
  });
});
