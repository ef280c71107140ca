import { describe, expect, it } from "vitest";
import { buildPartners, publicPartner, snapshotsOn } from "./partners.js";
import type { SimFormat } from "./types.js";

const ALL_FORMATS: SimFormat[] = [
  "apec",
  "clever-connect",
  "decathlon",
  "edf",
  "enedis",
  "engagement-jeunes",
  "france-travail-cegid",
  "hellowork",
  "hellowork-buddi",
  "jobteaser",
  "jooble",
  "kelio",
  "laposte",
  "leboncoin",
  "indeed-xml",
  "jsonld",
  "csv",
  "json-api",
];

describe("buildPartners", () => {
  it("covers every format with the first 18 partners and keeps slugs unique", () => {
    const partners = buildPartners(42, 70);
    expect(partners).toHaveLength(70);
    expect(new Set(partners.slice(0, 18).map((p) => p.format))).toEqual(new Set(ALL_FORMATS));
    expect(new Set(partners.map((p) => p.slug)).size).toBe(70);
    for (const p of partners) expect(p.slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it("keeps the shipped partners' slugs and mixes every kind", () => {
    const partners = buildPartners(1, 70);
    const slugs = partners.map((p) => p.slug);
    for (const slug of ["hellowork", "apec", "laposte", "edf", "leboncoin", "jooble"])
      expect(slugs).toContain(slug);
    const kinds = new Map<string, number>();
    for (const p of partners) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    expect(kinds.get("board")).toBeGreaterThan(25);
    expect(kinds.get("aggregator")).toBeGreaterThan(5);
    expect(kinds.get("ats")).toBeGreaterThan(5);
    expect(kinds.get("employer")).toBeGreaterThan(5);
  });

  it("ranks employers' own sites above boards, and boards above aggregators", () => {
    const partners = buildPartners(3, 70);
    const minRank = (kind: string) => Math.min(...partners.filter((p) => p.kind === kind).map((p) => p.rank));
    const maxRank = (kind: string) => Math.max(...partners.filter((p) => p.kind === kind).map((p) => p.rank));
    expect(minRank("employer")).toBeGreaterThan(maxRank("board"));
    expect(minRank("board")).toBeGreaterThan(maxRank("aggregator"));
  });

  it("draws habits from the seed", () => {
    expect(buildPartners(5, 30)).toEqual(buildPartners(5, 30));
    expect(buildPartners(5, 30).map((p) => p.cadenceDays)).not.toEqual(
      buildPartners(6, 30).map((p) => p.cadenceDays),
    );
  });

  it("publishes on day 0 and then at its cadence", () => {
    const weekly = {
      ...(buildPartners(1, 1)[0] as ReturnType<typeof buildPartners>[number]),
      cadenceDays: 7,
      phase: 3,
    };
    const days = Array.from({ length: 15 }, (_, d) => d).filter((d) => snapshotsOn(weekly, d));
    expect(days).toEqual([0, 3, 10]);
    expect(Object.keys(publicPartner(weekly))).not.toContain("phase");
  });
});
