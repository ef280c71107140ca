/**
 * Faults the feed server injects on demand, per partner (`POST /control/faults`, "*" for every
 * partner) or for one request (`?fault=…`): slow responses, 5xx errors, truncated documents,
 * wrong encodings, hanging connections. A fault may clear itself after `times` requests.
 */
import { AppError } from "../errors.js";

export const FAULT_KINDS = ["slow", "error500", "truncate", "wrong-encoding", "timeout"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  kind: FaultKind;
  /** slow: wait before answering, in ms (default 2000). */
  delayMs?: number;
  /** slow: body throughput in bytes per second (default: unthrottled). */
  bytesPerSecond?: number;
  /** truncate: share of the body sent, 0 to 1 (default 0.5). */
  at?: number;
  /** truncate: a complete response holding a cut document (default), or the connection cut mid-body. */
  mode?: "document" | "connection";
  /** wrong-encoding: windows-1252 bytes declared UTF-8 (default), or UTF-8 bytes declared ISO-8859-1. */
  encoding?: "latin1-as-utf8" | "utf8-as-latin1";
  /** timeout: body bytes sent before the connection hangs (default 0: no headers either). */
  afterBytes?: number;
  /** error500: the status answered (default 500; 500 to 599). */
  status?: number;
  /** Number of requests the fault applies to before clearing itself (default: until removed). */
  times?: number;
}

const invalid = (message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError("INVALID_BODY", message, { details });

const numberIn = (value: unknown, name: string, min: number, max: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n) || n < min || n > max) {
    throw invalid(`Panne : « ${name} » doit être un nombre entre ${min} et ${max}.`, { field: name });
  }
  return n;
};

const oneOf = <T extends string>(value: unknown, name: string, allowed: readonly T[]): T | undefined => {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw invalid(`Panne : « ${name} » doit valoir ${allowed.join(" ou ")}.`, { field: name });
  }
  return found;
};

/** Checks a fault given as JSON (or query parameters already renamed); throws INVALID_BODY in French. */
export const parseFault = (value: unknown): Fault => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid("Panne : un objet JSON { kind, … } est attendu.");
  }
  const v = value as Record<string, unknown>;
  const kind = oneOf(v.kind, "kind", FAULT_KINDS);
  if (kind === undefined) throw invalid(`Panne : « kind » obligatoire (${FAULT_KINDS.join(", ")}).`);
  const fault: Fault = {
    kind,
    delayMs: numberIn(v.delayMs, "delayMs", 0, 600_000),
    bytesPerSecond: numberIn(v.bytesPerSecond, "bytesPerSecond", 1, 1e10),
    at: numberIn(v.at, "at", 0, 1),
    mode: oneOf(v.mode, "mode", ["document", "connection"] as const),
    encoding: oneOf(v.encoding, "encoding", ["latin1-as-utf8", "utf8-as-latin1"] as const),
    afterBytes: numberIn(v.afterBytes, "afterBytes", 0, 1e12),
    status: numberIn(v.status, "status", 500, 599),
    times: numberIn(v.times, "times", 1, 1e9),
  };
  for (const key of Object.keys(fault) as Array<keyof Fault>) if (fault[key] === undefined) delete fault[key];
  return fault;
};

/** Query parameter -> fault field: `?fault=slow&delay=500`, `?fault=truncate&at=0.3&mode=connection`. */
const QUERY_FIELDS: Record<string, keyof Fault> = {
  delay: "delayMs",
  bps: "bytesPerSecond",
  at: "at",
  mode: "mode",
  encoding: "encoding",
  after: "afterBytes",
  status: "status",
};

/** The one-request fault of a query string, or null. */
export const faultFromQuery = (params: URLSearchParams): Fault | null => {
  const kind = params.get("fault");
  if (kind === null) return null;
  const raw: Record<string, unknown> = { kind };
  for (const [param, field] of Object.entries(QUERY_FIELDS)) {
    const value = params.get(param);
    if (value !== null) raw[field] = field === "mode" || field === "encoding" ? value : Number(value);
  }
  return parseFault(raw);
};

/** The faults set per partner; "*" applies to partners without their own. */
export class FaultBoard {
  private readonly faults = new Map<string, Fault>();

  /** Sets (or, with null, removes) the fault of each slug of a `{ slug: fault | null }` body. */
  apply(body: unknown): void {
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw invalid('Corps attendu : { "<partenaire>": { "kind": "slow", … } | null }.');
    }
    const parsed = Object.entries(body as Record<string, unknown>).map(
      ([slug, value]) => [slug, value === null ? null : parseFault(value)] as const,
    );
    for (const [slug, fault] of parsed) {
      if (fault === null) this.faults.delete(slug);
      else this.faults.set(slug, fault);
    }
  }

  clear(): void {
    this.faults.clear();
  }

  list(): Record<string, Fault> {
    return Object.fromEntries(this.faults);
  }

  /** The fault for a request to a partner's feed, counting it against `times`. */
  take(slug: string): Fault | null {
    const key = this.faults.has(slug) ? slug : "*";
    const fault = this.faults.get(key);
    if (fault === undefined) return null;
    if (fault.times !== undefined) {
      if (fault.times <= 1) this.faults.delete(key);
      else this.faults.set(key, { ...fault, times: fault.times - 1 });
    }
    return fault;
  }
}
