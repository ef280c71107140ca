import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LBA_FIXTURES_DIR } from "../../../test/helpers/paths.js";
import { collectPartnerFeed } from "../../ingest/mapping-feed.js";
import { getPartnerMapping } from "../../ingest/partners/partners.js";
import { parseContract } from "../../offer/contract.js";
import { parseSalary } from "../../offer/salary.js";
import { parseDate } from "../../pipeline/dates.js";
import { fold } from "../../text/fold.js";
import type { SimDateStyle, SimFormat } from "../types.js";
import { DATE_STYLES, dateFormatOf, FORMAT_DATE_STYLES, renderDate } from "./dates.js";
import { SIM_FORMATS } from "./registry.js";
import {
  CARRIED,
  firstRawDate,
  removeRoundTripFolders,
  roundTrip,
  roundTripPartner,
  SAMPLE_FEEDS,
  UPDATE_FILLED,
} from "./roundtrip-helpers.js";
import { buildSimPosting } from "./sample-postings.js";

afterAll(removeRoundTripFolders);

const NOW = new Date("2026-02-01T00:00:00Z");

/** The Paris day of an instant, as the normaliser would date it. */
const parisDay = (iso: string | null | undefined): string | null =>
  iso ? renderDate(new Date(iso), "iso-date") : null;

const second = buildSimPosting({
  reference: "REF-0002",
  url: "https://emploi.example/offres/REF-0002",
  title: "Apprenti(e) électricien – Saint-Étienne",
  descriptionHtml: "<p>Chantiers <i>tertiaires</i> ; travail en binôme.</p>",
  employer: { name: "Élec & Co", siret: "98765432100019", anonymous: false },
  location: {
    city: "Saint-Étienne",
    postalCode: "42000",
    commune: "42218",
    departement: "42",
    region: "84",
    lat: 45.4397,
    lon: 4.3872,
    remote: null,
  },
  contract: {
    type: "Contrat d'apprentissage",
    durationMonths: 24,
    workingTime: "full_time",
    weeklyHours: 35,
  },
  salary: { text: "1 200 € brut mensuel", min: 1200, max: null, period: "month" },
  rome: { code: "F1602", appellationCode: null },
  experience: null,
  publishedAt: new Date("2026-01-10T22:45:00Z"),
  updatedAt: null,
  expiresAt: null,
});

describe.each(SIM_FORMATS)("%s writer round trip", (format: SimFormat) => {
  it("writes what the format's mapping reads back", async () => {
    const partner = roundTripPartner(format);
    const sims = [buildSimPosting(), second];
    const { postings, errors, mapping } = await roundTrip(partner, sims);
    expect(errors).toEqual([]);
    expect(postings.map((p) => p.reference)).toEqual(["REF-0001", "REF-0002"]);
    const carried = new Set(CARRIED[format]);
    for (const [i, sim] of sims.entries()) {
      const raw = postings[i];
      if (!raw) throw new Error("missing posting");
      expect(raw.title).toBe(sim.title);
      expect(raw.description).toMatch(i === 0 ? /fournil/ : /binôme/);
      if (carried.has("url")) expect(raw.url).toBe(sim.url);
      if (carried.has("employer")) expect(raw.employer?.name).toBe(sim.employer.name);
      if (carried.has("city")) expect(fold(raw.location?.city ?? "")).toBe(fold(sim.location.city ?? ""));
      if (carried.has("postalCode")) expect(raw.location?.postalCode).toBe(sim.location.postalCode);
      if (carried.has("commune")) expect(raw.location?.commune).toBe(sim.location.commune);
      if (carried.has("contract")) {
        const read = parseContract(raw.contract);
        const sent = parseContract({ type: sim.contract.type });
        expect([read.type, read.nature]).toEqual([sent.type, sent.nature]);
      }
      if (carried.has("salaryText")) expect(raw.salary?.text).toBe(sim.salary?.text);
      if (carried.has("salaryFigures")) {
        const read = parseSalary(raw.salary);
        expect(read.annualGross).toBeCloseTo(
          parseSalary({
            min: String(sim.salary?.min ?? ""),
            max: String(sim.salary?.max ?? ""),
            period: sim.salary?.period ?? "",
          }).annualGross ?? Number.NaN,
        );
      }
      for (const key of ["publishedAt", "updatedAt", "expiresAt"] as const) {
        if (!carried.has(key)) continue;
        const parsed = parseDate(raw[key], { format: mapping.dateFormat, now: NOW });
        const sent =
          key === "updatedAt" && UPDATE_FILLED.has(format) ? (sim.updatedAt ?? sim.publishedAt) : sim[key];
        expect(parisDay(parsed), key).toBe(sent ? parisDay(sent.toISOString()) : null);
      }
      if (carried.has("rome")) expect(raw.rome?.code).toBe(sim.rome.code);
      if (carried.has("experience")) expect(raw.experience).toBe(sim.experience ?? undefined);
    }
  });
});

