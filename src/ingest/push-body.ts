import { AppError } from "../errors.js";
import { type PushPosting, pushPostingProblem } from "./push-schema.js";

export const MAX_ARRAY_ITEMS = 1000;
export const MAX_NDJSON_LINES = 50_000;

/** One item of a push body: a valid posting, or why the item is refused (with its position). */
export type PushItem =
  | { ok: true; posting: PushPosting; position: string }
  | { ok: false; reference: string | null; position: string; reason: string };

const referenceOf = (value: unknown): string | null =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { reference?: unknown }).reference === "string"
    ? (value as { reference: string }).reference
    : null;

const check = (value: unknown, position: string): PushItem => {
  const problem = pushPostingProblem(value);
  return problem
    ? { ok: false, reference: referenceOf(value), position, reason: problem }
    : { ok: true, posting: value as PushPosting, position };
};

/** The items of a push body: NDJSON text, a JSON array (1,000 items at most) or one JSON object. */
export const pushItems = (body: unknown): PushItem[] => {
  if (typeof body === "string") {
    const lines = body.split("\n");
    if (lines.length > MAX_NDJSON_LINES + 1) {
      throw new AppError("BODY_TOO_LARGE", `${MAX_NDJSON_LINES} lignes au plus par envoi NDJSON.`);
    }
    const items: PushItem[] = [];
    lines.forEach((line, index) => {
      if (line.trim() === "") return;
      const position = `ligne ${index + 1}`;
      try {
        items.push(check(JSON.parse(line), position));
      } catch {
        items.push({ ok: false, reference: null, position, reason: "JSON invalide" });
      }
    });
    return items;
  }
  if (Array.isArray(body)) {
    if (body.length > MAX_ARRAY_ITEMS) {
      throw new AppError(
        "BODY_TOO_LARGE",
        `${MAX_ARRAY_ITEMS} offres au plus par tableau JSON (${body.length} reçues) : envoyez du NDJSON pour davantage.`,
      );
    }
    return body.map((value, index) => check(value, `élément ${index}`));
  }
  if (typeof body === "object" && body !== null) return [check(body, "élément 0")];
  throw new AppError(
    "INVALID_BODY",
    "Corps attendu : NDJSON (une offre JSON par ligne) ou tableau JSON d'offres.",
  );
};
