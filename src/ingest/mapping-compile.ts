/**
 * Field specs compiled into readers: a spec becomes a function from a record to its final text
 * (or undefined), with paths split, regular expressions built and value tables folded once.
 */
import { foldKey } from "../text/fold.js";
import { readFirst, readPath, splitPath } from "./mapping-path.js";
import type { FieldRule, FieldSpec, JoinPart } from "./mapping-types.js";
import type { FeedRecord } from "./raw-posting.js";

/** Reads one spec from a record: the final value, or undefined when empty. */
export type Reader = (record: FeedRecord) => string | undefined;
type Lister = (record: FeedRecord) => string[];
type Step = (values: string[]) => string[];
type Tables = Record<string, Record<string, string>>;

const tableStep = (table: Record<string, string>, unlisted: "keep" | "drop"): Step => {
  const exact = new Map(Object.entries(table));
  const folded = new Map(Object.entries(table).map(([key, value]) => [foldKey(key), value]));
  // Partner vocabularies are small: remember the folded lookups of values not found as written.
  const seen = new Map<string, string | undefined>();
  const lookup = (value: string): string | undefined => {
    const found = exact.get(value);
    if (found !== undefined) return found;
    if (seen.has(value)) return seen.get(value);
    const byFold = folded.get(foldKey(value));
    if (seen.size < 10_000) seen.set(value, byFold);
    return byFold;
  };
  return (values) => {
    const out: string[] = [];
    for (const value of values) {
      const found = lookup(value);
      if (found) out.push(found);
      else if (found === undefined && unlisted === "keep") out.push(value);
    }
    return out;
  };
};

const groupCount = (pattern: string): number => (new RegExp(`${pattern}|`).exec("")?.length ?? 1) - 1;

const modifierSteps = (rule: FieldRule, tables: Tables): Step[] => {
  const steps: Step[] = [];
  const { split, index, match, replace } = rule;
  if (split !== undefined)
    steps.push((values) => ([] as string[]).concat(...values.map((value) => value.split(split))));
  if (index !== undefined) {
    steps.push((values) => {
      const value = values.at(index);
      return value === undefined ? [] : [value];
    });
  }
  if (match !== undefined) {
    const pattern = new RegExp(match, rule.flags ?? "");
    const group = rule.group ?? (groupCount(match) > 0 ? 1 : 0);
    steps.push((values) => {
      const out: string[] = [];
      for (const value of values) {
        const found = pattern.exec(value)?.[group];
        if (found !== undefined) out.push(found);
      }
      return out;
    });
  }
  if (replace !== undefined) {
    const pattern = new RegExp(replace[0], `g${rule.flags ?? ""}`);
    steps.push((values) => values.map((value) => value.replace(pattern, replace[1])));
  }
  steps.push((values) => {
    const out: string[] = [];
    for (const value of values) {
      const text = value.trim();
      if (text !== "") out.push(text);
    }
    return out;
  });
  const table = typeof rule.values === "string" ? tables[rule.values] : rule.values;
  if (table !== undefined) steps.push(tableStep(table, rule.unlisted ?? "keep"));
  return steps;
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const labelled = (part: JoinPart): part is { label: string; value: FieldSpec } =>
  typeof part === "object" && "value" in part && "label" in part;

const sourceOf = (rule: FieldRule, tables: Tables): Lister => {
  if (rule.path !== undefined) {
    const segments = splitPath(rule.path);
    return (record) => readPath(record, segments);
  }
  if (rule.const !== undefined) {
    const constant = [rule.const];
    return () => constant;
  }
  if (rule.first !== undefined) {
    const readers = rule.first.map((spec) => compileSpec(spec, tables));
    return (record) => {
      for (const read of readers) {
        const value = read(record);
        if (value !== undefined) return [value];
      }
      return [];
    };
  }
  const html = rule.html === true;
  const separator = rule.separator ?? (html ? "\n" : "\n\n");
  const parts = (rule.join ?? []).map((part) => {
    const read = compileSpec(labelled(part) ? part.value : part, tables);
    const heading = !labelled(part)
      ? ""
      : html
        ? `<h3>${escapeHtml(part.label)}</h3>\n`
        : `${part.label} :\n`;
    return { read, heading };
  });
  return (record) => {
    const texts: string[] = [];
    for (const { read, heading } of parts) {
      const value = read(record);
      if (value !== undefined) texts.push(heading + value);
    }
    return texts.length > 0 ? [texts.join(separator)] : [];
  };
};

const applyTemplate = (template: string, value: string): string =>
  template.includes("{}") ? template.replaceAll("{}", value) : template;

/** A path with no modifier but a template: read by the fast path. */
const isPlainPath = (rule: FieldRule): boolean =>
  rule.path !== undefined &&
  rule.all === undefined &&
  rule.split === undefined &&
  rule.index === undefined &&
  rule.match === undefined &&
  rule.replace === undefined &&
  rule.values === undefined;

/** Compiles a spec into a reader of its final value. */
export const compileSpec = (spec: FieldSpec, tables: Tables = {}): Reader => {
  const rule: FieldRule = typeof spec === "string" ? { path: spec } : spec;
  if (isPlainPath(rule) && rule.path !== undefined) {
    const segments = splitPath(rule.path);
    const { template } = rule;
    if (template === undefined) return (record) => readFirst(record, segments);
    return (record) => {
      const value = readFirst(record, segments);
      return value === undefined ? undefined : applyTemplate(template, value);
    };
  }
  const source = sourceOf(rule, tables);
  const steps = modifierSteps(rule, tables);
  const separator = rule.separator ?? ", ";
  const { all, template } = rule;
  return (record) => {
    let values = source(record);
    for (const step of steps) values = step(values);
    const value = all ? values.join(separator) : values[0];
    if (value === undefined || value === "") return undefined;
    return template === undefined ? value : applyTemplate(template, value);
  };
};
