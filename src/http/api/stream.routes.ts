import { Readable } from "node:stream";
import { Type } from "@sinclair/typebox";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../errors.js";
import { latestSeq, readChanges } from "../../storage/change-log.js";
import { exportOffers } from "../../storage/export.js";
import type { ServerDeps } from "../server.js";
import { ErrorSchema } from "./schemas.js";

const POLL_MS = 1000;
const HEARTBEAT_MS = 15_000;
const PAGE = 1000;

const parseCursor = (value: string | undefined, parameter: string): number => {
  if (value === undefined || value === "") return 0;
  if (!/^\d{1,15}$/.test(value)) {
    throw new AppError("INVALID_PARAMETER", `Paramètre « ${parameter} » : curseur invalide « ${value} ».`, {
      details: { parameter },
    });
  }
  return Number(value);
};

/** The live streams of a server, ended when it closes (a connected client must not hold it open). */
type LiveStreams = Set<() => void>;

/** Server-sent events: what is after the cursor, then live changes, until the client leaves. */
const eventStream = async (
  deps: ServerDeps,
  live: LiveStreams,
  request: FastifyRequest,
  reply: FastifyReply,
  after: number,
) => {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  res.write(": flux des changements d'offres\n\n");
  let cursor = after;
  let open = true;
  let wake: (() => void) | null = null;
  const notify = () => wake?.();
  const stop = () => {
    open = false;
    notify();
  };
  deps.store.events.on("changes", notify);
  request.raw.on("close", stop);
  live.add(stop);
  let lastWrite = Date.now();
  try {
    while (open) {
      const changes = await readChanges(deps.store.db, cursor, PAGE);
      for (const change of changes) {
        res.write(`id: ${change.cursor}\nevent: ${change.kind}\ndata: ${JSON.stringify(change)}\n\n`);
        cursor = Number(change.cursor);
        lastWrite = Date.now();
      }
      if (changes.length === PAGE) continue;
      if (Date.now() - lastWrite > HEARTBEAT_MS) {
        res.write(": battement\n\n");
        lastWrite = Date.now();
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  } finally {
    deps.store.events.off("changes", notify);
    live.delete(stop);
    res.end();
  }
};

/** The change stream and the snapshot of the published stock. */
export const streamRoutes =
  (deps: ServerDeps): FastifyPluginAsync =>
  async (app) => {
    const live: LiveStreams = new Set();
    app.addHook("preClose", async () => {
      for (const stop of live) stop();
    });

    app.get<{ Querystring: { after?: string; limit?: number } }>(
      "/stream",
      {
        schema: {
          summary: "Flux des changements",
          description:
            "Changements ordonnés après le curseur `after` (offre créée, modifiée, retirée ; un retrait ne porte que " +
            "l'identifiant). Réponse JSON avec `next_cursor`, ou flux continu avec `Accept: text/event-stream` " +
            "(reprise par `Last-Event-ID`). Les curseurs survivent aux redémarrages.",
          tags: ["flux"],
          querystring: Type.Object(
            {
              after: Type.Optional(Type.String({ description: "Curseur (0 ou absent : depuis le début)" })),
              limit: Type.Optional(
                Type.Integer({ minimum: 1, maximum: PAGE, description: `Au plus ${PAGE}` }),
              ),
            },
            { additionalProperties: false },
          ),
          response: { 400: ErrorSchema },
        },
      },
      async (request, reply) => {
        const lastEventId = request.headers["last-event-id"];
        const after = parseCursor(
          typeof lastEventId === "string" ? lastEventId : request.query.after,
          typeof lastEventId === "string" ? "Last-Event-ID" : "after",
        );
        if ((request.headers.accept ?? "").includes("text/event-stream")) {
          return eventStream(deps, live, request, reply, after);
        }
        const changes = await readChanges(deps.store.db, after, request.query.limit ?? 100);
        const next = changes.length > 0 ? changes[changes.length - 1]!.cursor : String(after);
        return { changes, next_cursor: next };
      },
    );

    app.get(
      "/snapshot",
      {
        schema: {
          summary: "Instantané du stock publié",
          description:
            "Toutes les offres publiées en NDJSON. L'en-tête `X-Cursor` donne le curseur à suivre ensuite dans " +
            "/api/v1/stream (les changements survenus pendant la lecture y figurent).",
          tags: ["flux"],
        },
      },
      async (_request, reply) => {
        const cursor = await latestSeq(deps.store.db);
        async function* lines() {
          for await (const offer of exportOffers(deps.store.db)) yield `${JSON.stringify(offer)}\n`;
        }
        return reply
          .header("x-cursor", String(cursor))
          .type("application/x-ndjson; charset=utf-8")
          .send(Readable.from(lines()));
      },
    );
  };
