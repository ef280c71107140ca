import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import type { GeoIndex } from "../referentials/geo.js";
import type { Store } from "../storage/connect.js";
import { offersRoutes } from "./api/offers.routes.js";
import { errorHandler, notFoundHandler, schemaErrorFormatter } from "./errors.js";
import { homePage } from "./web/home.page.js";

/** What the HTTP server needs. */
export interface ServerDeps {
  readonly store: Store;
  readonly geo: GeoIndex;
  readonly now: () => Date;
  readonly logLevel?: string;
}

/** Build the HTTP application (web pages and APIs), not listening: tests call `inject`. */
export const buildServer = async (deps: ServerDeps): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: { level: deps.logLevel ?? "info" },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
    schemaErrorFormatter,
    logController: new LogController({ disableRequestLogging: deps.logLevel !== "debug" }),
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  await app.register(swagger, {
    openapi: {
      info: {
        title: "emploi — API des offres d'emploi",
        description: "Offres d'emploi agrégées, dédoublonnées et vérifiées. Messages d'erreur en français.",
        version: "1.0.0",
      },
      tags: [{ name: "offres", description: "Recherche et détail des offres publiées" }],
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  await app.register(offersRoutes(deps), { prefix: "/api/v1" });
  await app.register(homePage(deps));
  return app;
};
