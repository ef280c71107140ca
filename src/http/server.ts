import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import type { GeoIndex } from "../referentials/geo.js";
import type { RomeIndex } from "../referentials/rome.js";
import type { Store } from "../storage/connect.js";
import type { ScreenStage } from "../storage/posting-writer.js";
import { SearchService } from "../storage/search-service.js";
import { adminRoutes } from "./api/admin.routes.js";
import { complianceRoutes } from "./api/compliance.routes.js";
import { moderationRoutes } from "./api/moderation.routes.js";
import { offersRoutes } from "./api/offers.routes.js";
import { pushRoutes } from "./api/push.routes.js";
import { streamRoutes } from "./api/stream.routes.js";
import { errorHandler, notFoundHandler, schemaErrorFormatter } from "./errors.js";
import { homePage } from "./web/home.page.js";

/** What the HTTP server needs. */
export interface ServerDeps {
  readonly store: Store;
  readonly referentials: { readonly geo: GeoIndex; readonly rome: RomeIndex };
  readonly screen: ScreenStage;
  readonly now: () => Date;
  /** The operators' token for /api/v1/admin; the admin API is off without one. */
  readonly adminToken: string | null;
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
      tags: [
        { name: "offres", description: "Recherche et détail des offres publiées" },
        { name: "flux", description: "Changements en temps réel et instantané du stock" },
        { name: "partenaires", description: "Dépôt d'offres par les partenaires (jeton du partenaire)" },
        {
          name: "conformité",
          description: "Vérification d'une offre et règles appliquées (Code du travail)",
        },
        {
          name: "administration",
          description: "Registre des partenaires et passages (jeton d'administration)",
        },
      ],
      components: {
        securitySchemes: {
          partnerToken: { type: "http", scheme: "bearer", description: "Jeton du partenaire (emp_…)" },
          adminToken: {
            type: "http",
            scheme: "bearer",
            description: "Jeton d'administration (EMPLOI_ADMIN_TOKEN)",
          },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  const search = new SearchService(deps.store);
  await search.start();
  app.addHook("onClose", async () => search.stop());
  await app.register(offersRoutes(deps, search), { prefix: "/api/v1" });
  await app.register(streamRoutes(deps), { prefix: "/api/v1" });
  await app.register(pushRoutes(deps), { prefix: "/api/v1" });
  await app.register(complianceRoutes(deps), { prefix: "/api/v1" });
  await app.register(adminRoutes(deps), { prefix: "/api/v1/admin" });
  await app.register(moderationRoutes(deps), { prefix: "/api/v1/admin" });
  await app.register(homePage(deps));
  return app;
};
