import { describe, expect, it } from "vitest";
import { contentHash, stableStringify } from "./content-hash.js";

describe("contentHash", () => {
  it("does not depend on key order", () => {
    expect(contentHash({ reference: "a", title: "x", url: "u" })).toBe(
      contentHash({ url: "u", title: "x", reference: "a" }),
    );
  });

  it("changes when any field changes, including nested ones", () => {
    const base = { reference: "a", title: "x", location: { city: "Lyon" } };
    expect(contentHash(base)).not.toBe(contentHash({ ...base, location: { city: "Lyon 3e" } }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, title: "y" }));
  });

  it("ignores undefined fields", () => {
    expect(stableStringify({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});
