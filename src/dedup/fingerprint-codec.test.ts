import { describe, expect, it } from "vitest";
import { buildBoilerplateModel } from "./boilerplate.js";
import { FINGERPRINT_VERSION, fingerprint } from "./fingerprint.js";
import { decodeFingerprint, encodeFingerprint } from "./fingerprint-codec.js";
import { buildPosting } from "./fixtures.js";
import { SYSADMIN_AD, salesPosting } from "./test-ads.js";

describe("fingerprint codec", () => {
  const varied = [
    fingerprint(salesPosting()),
    fingerprint(buildPosting({ title: "Ingénieur·e système", description: { html: "", text: SYSADMIN_AD } })),
    // Nothing known but a title: every nullable field null.
    fingerprint(buildPosting({ title: "Aide-soignant", description: { html: "", text: "Court." } })),
    fingerprint(
      salesPosting({
        employer: { name: "Électricité de France Intérim Services", siret: null },
        salary: { min: 11.88, max: 13.5, period: "hour", annualGross: 21621 },
        contract: { type: "MIS", durationMonths: 1.5, workingTime: "part_time" },
      }),
    ),
  ];

  it("gives back every field but the keys, which are stored apart", () => {
    for (const fp of varied) {
      expect(decodeFingerprint(encodeFingerprint(fp), fp.keys)).toEqual(fp);
    }
  });

  it("keeps a signature of the text without boilerplate", () => {
    const postings = [salesPosting(), salesPosting({ reference: "2" }), salesPosting({ reference: "3" })];
    const model = buildBoilerplateModel(postings);
    const fp = fingerprint(salesPosting(), { boilerplate: model });
    expect(decodeFingerprint(encodeFingerprint(fp), fp.keys)).toEqual(fp);
  });

  it("is about half the size of the JSON", () => {
    const fp = varied[0]!;
    expect(encodeFingerprint(fp).length).toBeLessThan(JSON.stringify({ ...fp, keys: [] }).length * 0.7);
  });

  it("decodes a fingerprint of another version to null", () => {
    const bytes = encodeFingerprint(varied[0]!);
    bytes[0] = FINGERPRINT_VERSION + 1;
    expect(decodeFingerprint(bytes, [])).toBeNull();
  });
});
