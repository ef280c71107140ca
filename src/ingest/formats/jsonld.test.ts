import { createReadStream } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../test/helpers/paths.js";
import type { FeedItem } from "./feed-item.js";
import { isJobPosting, jobPostingsIn, readJsonLd } from "./jsonld.js";

const FEEDS = join(PROJECT_ROOT, "test/fixtures/feeds");

const collect = async (name: string): Promise<FeedItem[]> => {
  const items: FeedItem[] = [];
  for await (const item of readJsonLd(createReadStream(join(FEEDS, name)))) items.push(item);
  return items;
};

const ids = (items: FeedItem[]) =>
  items.map((item) => (item.ok ? String(item.record.title) : `erreur: ${item.reason}`));

describe("JSON-LD JobPostings", () => {
  it("reads a JSON array, postings inside @graph included, and reports what is not a posting", async () => {
    const items = await collect("jsonld-postings.json");
    expect(ids(items)).toEqual([
      "Mécanicien cycles H/F",
      "Vendeur cycles à temps partiel",
      "erreur: objet schema.org de type « Organization », pas un JobPosting",
      "Offre sans identifiant ni URL",
    ]);
    expect(items[1]?.position).toBe("enregistrement 2, ligne 33");
  });

  it("reads every ld+json block of an HTML page, ignoring other schema.org objects and scripts", async () => {
    const items = await collect("jsonld-page.html");
    expect(ids(items).slice(0, 3)).toEqual([
      "Serveur / Serveuse H/F",
      "Commis de cuisine H/F",
      "Plongeur H/F",
    ]);
    expect(items.map((item) => item.position)).toEqual([
      "bloc JSON-LD 2",
      "bloc JSON-LD 3, offre 1",
      "bloc JSON-LD 3, offre 2",
      "bloc JSON-LD 4",
    ]);
    expect(items[3]).toMatchObject({ ok: false });
    expect(items[3]?.ok === false && items[3].reason).toContain("bloc JSON-LD invalide");
  });

  it("recognises the JobPosting type in its written forms", () => {
    expect(isJobPosting({ "@type": "JobPosting" })).toBe(true);
    expect(isJobPosting({ "@type": ["Thing", "http://schema.org/JobPosting"] })).toBe(true);
    expect(isJobPosting({ "@type": "schema:JobPosting" })).toBe(true);
    expect(isJobPosting({ "@type": "Organization" })).toBe(false);
    expect(
      jobPostingsIn({ "@graph": [{ "@type": "WebPage" }, { "@type": "JobPosting", title: "x" }] }),
    ).toEqual([{ "@type": "JobPosting", title: "x" }]);
  });
});
