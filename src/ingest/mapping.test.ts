import { describe, expect, it } from "vitest";
import { applyMapping, compileSpec, MappingRecordError, mapRecord, referenceOf } from "./mapping.js";
import type { FieldSpec, PartnerMapping } from "./mapping-types.js";
import type { FeedRecord } from "./raw-posting.js";

const RECORD: FeedRecord = {
  "@id": "J-1",
  title: "Boulanger H/F",
  Contrat: { Type_contrat: "CDD", Duree: "12" },
  company: { "@anonymous": "false", name: "Fournil" },
  workplace: {
    locations: {
      location: [
        { "@lat": "45.75", city: "Lyon", department: { "@code": "69", "#text": "Rhône" } },
        { "@lat": "48.85", city: "Paris" },
      ],
    },
  },
  types: {
    type: [
      { "@code": "cdi", "#text": "CDI" },
      { "@code": "apprentice", "#text": "Apprentissage" },
    ],
  },
  geoloc: "48,8566;2,3522",
  state: "Canton de Puteaux; Hauts-de-Seine (92); Ile-de-France",
  texte: "<p>Pétrir</p>",
  profil: "<p>Motivé</p>",
  avantages: "",
  count: 3,
  partiel: false,
  empty: "",
};

const read = (spec: FieldSpec, tables: Record<string, Record<string, string>> = {}) =>
  compileSpec(spec, tables)(RECORD);

describe("field specs", () => {
  it("reads paths: nested keys, attributes, #text, array positions, through arrays", () => {
    expect(read("Contrat.Type_contrat")).toBe("CDD");
    expect(read("company.@anonymous")).toBe("false");
    expect(read("workplace.locations.location.city")).toBe("Lyon");
    expect(read("workplace.locations.location[1].city")).toBe("Paris");
    expect(read("workplace.locations.location[-1].@lat")).toBe("48.85");
    expect(read("workplace.locations.location.department")).toBe("Rhône");
    expect(read("company[0].name")).toBe("Fournil");
    expect(read("count")).toBe("3");
    expect(read("partiel")).toBe("false");
    expect(read("empty")).toBeUndefined();
    expect(read("absent.deep.path")).toBeUndefined();
    expect(read("constructor")).toBeUndefined();
    expect(read("title.length")).toBeUndefined();
  });

  it("keeps every value with all, joined by the separator", () => {
    expect(read({ path: "types.type", all: true })).toBe("CDI, Apprentissage");
    expect(read({ path: "workplace.locations.location.city", all: true, separator: " / " })).toBe(
      "Lyon / Paris",
    );
  });

  it("takes the first non-empty alternative, and constants", () => {
    expect(read({ first: ["empty", "absent", "title"] })).toBe("Boulanger H/F");
    expect(read({ first: ["absent", { const: "France Travail" }] })).toBe("France Travail");
  });

  it("joins parts under headings, as text or as HTML, skipping empty parts", () => {
    const parts = ["texte", { label: "Profil", value: "profil" }, { label: "Avantages", value: "avantages" }];
    expect(read({ join: parts })).toBe("<p>Pétrir</p>\n\nProfil :\n<p>Motivé</p>");
    expect(read({ join: parts, html: true })).toBe("<p>Pétrir</p>\n<h3>Profil</h3>\n<p>Motivé</p>");
    expect(read({ join: ["absent", "empty"] })).toBeUndefined();
  });

  it("splits, picks by index, extracts by regular expression and replaces", () => {
    const geoloc = "^(-?\\d+(?:[.,]\\d+)?)\\s*[,;]\\s*(-?\\d+(?:[.,]\\d+)?)$";
    expect(read({ path: "geoloc", match: geoloc, group: 2, replace: [",", "."] })).toBe("2.3522");
    expect(read({ path: "state", split: ";", index: -1 })).toBe("Ile-de-France");
    expect(read({ path: "state", split: ";", index: 0 })).toBe("Canton de Puteaux");
    expect(read({ path: "state", match: "\\((\\d{2,3}|2[AB])\\)" })).toBe("92");
    expect(read({ path: "title", match: "^(\\w+) (\\w+)" })).toBe("Boulanger");
    expect(read({ path: "title", match: "^Chef" })).toBeUndefined();
    expect(read({ path: "title", match: "h/f", flags: "i", group: 0 })).toBe("H/F");
  });

  it("translates through value tables: named or inline, case and accents folded, unlisted kept or dropped", () => {
    const tables = { contractType: { apprentice: "Apprentissage", cdi: "" } };
    expect(read({ path: "types.type.@code", all: true, values: "contractType" }, tables)).toBe(
      "Apprentissage",
    );
    expect(read({ path: "Contrat.Type_contrat", values: { cdd: "Contrat à durée déterminée" } })).toBe(
      "Contrat à durée déterminée",
    );
    expect(read({ path: "title", values: { other: "x" } })).toBe("Boulanger H/F");
    expect(read({ path: "title", values: { other: "x" }, unlisted: "drop" })).toBeUndefined();
    expect(read({ path: "partiel", values: { true: "Temps partiel", false: "Temps plein" } })).toBe(
      "Temps plein",
    );
  });

  it("wraps the value in a template, or gives a constant when the value exists", () => {
    expect(read({ path: "Contrat.Duree", template: "{} mois" })).toBe("12 mois");
    expect(read({ path: "Contrat.Duree", template: "month" })).toBe("month");
    expect(read({ path: "absent", template: "{} mois" })).toBeUndefined();
  });
});

