import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../../test/helpers/paths.js";
import { parseDate } from "./dates.js";

const now = new Date("2026-03-01T12:00:00Z");

describe("parseDate", () => {
  it.each([
    // RFC 822 / 1123
    ["Tue, 25 Feb 2025 09:02:49 GMT", "2025-02-25T09:02:49.000Z"],
    ["Tue, 25 Feb 2025 09:02:49 +0100", "2025-02-25T08:02:49.000Z"],
    ["25 Feb 2025 09:02:49 -0500", "2025-02-25T14:02:49.000Z"],
    ["Tue, 25 Feb 25 09:02 UT", "2025-02-25T09:02:00.000Z"],
    ["Wed, 02 Jul 2025 10:00:00 CEST", "2025-07-02T08:00:00.000Z"],
    // ISO 8601
    ["2025-02-25T09:02:49.847Z", "2025-02-25T09:02:49.847Z"],
    ["2025-11-24T10:18:17+00:00", "2025-11-24T10:18:17.000Z"],
    ["2025-02-25T09:02:49+0100", "2025-02-25T08:02:49.000Z"],
    ["2025-02-25T09:02:49-03", "2025-02-25T12:02:49.000Z"],
    ["2025-10-03T09:19:58.77", "2025-10-03T07:19:58.770Z"],
    ["2025-10-03T09:42:16.853123", "2025-10-03T07:42:16.853Z"],
    ["2024-01-30 23:21:39", "2024-01-30T22:21:39.000Z"],
    ["2025-03-06 07:32:43 UTC", "2025-03-06T07:32:43.000Z"],
    ["2025-09-01", "2025-08-31T22:00:00.000Z"],
    ["2025-01-15", "2025-01-14T23:00:00.000Z"],
    ["2025/02/25", "2025-02-24T23:00:00.000Z"],
    ["  2025-02-25T09:02  ", "2025-02-25T08:02:00.000Z"],
    // day first
    ["11/12/2025 10:41:41", "2025-12-11T09:41:41.000Z"],
    ["20/02/2026 01:50:22", "2026-02-20T00:50:22.000Z"],
    ["22-05-2025 00:11:19", "2025-05-21T22:11:19.000Z"],
    ["25.02.2025", "2025-02-24T23:00:00.000Z"],
    ["25/02/2025", "2025-02-24T23:00:00.000Z"],
    ["1/3/2025", "2025-02-28T23:00:00.000Z"],
    ["25/02/25", "2025-02-24T23:00:00.000Z"],
    ["25/02/2025 à 10h30", "2025-02-25T09:30:00.000Z"],
    ["25/02/2025 10h", "2025-02-25T09:00:00.000Z"],
    // compact and epoch
    ["20260201", "2026-01-31T23:00:00.000Z"],
    ["20250225093000", "2025-02-25T08:30:00.000Z"],
    ["1740474169", "2025-02-25T09:02:49.000Z"],
    ["1740474169000", "2025-02-25T09:02:49.000Z"],
    // French and English month names
    ["25 février 2025", "2025-02-24T23:00:00.000Z"],
    ["25 Février 2025", "2025-02-24T23:00:00.000Z"],
    ["1er mars 2025", "2025-02-28T23:00:00.000Z"],
    ["mardi 25 février 2025 à 10h30", "2025-02-25T09:30:00.000Z"],
    ["le 3 août 2025", "2025-08-02T22:00:00.000Z"],
    ["25 févr. 2025", "2025-02-24T23:00:00.000Z"],
    ["12 décembre 2025 18:00", "2025-12-12T17:00:00.000Z"],
    ["February 25, 2025", "2025-02-24T23:00:00.000Z"],
    ["25 February 2025", "2025-02-24T23:00:00.000Z"],
  ])("%s -> %s", (text, expected) => {
    expect(parseDate(text, { now })).toBe(expected);
  });

  it.each([
    ["31/02/2025"],
    ["29/02/2025"],
    ["2025-13-01"],
    ["2025-04-31"],
    ["2025-02-25T24:00:00"],
    ["2025-02-25T10:61:00"],
    ["1985-06-01"],
    ["1989-12-31T22:59:59Z"],
    ["2037-01-01"],
    ["25 foo 2025"],
    ["Juillet 2025"],
    ["garbage"],
    ["N/A"],
    ["None"],
    [""],
    ["   "],
    ["0"],
    ["123"],
    ["99999999999999999"],
    ["2025-02-25T09:02:49 XYZ"],
    ["<p>2025-02-25</p>"],
  ])("rejects %j", (text) => {
    expect(parseDate(text, { now })).toBeNull();
  });

  it("accepts leap days and dates up to ten years ahead", () => {
    expect(parseDate("29/02/2024", { now })).toBe("2024-02-28T23:00:00.000Z");
    expect(parseDate("2035-06-01T00:00:00Z", { now })).toBe("2035-06-01T00:00:00.000Z");
    expect(parseDate("2036-06-01T00:00:00Z", { now })).toBeNull();
  });

  it("returns null for undefined and non-string input", () => {
    expect(parseDate(undefined)).toBeNull();
    expect(parseDate(null)).toBeNull();
    expect(parseDate(20250225 as unknown as string)).toBeNull();
  });

  describe("Europe/Paris wall time", () => {
    it.each([
      ["2025-01-15 12:00", "2025-01-15T11:00:00.000Z"], // winter, UTC+1
      ["2025-07-15 12:00", "2025-07-15T10:00:00.000Z"], // summer, UTC+2
      ["2025-03-30 01:59", "2025-03-30T00:59:00.000Z"], // last minute of winter time
      ["2025-03-30 03:00", "2025-03-30T01:00:00.000Z"], // first minute of summer time
      ["2025-03-30 02:30", "2025-03-30T01:30:00.000Z"], // skipped hour: read as winter time
      ["2025-10-26 02:30", "2025-10-26T00:30:00.000Z"], // repeated hour: first occurrence
      ["2025-10-26 03:00", "2025-10-26T02:00:00.000Z"],
      ["2024-03-31 12:00", "2024-03-31T10:00:00.000Z"],
      ["1995-09-24 12:00", "1995-09-24T11:00:00.000Z"], // before 1996 summer time ended in September
      ["2025-12-31 23:30", "2025-12-31T22:30:00.000Z"],
    ])("%s -> %s", (text, expected) => {
      expect(parseDate(text, { now })).toBe(expected);
    });
  });

  describe("explicit format", () => {
    it.each([
      ["25/02/2025 10:00:05", "DD/MM/YYYY HH:mm:ss", "2025-02-25T09:00:05.000Z"],
      ["02/25/2025", "MM/DD/YYYY", "2025-02-24T23:00:00.000Z"],
      ["03/04/2025", "MM/DD/YYYY", "2025-03-03T23:00:00.000Z"],
      ["25/02/2025 10h30", "DD/MM/YYYY HHhmm", "2025-02-25T09:30:00.000Z"],
      ["25 févr. 2025", "D MMM YYYY", "2025-02-24T23:00:00.000Z"],
      ["1er mars 2025", "D MMMM YYYY", "2025-02-28T23:00:00.000Z"],
      ["20250225", "YYYYMMDD", "2025-02-24T23:00:00.000Z"],
      ["2025-02-25T10:00:00+0000", "YYYY-MM-DDTHH:mm:ssZ", "2025-02-25T10:00:00.000Z"],
      ["1740474169", "X", "2025-02-25T09:02:49.000Z"],
      ["1740474169123", "x", "2025-02-25T09:02:49.123Z"],
    ])("%s with %s -> %s", (text, format, expected) => {
      expect(parseDate(text, { format, now })).toBe(expected);
    });

    it("wins over the automatic reading of an ambiguous date", () => {
      expect(parseDate("03/04/2025", { now })).toBe("2025-04-02T22:00:00.000Z");
      expect(parseDate("03/04/2025", { format: "MM/DD/YYYY", now })).toBe("2025-03-03T23:00:00.000Z");
    });

    it("falls back to the usual layouts when the text does not match it", () => {
      expect(parseDate("2025-02-25T09:02:49Z", { format: "DD/MM/YYYY", now })).toBe(
        "2025-02-25T09:02:49.000Z",
      );
    });

    it("still rejects impossible dates", () => {
      expect(parseDate("02/30/2025", { format: "MM/DD/YYYY", now })).toBeNull();
    });
  });

  it("reads every France Travail date like the platform's own ISO parser", () => {
    const offers = JSON.parse(
      gunzipSync(readFileSync(join(DATA_DIR, "offres/ft_offres_anonymised_all.json.gz"))).toString("utf8"),
    ) as { dateCreation: string; dateActualisation: string }[];
    const texts = offers.flatMap((offer) => [offer.dateCreation, offer.dateActualisation]);
    const wrong = texts.filter((text) => parseDate(text, { now }) !== new Date(text).toISOString());
    expect(wrong).toEqual([]);
    expect(texts.length).toBeGreaterThan(5000);
  });
});
