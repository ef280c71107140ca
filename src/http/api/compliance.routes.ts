import type { FastifyPluginAsync } from "fastify";
import { RULES } from "../../compliance/rules.js";
import { AppError } from "../../errors.js";
import {
  type PushPosting,
  PushPostingSchema,
  pushPostingProblem,
  rawPostingOf,
} from "../../ingest/push-schema.js";
import { locationView } from "../../offer/offer-view.js";
import { checkPosting } from "../../pipeline/screen.js";
import type { ServerDeps } from "../server.js";
import { ErrorSchema } from "./schemas.js";

/** Compliance for partners and employers: check an offer before publishing it, list the rules. */
export const complianceRoutes =
  (deps: ServerDeps): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Body: PushPosting }>(
      "/compliance/check",
      {
        schema: {
          summary: "Vérifier une offre avant publication",
          description:
            "Analyse une offre (même schéma que le dépôt des partenaires) sans la publier : verdict (accept, review, " +
            "reject) et constats avec l'article de loi, l'extrait en cause et une proposition de correction.",
          tags: ["conformité"],
          body: PushPostingSchema,
          response: { 400: ErrorSchema },
        },
        validatorCompiler: () => () => true,
      },
      async (request) => {
        const problem = pushPostingProblem(request.body);
        if (problem) throw new AppError("INVALID_BODY", `Offre invalide : ${problem}`);
        const {
          compliance,
          posting,
          problem: unusable,
        } = checkPosting(rawPostingOf(request.body), {
          ...deps.referentials,
          now: deps.now(),
        });
        return {
          ...compliance,
          ...(unusable ? { problem: unusable } : {}),
          normalized: posting
            ? {
                title: posting.title,
                location: locationView(posting),
                contract: posting.contract,
                salary: posting.salary,
                rome: posting.rome,
                published_at: posting.publishedAt,
              }
            : null,
        };
      },
    );

    app.get(
      "/compliance/rules",
      { schema: { summary: "Règles de conformité appliquées", tags: ["conformité"] } },
      async () => ({
        rules: RULES.map((r) => ({
          id: r.id,
          family: r.family,
          article: r.article,
          severity: r.severity,
          explanation: r.explain,
          suggestion: r.suggest,
        })),
      }),
    );
  };
