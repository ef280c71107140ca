import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { jooble } from "./jooble.js";

describe("jooble mapping", () => {
  it("maps the Jooble sample feed", async () => {
    const file = join(LBA_FIXTURES_DIR, "jooble/import-jooble.test.input.xml");
    const { postings, errors } = await collectPartnerFeed(jooble, [file]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(2);
    const [first, second] = postings;
    expect(first).toMatchObject({
      reference: "-6366765753872521621",
      title: "Responsable de marché",
      description: "<p> Truc est un groupe industriel et un laboratoire pharmaceutique international</p>",
      employer: { name: "Truc France" },
      location: {
        label: "Puteaux, Hauts-de-Seine",
        city: "Puteaux",
        departement: "92",
        region: "Ile-de-France",
        country: "FR",
      },
      updatedAt: "2025-09-09 00:00:00",
    });
    expect(first?.url).toMatch(/^https:\/\/fr\.jooble\.org\/external\/-6366765753872555555/);
    expect(first?.salary?.min).toBeUndefined();
    expect(first?.expiresAt).toBeUndefined();
    expect(second).toMatchObject({
      title: "Conseiller entreprise developpement h/f (CDI)",
      location: { city: "Cahors", departement: "46", region: "Midi-Pyrénées" },
      salary: { min: "33000.000", max: "37000.000", currency: "EUR" },
    });
  });
});