describe("date styles", () => {
  it.each(DATE_STYLES)("%s dates parse back to the same Paris day in every format", async (style) => {
    for (const format of ["apec", "hellowork", "csv", "json-api"] as const) {
      const { postings, mapping } = await roundTrip(roundTripPartner(format, { dateStyle: style }), [second]);
      const parsed = parseDate(postings[0]?.publishedAt, { format: mapping.dateFormat, now: NOW });
      // 22:45 UTC on 10 January is 23:45 in Paris: still the 10th.
      expect(parisDay(parsed), `${format} ${style}`).toBe("2026-01-10");
    }
  });
});

describe("shipped formats under another slug", () => {
  it.each(SIM_FORMATS.filter((f) => roundTripPartner(f).slug === f))(
    "%s: the registered mapping is written beside the feed, renamed",
    async (format) => {
      const partner = roundTripPartner(format, {
        slug: `sim-${format}`,
        label: "Simulé",
        dateStyle: "dmy-slash",
      });
      const { paths, mapping, postings, errors } = await roundTrip(partner, [buildSimPosting(), second]);
      expect(paths.at(-1)).toMatch(/mapping\.json$/);
      expect(mapping).toMatchObject({ slug: `sim-${format}`, label: "Simulé", dateFormat: "DD/MM/YYYY" });
      expect(errors).toEqual([]);
      expect(postings.map((p) => p.title)).toEqual([buildSimPosting().title, second.title]);
    },
  );
});

describe("partners whose employers stay anonymous (C. trav. L5332-2)", () => {
  const anonymous = buildSimPosting({
    employer: { name: "Boulangerie Lefèvre & Fils", siret: "12345678900012", anonymous: true },
  });
  it.each(SIM_FORMATS.filter((f) => CARRIED[f].includes("employer")))(
    "%s: the employer reaches the platform, and the mapping or a flag says not to show it",
    async (format) => {
      const partner = roundTripPartner(format, { employersShowName: false });
      const { mapping, postings, errors } = await roundTrip(partner, [anonymous]);
      expect(errors).toEqual([]);
      const employer = postings[0]?.employer;
      expect(employer?.name ?? employer?.siret, format).toBeTruthy();
      const hidden = employer?.anonymous === "true" || mapping.employersShowName === false;
      expect(hidden, format).toBe(true);
    },
  );
});

/** How precisely a style writes an instant. */
const PRECISION: Record<SimDateStyle, "day" | "second" | "ms"> = {
  iso: "second",
  "iso-ms": "ms",
  "iso-offset": "second",
  "iso-local": "ms",
  "iso-date": "day",
  rfc822: "second",
  epoch: "second",
  "ymd-compact": "day",
  "ymd-time": "second",
  "ymd-time-ms": "ms",
  "ymd-time-utc": "second",
  "dmy-slash": "day",
  "dmy-slash-time": "second",
  "dmy-dash-time": "second",
  "dmy-dot": "day",
};

// 23:45:07.25 in Paris (winter time); 00:30:05.04 on 15 July in Paris (summer time, the next day).
const WINTER = new Date("2026-01-10T22:45:07.250Z");
const SUMMER = new Date("2026-07-14T22:30:05.040Z");

