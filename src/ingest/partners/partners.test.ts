import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { isAppError } from "../../errors.js";
import { validateMapping } from "../mapping-validate.js";
import {
  findPartnerMapping,
  getFormatMapping,
  getPartnerMapping,
  listFormatMappings,
  listPartnerMappings,
} from "./partners.js";

const codeOf = (action: () => unknown): string | null => {
  try {
    action();
    return null;
  } catch (error) {
    return isAppError(error) ? error.code : "not an AppError";
  }
};

describe("partner registry", () => {
  it("registers one mapping per partner format folder (but the company list), slug = folder in lower case", () => {
    const folders = readdirSync(LBA_FIXTURES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "recruteur-lba")
      .map((entry) => entry.name.toLowerCase())
      .sort();
    expect(listPartnerMappings().map((mapping) => mapping.slug)).toEqual(folders);
    expect(folders).toHaveLength(14);
  });

  it("finds a partner by slug, case-insensitively, and refuses an unknown one", () => {
    expect(getPartnerMapping("hellowork").label).toBe("Hellowork");
    expect(findPartnerMapping("France-Travail-CEGID")?.slug).toBe("france-travail-cegid");
    expect(codeOf(() => getPartnerMapping("monster"))).toBe("PARTNER_UNKNOWN");
  });

  it("gives the generic formats, under a partner slug when asked", () => {
    expect(listFormatMappings().map((mapping) => mapping.slug)).toEqual(["indeed-xml", "jsonld"]);
    const mapping = getFormatMapping("indeed-xml", "acme");
    expect(mapping).toMatchObject({ slug: "acme", format: "xml", records: "job" });
    expect(getFormatMapping("indeed-xml").slug).toBe("indeed-xml");
    expect(codeOf(() => getFormatMapping("yaml"))).toBe("INVALID_PARAMETER");
  });

  it("ships only valid, JSON-serialisable mappings", () => {
    for (const mapping of [...listPartnerMappings(), ...listFormatMappings()]) {
      expect(() => validateMapping(JSON.parse(JSON.stringify(mapping)))).not.toThrow();
      expect(mapping.fields.reference).toBeDefined();
    }
  });
});
