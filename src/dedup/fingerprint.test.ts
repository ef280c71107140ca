import { describe, expect, it } from "vitest";
import { compare } from "./decide.js";
import { FINGERPRINT_VERSION, type Fingerprint, fingerprint } from "./fingerprint.js";
import { SYSADMIN_AD, salesPosting } from "./test-ads.js";

describe("fingerprint", () => {
  const fp = fingerprint(salesPosting());

  it("normalises the comparable fields", () => {
    expect(fp).toMatchObject({
      v: FINGERPRINT_VERSION,
      partner: salesPosting().partner,
      employer: { siret: "12345678900012", siren: "123456789", name: "montagne sports", agency: false },
      title: "vendeur rayon randonne",
      place: { commune: "69383", city: "69123", postalCode: "69003", departement: "69", cityName: "lyon" },
      contract: { type: "CDI", time: "full_time", months: null },
      rome: "D1211",
      salary: [22800, 22800],
      day: 20148,
    });
    expect(fp.text.size).toBeGreaterThan(100);
    expect(fp.text.specific).toBeNull();
  });

  it("has structured keys, an exact-text key and 16 LSH band keys", () => {
    expect(fp.keys).toHaveLength(6 + 1 + 16);
    expect(new Set(fp.keys).size).toBe(fp.keys.length);
    const short = fingerprint(salesPosting({ description: { html: "", text: "Vendeur en magasin." } }));
    expect(short.keys).toHaveLength(7);
  });

  it("shares a key between copies that rewrite the title and name the employer differently", () => {
    // One copy gives the SIRET and the branch's town in the name, the other the bare name; their
    // texts differ here so that only the employer-in-commune keys can meet.
    const branch = fingerprint(
      salesPosting({
        title: "Conseiller de vente (H/F)",
        employer: { name: "Montagne & Sports Lyon", siret: "12345678900012" },
        description: { html: "", text: SYSADMIN_AD },
      }),
    );
    const bare = fingerprint(
      salesPosting({ partner: "board", employer: { name: "MONTAGNE ET SPORTS", siret: null } }),
    );
    const anonymous = fingerprint(
      salesPosting({ partner: "ats", employer: { name: null, siret: "12345678900012" } }),
    );
    expect(bare.keys.filter((k) => branch.keys.includes(k)).length).toBeGreaterThan(0);
    expect(anonymous.keys.filter((k) => branch.keys.includes(k)).length).toBeGreaterThan(0);
  });

  it("survives JSON storage: a parsed fingerprint compares the same", () => {
    const stored = JSON.parse(JSON.stringify(fp)) as Fingerprint;
    expect(stored).toEqual(fp);
    expect(compare(stored, fp).decision).toBe("duplicate");
    // 684 characters of them are the signature (128 minima of 32 bits).
    expect(JSON.stringify(fp).length).toBeLessThan(1600);
  });

  it("scales a salary range from its minimum", () => {
    const range = fingerprint(
      salesPosting({ salary: { text: null, min: 2000, max: 2500, period: "month", annualGross: 24000 } }),
    );
    expect(range.salary).toEqual([24000, 30000]);
  });
});
