import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type AppError, isAppError } from "../errors.js";
import { RAW_POSTING_FIELDS } from "./mapping-fields.js";
import type { RawPostingField } from "./mapping-types.js";
import { loadMappingFile, validateMapping } from "./mapping-validate.js";
import { listFormatMappings, listPartnerMappings } from "./partners/partners.js";

const VALID = {
  slug: "acme-emploi",
  label: "ACME Emploi",
  format: "xml",
  records: "job",
  dateFormat: "DD/MM/YYYY",
  values: { contractType: { apprentice: "Apprentissage" } },
  fields: {
    reference: "@id",
    title: { first: ["title", "name"] },
    description: { join: ["texte", { label: "Profil", value: "profil" }], html: true },
    "location.lat": { path: "geoloc", split: ",", index: 0 },
    "contract.type": { path: "types.type.@code", all: true, values: "contractType" },
    "contract.duration": { path: "duree", match: "(\\d+)", template: "{} mois" },
  },
};

const problemsOf = (json: unknown): string[] => {
  try {
    validateMapping(json);
  } catch (error) {
    if (isAppError(error) && error.code === "MAPPING_INVALID") return error.details?.problems as string[];
    throw error;
  }
  throw new Error("le mapping aurait dû être refusé");
};

describe("validateMapping", () => {
  it("accepts a well-formed mapping and returns it", () => {
    const mapping = validateMapping(VALID);
    expect(mapping.slug).toBe("acme-emploi");
    expect(mapping.fields["contract.type"]).toEqual({
      path: "types.type.@code",
      all: true,
      values: "contractType",
    });
  });

  it("lists every problem in French: fields, keys, regular expressions, tables, formats", () => {
    const problems = problemsOf({
      ...VALID,
      slug: "ACME Emploi",
      format: "yaml",
      extra: true,
      fields: {
        title: "title",
        "location.town": "city",
        description: { path: "a", const: "b" },
        "contract.type": { path: "t", values: "absente", unlisted: "maybe" },
        "contract.duration": { path: "d", match: "(unclosed", index: 1.5 },
        "salary.text": { path: "s", flags: "g", replace: ["x"] },
        url: { path: "a..b" },
        experience: { pth: "x" },
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "mapping : clé inconnue « extra » (clés permises : slug, label, format, records, fields, values, dateFormat, undated, employersShowName, rank, url, charset, delimiter, lines, next, $comment)",
        "slug : identifiant en minuscules, chiffres et tirets requis",
        "format : doit valoir xml, json, csv, jsonld",
        'fields["location.town"] : champ inconnu de RawPosting',
        'fields["description"] : une règle a exactement une source parmi path, const, first, join',
        'fields["contract.type"].values : table « absente » absente de « values »',
        'fields["contract.type"].unlisted : doit valoir « keep » ou « drop »',
        'fields["contract.duration"].index : doit être un entier',
        "fields : le champ « reference » est obligatoire",
        'fields["salary.text"].flags : seuls i, m, s et u sont permis',
        'fields["salary.text"].replace : doit être [expression régulière, remplacement]',
        'fields["url"].path : chemin « a..b » invalide',
      ]),
    );
    expect(
      problems.some((p) => p.startsWith('fields["contract.duration"].match : expression régulière invalide')),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('fields["experience"] : clé inconnue « pth »'))).toBe(true);
  });

  it("requires the records element of an XML feed, and a mapping object", () => {
    expect(problemsOf({ ...VALID, records: undefined })).toContain(
      "records : nom ou chemin de l'élément des offres requis pour un flux XML",
    );
    expect(problemsOf(["not", "an", "object"])).toEqual(["le mapping doit être un objet JSON"]);
  });

  it("accepts every mapping shipped with the project", () => {
    for (const mapping of [...listPartnerMappings(), ...listFormatMappings()]) {
      expect(validateMapping(JSON.parse(JSON.stringify(mapping)))).toEqual(
        JSON.parse(JSON.stringify(mapping)),
      );
    }
  });

  it("knows every RawPosting field", () => {
    expectTypeOf<(typeof RAW_POSTING_FIELDS)[number]>().toEqualTypeOf<RawPostingField>();
    expect(RAW_POSTING_FIELDS).toContain("location.postalCode");
    expect(RAW_POSTING_FIELDS).toHaveLength(37);
  });
});

describe("loadMappingFile", () => {
  const failure = async (path: string): Promise<AppError> => {
    const error = await loadMappingFile(path).then(
      () => null,
      (caught: unknown) => caught,
    );
    if (!isAppError(error)) throw new Error("AppError attendue");
    return error;
  };

  it("reads a JSON mapping file, and explains an unreadable one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "emploi-mapping-"));
    try {
      await writeFile(join(dir, "ok.json"), JSON.stringify(VALID));
      expect((await loadMappingFile(join(dir, "ok.json"))).label).toBe("ACME Emploi");
      await writeFile(join(dir, "broken.json"), "{ slug: ");
      expect((await failure(join(dir, "broken.json"))).message).toContain("JSON invalide");
      expect((await failure(join(dir, "absent.json"))).code).toBe("MAPPING_INVALID");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