/** What each shipped format writes for WINTER and SUMMER, as its sample feed writes dates. */
const RAW: Record<string, [string, string]> = {
  apec: ["10/01/2026 23:45:07", "15/07/2026 00:30:05"],
  "clever-connect": ["2026-01-10T22:45:07.250Z", "2026-07-14T22:30:05.040Z"],
  decathlon: ["2026-01-10T22:45:07+00:00", "2026-07-14T22:30:05+00:00"],
  edf: ["20260110", "20260715"],
  enedis: ["20260110", "20260715"],
  "engagement-jeunes": ["2026-01-10", "2026-07-15"],
  "france-travail-cegid": ["2026-01-10T23:45:07.25", "2026-07-15T00:30:05.04"],
  hellowork: ["2026-01-10 23:45:07", "2026-07-15 00:30:05"],
  "hellowork-buddi": ["2026-01-10 23:45:07", "2026-07-15 00:30:05"],
  jobteaser: ["2026-01-10 23:45:07.250", "2026-07-15 00:30:05.040"],
  jooble: ["2026-01-10 23:45:07", "2026-07-15 00:30:05"],
  kelio: ["2026-01-10 22:45:07 UTC", "2026-07-14 22:30:05 UTC"],
  laposte: ["10-01-2026 23:45:07", "15-07-2026 00:30:05"],
};

/** The shape of a date text: every run of digits as "9" ("23/12/2025 10:41:41" -> "9/9/9 9:9:9"). */
const shape = (text: string | null): string | null => text?.replace(/\d+/g, "9") ?? null;

const expectedRead = (sent: Date, style: SimDateStyle): string | null => {
  const precision = PRECISION[style];
  if (precision === "day") return parisDay(sent.toISOString());
  const ms = precision === "ms" ? sent.getTime() : Math.floor(sent.getTime() / 1000) * 1000;
  return new Date(ms).toISOString();
};

describe.each(Object.keys(FORMAT_DATE_STYLES) as SimFormat[])("%s dates in the real layout", (format) => {
  const style = FORMAT_DATE_STYLES[format] as SimDateStyle;

  it("uses the layout of the registered mapping and of the sample feed", async () => {
    expect(roundTripPartner(format).dateStyle).toBe(style);
    expect(dateFormatOf(style)).toBe(getPartnerMapping(format).dateFormat);
    const sample = await collectPartnerFeed(getPartnerMapping(format), [
      join(LBA_FIXTURES_DIR, SAMPLE_FEEDS[format] ?? ""),
    ]);
    const written = renderDate(WINTER, style);
    expect(shape(written)).toBe(shape(firstRawDate(sample.postings)));
  });

  it("writes the raw text, read back to the same instant (or Paris day) by the mapping", async () => {
    const sims = [WINTER, SUMMER].map((at, i) =>
      buildSimPosting({ reference: `REF-D${i}`, publishedAt: at, updatedAt: at, expiresAt: at }),
    );
    const { postings, mapping, errors } = await roundTrip(roundTripPartner(format), sims);
    expect(errors).toEqual([]);
    const keys = (["publishedAt", "updatedAt", "expiresAt"] as const).filter((k) =>
      CARRIED[format].includes(k),
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const [i, sent] of [WINTER, SUMMER].entries()) {
      for (const key of keys) {
        const raw = postings[i]?.[key];
        expect(raw, `${key} #${i}`).toBe(RAW[format]?.[i]);
        const read = parseDate(raw, { format: mapping.dateFormat, now: NOW });
        const got = PRECISION[style] === "day" ? parisDay(read) : read;
        expect(got, `${key} #${i} read back`).toBe(expectedRead(sent, style));
      }
    }
  });

  it("under another slug, writes a mapping with the same layout", async () => {
    const { mapping } = await roundTrip(roundTripPartner(format, { slug: `sim-${format}` }), [second]);
    expect(mapping.dateFormat).toBe(getPartnerMapping(format).dateFormat);
  });
});
