import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { cleverConnect } from "./clever-connect.js";

describe("clever-connect mapping", () => {
  it("maps the CleverConnect sample feed", async () => {
    const file = join(LBA_FIXTURES_DIR, "clever-connect/import-clever-connect.test.input.xml");
    const { postings, errors } = await collectPartnerFeed(cleverConnect, [file]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(3);
    const [first, second] = postings;
    expect(first).toMatchObject({
      reference: "00000070",
      title: "VENDEUR MAGASINIER H/F",
      url: "https://www.meteojob.com/jobads/00000070?utm_source=labonnealternance&utm_medium=aggregator-free&utm_campaign=alternance",
      employer: { name: "Tralala Intérim", anonymous: "false" },
      location: {
        label: "Babaland (38)",
        city: "Babaland",
        postalCode: "38990",
        departement: "38",
        region: "Occitanie",
        country: "FR",
        lat: "44.12417",
        lon: "1.31139",
      },
      contract: {
        type: "Alternance / Apprentissage",
        duration: "12",
        durationUnit: "month",
        workingTime: "Temps Plein",
      },
      salary: { text: "À partir de 11,88 € par an", min: "11.88", currency: "EUR", period: "annum" },
      experience: "débutant à 1 an",
      publishedAt: "2025-02-25T02:46:50.131Z",
      updatedAt: "2025-02-25T02:46:50.133Z",
    });
    expect(first?.employer?.description).toMatch(/^Vous avez envie de diversifier/);
    expect(first?.description).toContain("<h3>Profil recherché</h3>");
    expect(second).toMatchObject({
      reference: "00000629",
      contract: { type: "CDI, Alternance / Apprentissage" },
      salary: { min: "26000.00", max: "30000.00" },
      location: { postalCode: "86000", region: "Nouvelle-Aquitaine" },
    });
    expect(second?.contract?.duration).toBeUndefined();
  });
});
