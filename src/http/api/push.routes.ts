import { Type } from "@sinclair/typebox";
import type { FastifyPluginAsync } from "fastify";
import { AppError } from "../../errors.js";
import { pushItems } from "../../ingest/push-body.js";
import { PushPostingSchema, rawPostingOf } from "../../ingest/push-schema.js";
import { PostingWriter, type Receipt, type WriteItem } from "../../storage/posting-writer.js";
import { finishRun, startRun } from "../../storage/run-store.js";
import { requirePartner } from "../auth.js";
import type { ServerDeps } from "../server.js";
import { ErrorSchema } from "./schemas.js";

const NDJSON_TYPES = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"];
const BODY_LIMIT = 50 * 1024 * 1024;
const BATCH = 500;

const ReceiptSchema = Type.Object({
  reference: Type.String(),
  status: Type.String({ description: "accepted, review, rejected, duplicate, unchanged, invalid ou closed" }),
  change: Type.Union([Type.String(), Type.Null()], { description: "created, updated ou null" }),
  offer_id: Type.Union([Type.String(), Type.Null()]),
  findings: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
  reason: Type.Optional(Type.String()),
});

const PushResponseSchema = Type.Object({
  partner: Type.String(),
  received: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
  receipts: Type.Array(ReceiptSchema),
});

/** The partner push API: send postings (NDJSON or JSON array), close one by reference. */
export const pushRoutes =
  (deps: ServerDeps): FastifyPluginAsync =>
  async (app) => {
    app.addContentTypeParser(NDJSON_TYPES, { parseAs: "string", bodyLimit: BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );

    app.post<{ Params: { slug: string } }>(
      "/partners/:slug/postings",
      {
        bodyLimit: BODY_LIMIT,
        schema: {
          summary: "Envoyer des offres (partenaires)",
          description:
            "Corps NDJSON (une offre par ligne, 50 000 au plus) ou tableau JSON de 1 000 offres au plus, au schéma " +
            "PushPosting. Idempotent par référence et contenu. Un reçu par offre : accepted, review, rejected " +
            "(avec les constats), unchanged ou invalid.",
          tags: ["partenaires"],
          security: [{ partnerToken: [] }],
          params: Type.Object({ slug: Type.String() }),
          body: Type.Union([Type.Array(PushPostingSchema), Type.String({ description: "NDJSON" })]),
          response: {
            200: PushResponseSchema,
            400: ErrorSchema,
            401: ErrorSchema,
            403: ErrorSchema,
            413: ErrorSchema,
          },
        },
        // The body is checked item by item (one bad item must not refuse the others).
        validatorCompiler: () => () => true,
      },
      async (request) => {
        const partner = await requirePartner(request, deps.store, request.params.slug);
        const items = pushItems(request.body);
        const now = deps.now();
        const runId = await startRun(deps.store.db, partner.id, ["push"], now.toISOString(), "push");
        const writer = new PostingWriter(
          deps.store,
          partner,
          { referentials: deps.referentials, screen: deps.screen, confirmUnchanged: true },
          now,
        );
        const receipts: Receipt[] = new Array(items.length);
        const seen = new Set<string>();
        let batch: Array<WriteItem & { index: number }> = [];
        const flush = async () => {
          const written = await writer.write(batch);
          written.forEach((receipt, i) => {
            receipts[batch[i]!.index] = receipt;
          });
          batch = [];
        };
        for (const [index, item] of items.entries()) {
          writer.counts.received++;
          const reference = item.ok ? item.posting.reference : item.reference;
          const refusal = !item.ok
            ? item.reason
            : seen.has(item.posting.reference)
              ? "référence en double dans l'envoi"
              : null;
          if (refusal !== null || !item.ok) {
            writer.recordError({ reference, position: item.position, reason: refusal ?? "invalide" });
            receipts[index] = {
              reference: reference ?? "",
              status: "invalid",
              change: null,
              offer_id: null,
              reason: refusal ?? "",
            };
            continue;
          }
          seen.add(item.posting.reference);
          batch.push({ posting: rawPostingOf(item.posting), position: item.position, index });
          if (batch.length >= BATCH) await flush();
        }
        if (batch.length > 0) await flush();
        const status = writer.counts.errors > 0 ? "partial" : "succeeded";
        await finishRun(
          deps.store.db,
          runId,
          {
            status,
            counts: writer.counts,
            closeSkippedReason: null,
            message: null,
            recordErrors: writer.recordErrors,
          },
          deps.now().toISOString(),
        );
        const counts: Record<string, number> = {};
        for (const r of receipts) counts[r.status] = (counts[r.status] ?? 0) + 1;
        return { partner: partner.slug, received: items.length, counts, receipts };
      },
    );

    app.delete<{ Params: { slug: string; reference: string } }>(
      "/partners/:slug/postings/:reference",
      {
        schema: {
          summary: "Retirer une offre (partenaires)",
          tags: ["partenaires"],
          security: [{ partnerToken: [] }],
          params: Type.Object({ slug: Type.String(), reference: Type.String({ maxLength: 200 }) }),
          response: { 200: ReceiptSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const { slug, reference } = request.params;
        const partner = await requirePartner(request, deps.store, slug);
        const posting = await deps.store.db
          .selectFrom("postings")
          .select(["id", "offer_id", "status"])
          .where("partner_id", "=", partner.id)
          .where("reference", "=", reference)
          .executeTakeFirst();
        if (!posting || posting.status === "closed") {
          throw new AppError("NOT_FOUND", `Aucune offre ouverte de référence « ${reference} » pour ${slug}.`);
        }
        const writer = new PostingWriter(
          deps.store,
          partner,
          { referentials: deps.referentials, screen: deps.screen },
          deps.now(),
        );
        await writer.close([posting]);
        return { reference, status: "closed", change: "updated", offer_id: posting.offer_id };
      },
    );
  };
