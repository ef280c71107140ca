import { type Static, Type } from "@sinclair/typebox";
import type { FastifyPluginAsync } from "fastify";
import { scorecards } from "../../storage/compliance-store.js";
import { listPossibleDuplicates } from "../../storage/duplicates.js";
import { decide, decisionsOf, moderationQueue } from "../../storage/moderation.js";
import { requireAdmin } from "../auth.js";
import type { ServerDeps } from "../server.js";
import { ErrorSchema } from "./schemas.js";

const DecisionBody = Type.Object(
  {
    decision: Type.Union([Type.Literal("accept"), Type.Literal("reject")]),
    operator: Type.String({ minLength: 1, maxLength: 100, description: "Qui décide" }),
    reason: Type.String({ minLength: 1, maxLength: 2000, description: "Pourquoi" }),
  },
  { additionalProperties: false },
);

const Page = Type.Object(
  {
    partner: Type.Optional(Type.String()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

const DAY = { pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "AAAA-MM-JJ" };

/** The operators' moderation queue, compliance scorecards and possible duplicates (admin token). */
export const moderationRoutes =
  (deps: ServerDeps): FastifyPluginAsync =>
  async (app) => {
    app.addHook("onRequest", async (request) => requireAdmin(request, deps.adminToken));
    const common = { tags: ["administration"], security: [{ adminToken: [] }] };

    app.get<{ Querystring: Static<typeof Page> }>(
      "/moderation",
      { schema: { ...common, summary: "File de modération (offres en attente)", querystring: Page } },
      async (request) => moderationQueue(deps.store, request.query),
    );

    app.post<{ Params: { id: number }; Body: Static<typeof DecisionBody> }>(
      "/moderation/:id",
      {
        schema: {
          ...common,
          summary: "Accepter ou rejeter une offre en attente",
          params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
          body: DecisionBody,
          response: { 400: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request) => decide(deps.store, request.params.id, request.body, deps.now()),
    );

    app.get<{ Params: { id: number } }>(
      "/moderation/:id/decisions",
      {
        schema: {
          ...common,
          summary: "Décisions prises sur une offre (qui, quand, pourquoi)",
          params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        },
      },
      async (request) => ({ decisions: await decisionsOf(deps.store, request.params.id) }),
    );

    app.get<{ Querystring: { from?: string; to?: string; partner?: string } }>(
      "/scorecards",
      {
        schema: {
          ...common,
          summary:
            "Tableaux de conformité par partenaire (rejets et mises en attente, par règle et par jour)",
          querystring: Type.Object(
            {
              from: Type.Optional(Type.String(DAY)),
              to: Type.Optional(Type.String(DAY)),
              partner: Type.Optional(Type.String()),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request) => ({ scorecards: await scorecards(deps.store.db, request.query) }),
    );

    app.get<{ Querystring: Static<typeof Page> }>(
      "/possible-duplicates",
      { schema: { ...common, summary: "Doublons possibles non fusionnés, à examiner", querystring: Page } },
      async (request) => listPossibleDuplicates(deps.store.db, request.query),
    );
  };
