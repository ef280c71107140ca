/**
 * Checks a partner mapping given as data (a JSON file passed with `--mapping`) and rebuilds it as
 * a typed PartnerMapping. Every problem found is listed, in French, in one `MAPPING_INVALID` error.
 */
import { readFile } from "node:fs/promises";
import iconv from "iconv-lite";
import { AppError, errorMessage } from "../errors.js";
import { Checker, isObject, MAPPING_KEYS } from "./mapping-checker.js";
import { isRawPostingField } from "./mapping-fields.js";
import { FEED_FORMATS, type FeedFormat, type PartnerMapping } from "./mapping-types.js";

const checkTables = (value: unknown, checker: Checker): Record<string, Record<string, string>> => {
  if (value === undefined) return {};
  if (!isObject(value)) {
    checker.add("values", "doit être un objet { nom de table : table }");
    return {};
  }
  const tables: Record<string, Record<string, string>> = {};
  for (const [name, table] of Object.entries(value)) {
    const checked = checker.table(table, `values.${name}`);
    if (checked) tables[name] = checked;
  }
  return tables;
};

/** Checks mapping data and returns it as a PartnerMapping, or throws MAPPING_INVALID listing every problem. */
export const validateMapping = (json: unknown): PartnerMapping => {
  const problems = new Checker({});
  if (!isObject(json)) throw invalid(["le mapping doit être un objet JSON"]);
  problems.unknownKeys(json, MAPPING_KEYS, "mapping");
  const values = checkTables(json.values, problems);
  const checker = new Checker(values);
  checker.problems.push(...problems.problems);
  const slug = checker.text(json.slug, "slug") ?? "";
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
    checker.add("slug", "identifiant en minuscules, chiffres et tirets requis");
  const label = checker.text(json.label, "label") ?? "";
  if (!label.trim()) checker.add("label", "nom du partenaire requis");
  const format = FEED_FORMATS.find((name) => name === json.format);
  if (format === undefined) checker.add("format", `doit valoir ${FEED_FORMATS.join(", ")}`);
  const records = checker.text(json.records, "records");
  if (format === "xml" && !records?.trim())
    checker.add("records", "nom ou chemin de l'élément des offres requis pour un flux XML");
  const fields: PartnerMapping["fields"] = {};
  if (!isObject(json.fields)) checker.add("fields", "doit être un objet { champ : règle }");
  else {
    for (const [name, spec] of Object.entries(json.fields)) {
      if (!isRawPostingField(name)) checker.add(`fields["${name}"]`, "champ inconnu de RawPosting");
      else fields[name] = checker.spec(spec, `fields["${name}"]`);
    }
    if (json.fields.reference === undefined) checker.add("fields", "le champ « reference » est obligatoire");
  }
  const charset = checker.text(json.charset, "charset");
  if (charset !== undefined && !iconv.encodingExists(charset))
    checker.add("charset", `encodage « ${charset} » inconnu`);
  const delimiter = checker.text(json.delimiter, "delimiter");
  if (delimiter !== undefined && delimiter.length !== 1)
    checker.add("delimiter", "doit être un seul caractère");
  const url = checker.text(json.url, "url");
  if (url !== undefined && !/^https?:\/\//.test(url))
    checker.add("url", "doit commencer par http:// ou https://");
  const mapping: PartnerMapping = {
    slug,
    label,
    format: format ?? ("xml" satisfies FeedFormat),
    records,
    fields,
    values: json.values === undefined ? undefined : values,
    dateFormat: checker.text(json.dateFormat, "dateFormat"),
    undated: checker.flag(json.undated, "undated"),
    employersShowName: checker.flag(json.employersShowName, "employersShowName"),
    rank: checker.integer(json.rank, "rank"),
    url,
    charset,
    delimiter,
    lines: checker.flag(json.lines, "lines"),
    next: checker.text(json.next, "next"),
  };
  if (checker.problems.length > 0) throw invalid(checker.problems);
  return mapping;
};

const invalid = (problems: string[]): AppError =>
  new AppError(
    "MAPPING_INVALID",
    `Mapping invalide (${problems.length} problème(s)) :\n- ${problems.join("\n- ")}`,
    {
      details: { problems },
    },
  );

/** Reads and checks a mapping JSON file (`--mapping file.json`). */
export const loadMappingFile = async (path: string): Promise<PartnerMapping> => {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new AppError("MAPPING_INVALID", `Fichier de mapping ${path} illisible (${errorMessage(error)}).`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError(
      "MAPPING_INVALID",
      `Fichier de mapping ${path} : JSON invalide (${errorMessage(error)}).`,
      {
        cause: error,
      },
    );
  }
  return validateMapping(json);
};