const MAPPING: PartnerMapping = {
  slug: "demo",
  label: "Démo",
  format: "xml",
  records: "job",
  values: { contractType: { CDD: "Contrat à durée déterminée" } },
  fields: {
    reference: "@id",
    title: "title",
    "employer.name": "company.name",
    "location.city": "workplace.locations.location.city",
    "location.departement": "workplace.locations.location.department.@code",
    "contract.type": "Contrat.Type_contrat",
    "contract.duration": { path: "Contrat.Duree", template: "{} mois" },
  },
  employersShowName: false,
};

describe("applyMapping", () => {
  it("builds a RawPosting, applying the table named after a field by default", () => {
    expect(applyMapping(MAPPING, RECORD)).toEqual({
      reference: "J-1",
      title: "Boulanger H/F",
      employer: { name: "Fournil", anonymous: "true" },
      location: { city: "Lyon", departement: "69" },
      contract: { type: "Contrat à durée déterminée", duration: "12 mois" },
    });
  });

  it("lets a mapped anonymity flag win over employersShowName", () => {
    const mapping = { ...MAPPING, fields: { ...MAPPING.fields, "employer.anonymous": "company.@anonymous" } };
    expect(applyMapping(mapping, RECORD).employer?.anonymous).toBe("false");
  });

  it("refuses a record without reference, with the reason in French", () => {
    const record = { ...RECORD, "@id": "  " };
    expect(mapRecord(MAPPING, record)).toEqual({ ok: false, reference: null, reason: "référence manquante" });
    expect(() => applyMapping(MAPPING, record)).toThrow(MappingRecordError);
    expect(() => applyMapping(MAPPING, record)).toThrow("référence manquante");
    expect(referenceOf(MAPPING, RECORD)).toBe("J-1");
  });

  it("refuses a faulty mapping written in code with MAPPING_INVALID", () => {
    const faulty = { ...MAPPING, fields: { ...MAPPING.fields, title: { path: "title", match: "(" } } };
    expect(() => mapRecord(faulty, RECORD)).toThrow(/Mapping demo invalide/);
  });

  it("maps a record in a few microseconds", () => {
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) mapRecord(MAPPING, RECORD);
    const perRecord = ((performance.now() - started) / 20_000) * 1000;
    expect(perRecord).toBeLessThan(50);
  });
});
