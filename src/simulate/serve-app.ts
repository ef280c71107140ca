/**
 * The feed server (Node `http`): each simulated partner's current snapshot over HTTP, the
 * simulated day and the faults under control. Routes and controls: docs/simulator-feeds.md.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AppError, isAppError } from "../errors.js";
import { controlRoute, type ServerState } from "./serve-control.js";
import { type Fault, FaultBoard, faultFromQuery } from "./serve-faults.js";
import {
  isFileName,
  isSlug,
  latestDay,
  listPartners,
  readStart,
  resolveSnapshot,
  type Snapshot,
  snapshotInstant,
} from "./serve-layout.js";
import { sendFile, sendJson } from "./serve-send.js";

export interface FeedServerOptions {
  /** The simulator output folder (`manifest.json`, `partners/<slug>/day-NNN/`). */
  root: string;
  /** The day served at first; by default the latest day of the folder. */
  day?: number;
  /** Faults set from the start, as for `POST /control/faults`. */
  faults?: unknown;
  /** One line per request (method, path, status, duration). */
  log?: (line: string) => void;
}

export interface FeedServer {
  readonly server: Server;
  readonly state: ServerState;
  /** Starts listening; resolves with the base URL ("http://127.0.0.1:4000"). */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops listening and cuts every open connection (hanging ones included). */
  close(): Promise<void>;
}

const sleep = (ms: number, res: ServerResponse): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });

const notFound = (message: string): AppError => new AppError("NOT_FOUND", message);

const partnerIndex = (snapshot: Snapshot, state: ServerState) => {
  const base = `/partners/${snapshot.slug}`;
  return {
    slug: snapshot.slug,
    day: snapshot.day,
    serverDay: state.day,
    lastModified: snapshotInstant(state.start, snapshot.day).toISOString(),
    feed: `${base}/feed`,
    pages: snapshot.feeds.map((_, i) => `${base}/feed?page=${i + 1}`),
    files: snapshot.files.map((name) => `${base}/${name}`),
    mapping: snapshot.files.includes("mapping.json") ? `${base}/mapping.json` : null,
  };
};

const snapshotOf = async (state: ServerState, slug: string): Promise<Snapshot> => {
  const snapshot = isSlug(slug) ? await resolveSnapshot(state.root, slug, state.day) : null;
  if (snapshot === null) throw notFound(`Aucun flux pour le partenaire « ${slug} » au jour ${state.day}.`);
  return snapshot;
};

/** Serves a feed file of a partner, faults included. */
const serveFeed = async (
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  snapshot: Snapshot,
  name: string,
  url: URL,
): Promise<void> => {
  const feedIndex = snapshot.feeds.indexOf(name);
  const fault: Fault | null =
    feedIndex === -1 ? null : (faultFromQuery(url.searchParams) ?? state.faults.take(snapshot.slug));
  if (fault?.kind === "timeout" && !fault.afterBytes) return; // never answers: the client times out
  if (fault?.kind === "slow") await sleep(fault.delayMs ?? 2000, res);
  if (fault?.kind === "error500") {
    sendJson(res, fault.status ?? 500, {
      error: "INTERNAL",
      message: "Erreur interne simulée du partenaire.",
    });
    return;
  }
  const headers: Record<string, string> = {};
  if (snapshot.feeds.length > 1 && feedIndex !== -1) {
    headers["X-Page"] = String(feedIndex + 1);
    headers["X-Page-Count"] = String(snapshot.feeds.length);
    if (feedIndex + 1 < snapshot.feeds.length) {
      headers.Link = `</partners/${snapshot.slug}/feed?page=${feedIndex + 2}>; rel="next"`;
    }
  }
  const path = `${snapshot.dir}/${name}`;
  await sendFile(
    req,
    res,
    { path, lastModified: snapshotInstant(state.start, snapshot.day), headers },
    fault,
  );
};

const decodePart = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    throw notFound(`Chemin invalide : ${part}`);
  }
};

const route = async (req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> => {
  const url = new URL(req.url ?? "/", "http://feeds.local");
  const parts = url.pathname.split("/").filter(Boolean).map(decodePart);
  const method = req.method ?? "GET";
  if (parts[0] === "control") return controlRoute(req, res, state, parts.slice(1));
  if (method !== "GET" && method !== "HEAD")
    throw new AppError("INVALID_PARAMETER", `Méthode ${method} non prise en charge.`);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === "partners")) {
    const partners = [];
    for (const slug of await listPartners(state.root)) {
      const snapshot = await resolveSnapshot(state.root, slug, state.day);
      if (snapshot) partners.push(partnerIndex(snapshot, state));
    }
    return sendJson(res, 200, { day: state.day, partners });
  }
  if (parts[0] !== "partners" || parts.length > 4) throw notFound(`Ressource introuvable : ${url.pathname}`);
  const snapshot = await snapshotOf(state, parts[1] ?? "");
  if (parts.length === 2) return sendJson(res, 200, partnerIndex(snapshot, state));
  if (parts[2] === "feed" && parts.length === 3) {
    const page = Number(url.searchParams.get("page") ?? "1");
    const name = Number.isInteger(page) && page >= 1 ? snapshot.feeds[page - 1] : undefined;
    if (name === undefined) {
      throw notFound(
        `Page ${url.searchParams.get("page")} introuvable : le flux de « ${snapshot.slug} » a ${snapshot.feeds.length} page(s).`,
      );
    }
    return serveFeed(req, res, state, snapshot, name, url);
  }
  const name =
    parts.length === 4 && parts[2] === "feed" ? parts[3] : parts.length === 3 ? parts[2] : undefined;
  if (name === undefined || !isFileName(name) || !snapshot.files.includes(name)) {
    throw notFound(`Fichier introuvable dans le flux de « ${snapshot.slug} » : ${url.pathname}`);
  }
  return serveFeed(req, res, state, snapshot, name, url);
};

const handle = async (
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  log?: (line: string) => void,
) => {
  const started = Date.now();
  try {
    await route(req, res, state);
  } catch (error) {
    if (res.headersSent) res.destroy();
    else if (isAppError(error)) {
      sendJson(res, error.status, {
        error: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      });
    } else sendJson(res, 500, { error: "INTERNAL", message: "Erreur interne du serveur de flux." });
  }
  const status = res.headersSent ? String(res.statusCode) : "sans réponse";
  log?.(`${req.method} ${req.url} ${status} ${Date.now() - started} ms`);
};

/** Builds the feed server (not listening). */
export const buildFeedServer = async (options: FeedServerOptions): Promise<FeedServer> => {
  const faults = new FaultBoard();
  if (options.faults !== undefined) faults.apply(options.faults);
  const state: ServerState = {
    root: options.root,
    day: options.day ?? (await latestDay(options.root)) ?? 0,
    start: await readStart(options.root),
    faults,
  };
  const server = createServer((req, res) => void handle(req, res, state, options.log));
  return {
    server,
    state,
    listen: (port = 0, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve(`http://${host.includes(":") ? `[${host}]` : host}:${address.port}`);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
