import { Type } from "@sinclair/typebox";
import type { FastifyPluginAsync } from "fastify";
import { AppError } from "../../errors.js";
import { findOffer } from "../../storage/offer-store.js";
import type { SearchService } from "../../storage/search-service.js";
import type { ServerDeps } from "../server.js";
import { parseSearchParams, type SearchParams } from "./offers-query.js";
import { ErrorSchema, OfferSchema, SearchQuerySchema, SearchResponseSchema } from "./schemas.js";

/** Search and detail of published offers: /api/v1/offers. */
export const offersRoutes =
  (deps: ServerDeps, search: SearchService): FastifyPluginAsync =>
  async (app) => {
    app.get<{ Querystring: SearchParams }>(
      "/offers",
      {
        schema: {
          summary: "Rechercher des offres",
          description:
            "Recherche plein texte (en français) et filtres ; tri par pertinence, date ou distance ; décomptes par facette.",
          tags: ["offres"],
          querystring: SearchQuerySchema,
          response: { 200: SearchResponseSchema, 400: ErrorSchema },
        },
      },
      async (request) => {
        const query = parseSearchParams(request.query, deps.referentials.geo, deps.now());
        const result = await search.search(query);
        return { ...result, page: request.query.page ?? 1, per_page: query.limit };
      },
    );

    app.get<{ Params: { id: string } }>(
      "/offers/:id",
      {
        schema: {
          summary: "Détail d'une offre",
          tags: ["offres"],
          params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
          response: { 200: OfferSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const offer = await findOffer(deps.store.reader, request.params.id);
        if (!offer) throw new AppError("NOT_FOUND", `Offre introuvable : ${request.params.id}`);
        return offer;
      },
    );
  };
