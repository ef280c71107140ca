import { type Static, Type } from "@sinclair/typebox";
import type { FastifyPluginAsync } from "fastify";
import { registerPartner, removePartner } from "../../storage/partner-admin.js";
import { CADENCE_MINUTES, changePartner, checkPartnerSettings } from "../../storage/partner-settings.js";
import {
  getPartner,
  issuePartnerToken,
  listPartners,
  PARTNER_KINDS,
  type PartnerInput,
  partnerView,
} from "../../storage/partner-store.js";
import { listRuns } from "../../storage/run-store.js";
import { requireAdmin } from "../auth.js";
import type { ServerDeps } from "../server.js";
import { ErrorSchema } from "./schemas.js";

const PartnerSettings = {
  label: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Union(
    PARTNER_KINDS.map((k) => Type.Literal(k)),
    { description: "employer, ats, board, aggregator ou agency (entreprise de travail temporaire)" },
  ),
  format: Type.Union([Type.String({ maxLength: 64 }), Type.Null()], {
    description: "Format générique (indeed-xml, jsonld) ou format d'un partenaire livré (hellowork…)",
  }),
  mapping: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()], {
    description: "Mapping déclaratif (voir docs/partners.md)",
  }),
  feed_url: Type.Union([Type.String({ format: "uri", maxLength: 2000 }), Type.Null()], {
    description: "Adresse http(s) du flux que le planificateur relève (null : pas de relevé)",
  }),
  cadence_minutes: Type.Union(
    [Type.Integer({ minimum: CADENCE_MINUTES.min, maximum: CADENCE_MINUTES.max }), Type.Null()],
    { description: "Minutes entre deux relevés du flux (5 à 10080 ; null : pas de relevé)" },
  ),
  rank: Type.Number({
    minimum: 0,
    maximum: 1,
    description:
      "Qualité de la source pour choisir la source canonique d'une offre. Par défaut selon le type : " +
      "employer 1, ats 0,75, board et agency 0,5, aggregator 0,25",
  }),
  employers_show_name: Type.Boolean(),
};

const { label, ...optionalSettings } = PartnerSettings;
const CreateBody = Type.Object(
  {
    slug: Type.String({ pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }),
    label,
    ...Object.fromEntries(Object.entries(optionalSettings).map(([k, v]) => [k, Type.Optional(v)])),
  } as typeof PartnerSettings & { slug: ReturnType<typeof Type.String> },
  { additionalProperties: false },
);
const PatchBody = Type.Partial(Type.Object(PartnerSettings, { additionalProperties: false }));

type Settings = Partial<Static<typeof CreateBody>>;

const inputOf = (body: Settings): Partial<PartnerInput> => ({
  label: body.label,
  kind: body.kind,
  format: body.format,
  mapping:
    body.mapping === undefined ? undefined : body.mapping === null ? null : JSON.stringify(body.mapping),
  feedUrl: body.feed_url,
  cadenceMinutes: body.cadence_minutes,
  rank: body.rank,
  employersShowName: body.employers_show_name,
});

const runView = (r: Awaited<ReturnType<typeof listRuns>>[number]) => ({
  ...r,
  sources: JSON.parse(r.sources) as string[],
  record_errors: JSON.parse(r.record_errors) as unknown[],
});

/** The operators' API: the partner registry and the ingestion runs (admin token required). */
export const adminRoutes =
  (deps: ServerDeps): FastifyPluginAsync =>
  async (app) => {
    app.addHook("onRequest", async (request) => requireAdmin(request, deps.adminToken));
    const common = { tags: ["administration"], security: [{ adminToken: [] }] };

    app.get("/partners", { schema: { ...common, summary: "Lister les partenaires" } }, async () => ({
      partners: (await listPartners(deps.store.db)).map(partnerView),
    }));

    app.post<{ Body: Static<typeof CreateBody> }>(
      "/partners",
      {
        schema: {
          ...common,
          summary: "Enregistrer un partenaire",
          description: "Renvoie le jeton de l'API de dépôt du partenaire : il n'est montré qu'une fois.",
          body: CreateBody,
          response: { 400: ErrorSchema },
        },
      },
      async (request, reply) => {
        const input = { ...inputOf(request.body), slug: request.body.slug, label: request.body.label };
        checkPartnerSettings(input);
        const { partner, token } = await registerPartner(deps.store, input, deps.now());
        return reply.status(201).send({ partner: partnerView(partner), token });
      },
    );

    app.get<{ Params: { slug: string } }>(
      "/partners/:slug",
      {
        schema: {
          ...common,
          summary: "Détail d'un partenaire et de ses derniers passages",
          description:
            "Réglages, état des relevés (`pulls` : ETag, Last-Modified, prochain essai, échecs consécutifs ; null " +
            "s'il n'a jamais été relevé) et les 20 derniers passages (`runs`).",
          response: { 404: ErrorSchema },
        },
      },
      async (request) => {
        const partner = await getPartner(deps.store.db, request.params.slug);
        const pulls = await deps.store.db
          .selectFrom("partner_pulls")
          .selectAll()
          .where("partner_id", "=", partner.id)
          .executeTakeFirst();
        const runs = await listRuns(deps.store.db, partner.id, 20);
        return { partner: partnerView(partner), pulls: pulls ?? null, runs: runs.map(runView) };
      },
    );

    app.patch<{ Params: { slug: string }; Body: Static<typeof PatchBody> }>(
      "/partners/:slug",
      {
        schema: {
          ...common,
          summary: "Modifier un partenaire",
          description:
            "Seuls les champs donnés changent. Un changement de rang ou de type fait choisir à nouveau la source " +
            "canonique des offres du partenaire (un changement de type sans rang applique le rang par défaut du " +
            "nouveau type si le partenaire avait celui de l'ancien).",
          body: PatchBody,
          response: { 404: ErrorSchema },
        },
      },
      async (request) => ({
        partner: partnerView(
          await changePartner(deps.store, request.params.slug, inputOf(request.body), deps.now()),
        ),
      }),
    );

    app.delete<{ Params: { slug: string } }>(
      "/partners/:slug",
      {
        schema: {
          ...common,
          summary: "Retirer un partenaire (ses offres sont retirées)",
          response: { 404: ErrorSchema },
        },
      },
      async (request) => ({ closed: await removePartner(deps.store, request.params.slug, deps.now()) }),
    );

    app.post<{ Params: { slug: string } }>(
      "/partners/:slug/token",
      {
        schema: { ...common, summary: "Renouveler le jeton d'un partenaire", response: { 404: ErrorSchema } },
      },
      async (request) => ({
        token: await issuePartnerToken(deps.store.db, request.params.slug, deps.now().toISOString()),
      }),
    );

    app.get<{ Querystring: { partner?: string; limit?: number } }>(
      "/runs",
      {
        schema: {
          ...common,
          summary: "Derniers passages d'ingestion",
          querystring: Type.Object(
            {
              partner: Type.Optional(Type.String()),
              limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request) => {
        const partnerId = request.query.partner
          ? (await getPartner(deps.store.db, request.query.partner)).id
          : undefined;
        return { runs: (await listRuns(deps.store.db, partnerId, request.query.limit ?? 50)).map(runView) };
      },
    );
  };
