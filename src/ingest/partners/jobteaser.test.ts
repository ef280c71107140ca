import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../mapping-feed.js";
import { jobteaser } from "./jobteaser.js";

describe("jobteaser mapping", () => {
  it("maps the JobTeaser sample feed", async () => {
    const file = join(LBA_FIXTURES_DIR, "jobteaser/import-jobteaser.test.input.xml");
    const { postings, errors } = await collectPartnerFeed(jobteaser, [file]);
    expect(errors).toEqual([]);
    expect(postings).toHaveLength(2);
    const [first, second] = postings;
    expect(first).toMatchObject({
      reference: "ab3c7310-98eb-4541-9a91-438dafddfae3",
      title: "Alternance - webmarketing specialist - Bac+4/5 - (38 - Grenoble) - H/F",
      employer: { name: "Schneider Electric" },
      location: { city: "Grenoble", departement: "Isere", region: "Auvergne-Rhône-Alpes", country: "fr" },
      contract: { type: "Apprentissage" },
      publishedAt: "2025-09-20 09:42:48.000",
    });
    expect(first?.url).toMatch(/^https:\/\/www\.jobteaser\.com\/fr\/job-offers\/ab3c7310/);
    expect(first?.description).toMatch(/^<strong>Missions : <\/strong>/);
    // "Not specified" says nothing about remote work.
    expect(first?.location?.remote).toBeUndefined();
    expect(second).toMatchObject({
      employer: { name: "Valeo" },
      location: { city: "Amiens", departement: "Somme" },
    });
  });
});
