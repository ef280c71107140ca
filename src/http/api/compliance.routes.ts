import { type Static, Type } from "@sinclair/typebox";
import type { FastifyPluginAsync } from "fastify";
import { RULES } from "../../compliance/rules.js";
import { RULES_VERSION } from "../../compliance/version.js";
import { AppError } from "../../errors.js";
import {
  type PushPosting,
  PushPostingSchema,
  pushPostingProblem,
  rawPostingOf,
} from "../../ingest/push-schema.js";
import { locationView } from "../../offer/offer-view.js";
import { checkPosting } from "../../pipeline/screen.js";
import { PARTNER_KINDS } from "../../storage/partner-store.js";
import type { ServerDeps } from "../server.js";
import { ErrorSchema } from "./schemas.js";

const CheckQuery = Type.Object(
  {
    partner_kind: Type.Optional(
      Type.Union(
        PARTNER_KINDS.map((kind) => Type.Literal(kind)),
        {
          description:
            "Type du partenaire qui publiera l'offre ; « agency » (entreprise de travail temporaire) vérifie la mention de l'article L5332-3.",
        },
      ),
    ),
  },
  { additionalProperties: false },
);

/** The partner kind of a check (the body validator is off for this route: checked here). */
const partnerKindOf = (query: unknown): string => {
  const kind = (query as { partner_kind?: unknown } | undefined)?.partner_kind;
  if (kind === undefined) return "employer";
  if (typeof kind === "string" && (PARTNER_KINDS as readonly string[]).includes(kind)) return kind;
  throw new AppError("INVALID_PARAMETER", `partner_kind : ${PARTNER_KINDS.join(", ")} attendu.`);
};

/** Compliance for partners and employers: check an offer before publishing it, list the rules. */
export const complianceRoutes =
  (deps: ServerDeps): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Body: PushPosting; Querystring: Static<typeof CheckQuery> }>(
      "/compliance/check",
      {
        schema: {
          summary: "Vérifier une offre avant publication",
          description:
            "Analyse une offre (même schéma que le dépôt des partenaires) sans la publier : verdict (accept, review, " +
            "reject) et constats avec l'article de loi, l'extrait en cause et une proposition de correction. " +
            "Sans date de publication, l'offre est vérifiée comme un brouillon : la plateforme la datera à la publication.",
          tags: ["conformité"],
          body: PushPostingSchema,
          querystring: CheckQuery,
          response: { 400: ErrorSchema },
        },
        validatorCompiler: () => () => true,
      },
      async (request) => {
        const problem = pushPostingProblem(request.body);
        if (problem) throw new AppError("INVALID_BODY", `Offre invalide : ${problem}`);
        const partnerKind = partnerKindOf(request.query);
        const {
          compliance,
          posting,
          problem: unusable,
        } = checkPosting(rawPostingOf(request.body), { ...deps.referentials, now: deps.now() }, partnerKind);
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
        version: RULES_VERSION,
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
