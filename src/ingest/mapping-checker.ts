/** The checks behind validateMapping: each one records its problems, in French, and returns typed data. */
import { errorMessage } from "../errors.js";
import { parsePath } from "./mapping-path.js";
import type { FieldRule, FieldSpec, JoinPart } from "./mapping-types.js";

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const MAPPING_KEYS = [
  "slug",
  "label",
  "format",
  "records",
  "fields",
  "values",
  "dateFormat",
  "undated",
  "employersShowName",
  "rank",
  "url",
  "charset",
  "delimiter",
  "lines",
  "next",
  "$comment",
];
const RULE_KEYS = [
  "path",
  "const",
  "first",
  "join",
  "html",
  "all",
  "separator",
  "split",
  "index",
  "match",
  "flags",
  "group",
  "replace",
  "values",
  "unlisted",
  "template",
  "$comment",
];
const SOURCES = ["path", "const", "first", "join"];

export class Checker {
  readonly problems: string[] = [];
  constructor(readonly tables: Record<string, Record<string, string>>) {}

  add(where: string, message: string): void {
    this.problems.push(`${where} : ${message}`);
  }

  unknownKeys(value: Json, allowed: string[], where: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.add(where, `clé inconnue « ${key} » (clés permises : ${allowed.join(", ")})`);
    }
  }

  text(value: unknown, where: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value === "string") return value;
    this.add(where, "doit être un texte");
    return undefined;
  }

  regex(value: unknown, flags: string | undefined, where: string): string | undefined {
    const pattern = this.text(value, where);
    if (pattern === undefined) return undefined;
    try {
      new RegExp(pattern, flags);
      return pattern;
    } catch (error) {
      this.add(where, `expression régulière invalide (${errorMessage(error)})`);
      return undefined;
    }
  }

  integer(value: unknown, where: string, min = Number.NEGATIVE_INFINITY): number | undefined {
    if (value === undefined) return undefined;
    if (Number.isInteger(value) && (value as number) >= min) return value as number;
    this.add(where, min === 0 ? "doit être un entier positif ou nul" : "doit être un entier");
    return undefined;
  }

  flag(value: unknown, where: string): boolean | undefined {
    if (value === undefined || typeof value === "boolean") return value;
    this.add(where, "doit valoir true ou false");
    return undefined;
  }

  table(value: unknown, where: string): Record<string, string> | undefined {
    if (!isObject(value)) {
      this.add(where, "doit être une table { valeur du partenaire : texte }");
      return undefined;
    }
    const table: Record<string, string> = {};
    for (const [key, entry] of Object.entries(value)) {
      if (typeof entry === "string") table[key] = entry;
      else this.add(`${where}["${key}"]`, "doit être un texte");
    }
    return table;
  }

  spec(value: unknown, where: string): FieldSpec | undefined {
    if (typeof value === "string") {
      if (parsePath(value) === null) this.add(where, `chemin « ${value} » invalide`);
      return value;
    }
    if (!isObject(value)) {
      this.add(where, "doit être un chemin (texte) ou une règle (objet)");
      return undefined;
    }
    return this.rule(value, where);
  }

  private rule(value: Json, where: string): FieldRule {
    this.unknownKeys(value, RULE_KEYS, where);
    const sources = SOURCES.filter((key) => value[key] !== undefined);
    if (sources.length !== 1)
      this.add(where, `une règle a exactement une source parmi ${SOURCES.join(", ")}`);
    const rule: FieldRule = {};
    const path = this.text(value.path, `${where}.path`);
    if (path !== undefined) {
      if (parsePath(path) === null) this.add(`${where}.path`, `chemin « ${path} » invalide`);
      rule.path = path;
    }
    rule.const = this.text(value.const, `${where}.const`);
    if (value.first !== undefined)
      rule.first = this.list(value.first, `${where}.first`, (item, at) => this.spec(item, at));
    if (value.join !== undefined)
      rule.join = this.list(value.join, `${where}.join`, (item, at) => this.joinPart(item, at));
    rule.html = this.flag(value.html, `${where}.html`);
    rule.all = this.flag(value.all, `${where}.all`);
    rule.separator = this.text(value.separator, `${where}.separator`);
    rule.split = this.text(value.split, `${where}.split`);
    rule.template = this.text(value.template, `${where}.template`);
    rule.index = this.integer(value.index, `${where}.index`);
    rule.group = this.integer(value.group, `${where}.group`, 0);
    const flags = this.text(value.flags, `${where}.flags`);
    if (flags !== undefined && !/^[imsu]*$/.test(flags))
      this.add(`${where}.flags`, "seuls i, m, s et u sont permis");
    else rule.flags = flags;
    rule.match = this.regex(value.match, rule.flags, `${where}.match`);
    if (value.replace !== undefined) {
      const pair = value.replace;
      if (Array.isArray(pair) && pair.length === 2 && typeof pair[1] === "string") {
        const pattern = this.regex(pair[0], rule.flags, `${where}.replace[0]`);
        if (pattern !== undefined) rule.replace = [pattern, pair[1]];
      } else this.add(`${where}.replace`, "doit être [expression régulière, remplacement]");
    }
    if (typeof value.values === "string") {
      if (this.tables[value.values] === undefined)
        this.add(`${where}.values`, `table « ${value.values} » absente de « values »`);
      rule.values = value.values;
    } else if (value.values !== undefined) rule.values = this.table(value.values, `${where}.values`);
    if (value.unlisted === "keep" || value.unlisted === "drop") rule.unlisted = value.unlisted;
    else if (value.unlisted !== undefined) this.add(`${where}.unlisted`, "doit valoir « keep » ou « drop »");
    return rule;
  }

  private joinPart(value: unknown, where: string): JoinPart | undefined {
    if (!isObject(value) || value.value === undefined) return this.spec(value, where);
    this.unknownKeys(value, ["label", "value"], where);
    const label = this.text(value.label, `${where}.label`) ?? "";
    const spec = this.spec(value.value, `${where}.value`);
    return spec === undefined ? undefined : { label, value: spec };
  }

  list<T>(value: unknown, where: string, check: (item: unknown, at: string) => T | undefined): T[] {
    if (!Array.isArray(value) || value.length === 0) {
      this.add(where, "doit être une liste non vide");
      return [];
    }
    return value.flatMap((item, index) => check(item, `${where}[${index}]`) ?? []);
  }
}
