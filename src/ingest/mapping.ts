/**
 * The mapping engine: turns one feed record into a RawPosting by a partner's declarative mapping.
 * A mapping is compiled once (paths split, regular expressions built, value tables folded) and
 * cached, so that mapping a record costs a few microseconds. Values stay the partner's text:
 * dates, salaries and codes are read by the normalisation stages, not here.
 */

import { AppError, errorMessage } from "../errors.js";
import { compileSpec, type Reader } from "./mapping-compile.js";
import { FIELD_SETTERS, isRawPostingField } from "./mapping-fields.js";
import {
  DEFAULT_TABLES,
  type FieldSpec,
  type PartnerMapping,
  type RawPostingField,
} from "./mapping-types.js";
import type { FeedRecord, RawPosting } from "./raw-posting.js";

export { compileSpec } from "./mapping-compile.js";
export type { FieldRule, FieldSpec, PartnerMapping } from "./mapping-types.js";
export { validateMapping } from "./mapping-validate.js";

interface CompiledMapping {
  fields: { set: (posting: RawPosting, value: string) => void; read: Reader }[];
  reference: Reader;
  anonymous: string | undefined;
}

export type MapResult =
  | { ok: true; posting: RawPosting }
  | { ok: false; reference: string | null; reason: string };

/** A record the mapping cannot turn into a posting. */
export class MappingRecordError extends Error {
  constructor(
    readonly reference: string | null,
    reason: string,
  ) {
    super(reason);
    this.name = "MappingRecordError";
  }
}

const MAX_REFERENCE_LENGTH = 256;

const withDefaultTable = (field: RawPostingField, spec: FieldSpec, mapping: PartnerMapping): FieldSpec => {
  const table = DEFAULT_TABLES[field];
  if (table === undefined || mapping.values?.[table] === undefined) return spec;
  if (typeof spec === "string") return { path: spec, values: table };
  return spec.values === undefined ? { ...spec, values: table } : spec;
};

const cache = new WeakMap<PartnerMapping, CompiledMapping>();

const compileFields = (mapping: PartnerMapping): Pick<CompiledMapping, "fields" | "reference"> => {
  const tables = mapping.values ?? {};
  const fields: CompiledMapping["fields"] = [];
  let reference: Reader = () => undefined;
  for (const [name, spec] of Object.entries(mapping.fields)) {
    if (spec === undefined) continue;
    if (!isRawPostingField(name)) throw new Error(`champ « ${name} » inconnu de RawPosting`);
    const read = compileSpec(withDefaultTable(name, spec, mapping), tables);
    if (name === "reference") reference = read;
    else fields.push({ set: FIELD_SETTERS[name], read });
  }
  return { fields, reference };
};

const compile = (mapping: PartnerMapping): CompiledMapping => {
  const cached = cache.get(mapping);
  if (cached) return cached;
  let compiled: Pick<CompiledMapping, "fields" | "reference">;
  try {
    compiled = compileFields(mapping);
  } catch (error) {
    // Mappings read from files are validated first; this catches a faulty mapping written in code.
    throw new AppError("MAPPING_INVALID", `Mapping ${mapping.slug} invalide : ${errorMessage(error)}.`, {
      cause: error,
    });
  }
  const { fields, reference } = compiled;
  const anonymous = mapping.employersShowName === undefined ? undefined : String(!mapping.employersShowName);
  const result = { fields, reference, anonymous };
  cache.set(mapping, result);
  return result;
};

/** The record's reference by the mapping, if it has one. */
export const referenceOf = (mapping: PartnerMapping, record: FeedRecord): string | null =>
  compile(mapping).reference(record) ?? null;

/** Maps one record; a record that cannot be a posting gives the reason. */
export const mapRecord = (mapping: PartnerMapping, record: FeedRecord): MapResult => {
  const compiled = compile(mapping);
  const reference = compiled.reference(record);
  if (reference === undefined) return { ok: false, reference: null, reason: "référence manquante" };
  if (reference.length > MAX_REFERENCE_LENGTH) {
    return {
      ok: false,
      reference: reference.slice(0, 40),
      reason: `référence trop longue (${reference.length} caractères)`,
    };
  }
  const posting: RawPosting = { reference };
  for (const { set, read } of compiled.fields) {
    const value = read(record);
    if (value !== undefined) set(posting, value);
  }
  if (compiled.anonymous !== undefined && posting.employer?.anonymous === undefined) {
    FIELD_SETTERS["employer.anonymous"](posting, compiled.anonymous);
  }
  return { ok: true, posting };
};

/** Maps one record; throws a MappingRecordError (with the reason in French) when it cannot. */
export const applyMapping = (mapping: PartnerMapping, record: FeedRecord): RawPosting => {
  const result = mapRecord(mapping, record);
  if (!result.ok) throw new MappingRecordError(result.reference, result.reason);
  return result.posting;
};
