/**
 * The feed server's controls: the simulated day (`POST /control/day`) and the faults
 * (`POST|GET|DELETE /control/faults`); `GET /control` shows both.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError } from "../errors.js";
import type { FaultBoard } from "./serve-faults.js";
import { latestDay } from "./serve-layout.js";
import { sendJson } from "./serve-send.js";

export interface ServerState {
  root: string;
  /** The simulated day served: each partner's latest snapshot at or before it. */
  day: number;
  /** Day 0's instant (ms) from the manifest, null when it gives none. */
  start: number | null;
  faults: FaultBoard;
}

const MAX_BODY = 1024 * 1024;

/** The request's JSON body (at most 1 MB); INVALID_BODY when it does not parse. */
export const readJson = async (req: IncomingMessage): Promise<unknown> => {
  let text = "";
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_BODY)
      throw new AppError("INVALID_BODY", "Corps de requête trop volumineux (1 Mo au plus).");
  }
  try {
    return text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("INVALID_BODY", "Corps de requête : JSON invalide.");
  }
};

/** The day asked for by `{ "day": N }` or `{ "advance": N }`. */
const nextDay = (body: unknown, current: number): number => {
  const v = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const day =
    typeof v.day === "number" ? v.day : typeof v.advance === "number" ? current + v.advance : Number.NaN;
  if (!Number.isInteger(day) || day < 0) {
    throw new AppError(
      "INVALID_BODY",
      'Corps attendu : { "day": N } ou { "advance": N }, pour un jour entier positif ou nul.',
    );
  }
  return day;
};

const view = async (state: ServerState) => ({
  day: state.day,
  latestDay: await latestDay(state.root),
  faults: state.faults.list(),
});

/** Handles `/control/…` (the path parts after "control"). */
export const controlRoute = async (
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  parts: string[],
): Promise<void> => {
  const method = req.method ?? "GET";
  const [what] = parts;
  if (parts.length > 1 || (what !== undefined && what !== "day" && what !== "faults")) {
    throw new AppError("NOT_FOUND", `Commande inconnue : /control/${parts.join("/")}`);
  }
  if (method === "GET") return sendJson(res, 200, await view(state));
  if (what === "day" && method === "POST") {
    state.day = nextDay(await readJson(req), state.day);
    return sendJson(res, 200, await view(state));
  }
  if (what === "faults" && method === "POST") {
    state.faults.apply(await readJson(req));
    return sendJson(res, 200, await view(state));
  }
  if (what === "faults" && method === "DELETE") {
    state.faults.clear();
    return sendJson(res, 200, await view(state));
  }
  throw new AppError(
    "INVALID_PARAMETER",
    `Méthode ${method} non prise en charge sur /control/${what ?? ""}.`,
  );
};
