import { Type } from "@sinclair/typebox";
import type { FastifyPluginAsync } from "fastify";
import { AppError, errorMessage } from "../../errors.js";
import { MAX_ARRAY_ITEMS, MAX_NDJSON_LINES, pushItems } from "../../ingest/push-body.js";
import { PushPostingSchema, rawPostingOf } from "../../ingest/push-schema.js";
import type { PartnerRow } from "../../storage/database.js";
import { PostingWriter, type Receipt, type WriteItem } from "../../storage/posting-writer.js";
import { failInterruptedRuns, finishRun, startRun } from "../../storage/run-store.js";
import { requirePartner } from "../auth.js";
import type { ServerDeps } from "../server.js";
import { ErrorSchema } from "./schemas.js";

const NDJSON_TYPES = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"];
const BODY_LIMIT = 50 * 1024 * 1024;
const BATCH = 500;

const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );

const ReceiptSchema = Type.Object({
  reference: Type.String(),
  status: literals(
    ["accepted", "review", "rejected", "duplicate", "expired", "unchanged", "invalid", "closed"],
    "accepted : publiée ; review : retenue pour modération ; rejected : refusée (voir findings) ; duplicate : " +
      "autre source d'une offre déjà publiée (offer_id) ; expired : date d'expiration passée, gardée fermée ; " +
      "unchanged : identique au dernier envoi ; invalid : refusée avant traitement (voir reason) ; closed : " +
      "retirée (DELETE)",
  ),
  change: Type.Union(
    [literals(["created", "updated", "removed"], "Ce que l'envoi a fait de l'annonce"), Type.Null()],
    {
      description: "created, updated, removed (DELETE) ou null (rien n'a changé)",
    },
  ),
  offer_id: Type.Union([Type.String(), Type.Null()], {
    description: "L'offre publique dont l'annonce est la source (canonique, ou autre source si duplicate)",
  }),
  findings: Type.Optional(
    Type.Array(Type.Object({}, { additionalProperties: true }), {
      description: "Constats de conformité (règle, article, extrait, explication, suggestion)",
    }),
  ),
  reason: Type.Optional(Type.String({ description: "Pourquoi l'annonce est invalide" })),
});

const PushResponseSchema = Type.Object({
  partner: Type.String(),
  received: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
  receipts: Type.Array(ReceiptSchema),
});

/** What a push request writes: its items in batches, one receipt per item, in order. */
const writeItems = async (writer: PostingWriter, items: ReturnType<typeof pushItems>): Promise<Receipt[]> => {
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
  return receipts;
};

/**
 * Record a push request as a run of trigger `push`: started before `work`, always finished —
 * `failed` with the error when a write throws (the batches written before it stay written).
 */
const recordedRun = async <T>(
  deps: ServerDeps,
  partner: PartnerRow,
  sources: readonly string[],
  writer: PostingWriter,
  work: () => Promise<T>,
): Promise<T> => {
  const runId = await startRun(deps.store.db, partner.id, sources, deps.now().toISOString(), "push");
  let failure: string | null = null;
  try {
    return await work();
  } catch (error) {
    failure = errorMessage(error);
    throw error;
  } finally {
    const status = failure ? "failed" : writer.counts.errors > 0 ? "partial" : "succeeded";
    const outcome = {
      status,
      counts: writer.counts,
      closeSkippedReason: null,
      message: failure,
      recordErrors: writer.recordErrors,
    } as const;
    await finishRun(deps.store.db, runId, outcome, deps.now().toISOString());
  }
};

/** The partner push API: send postings (NDJSON or JSON array), close one by reference. */
export const pushRoutes =
  (deps: ServerDeps): FastifyPluginAsync =>
  async (app) => {
    app.addContentTypeParser(NDJSON_TYPES, { parseAs: "string", bodyLimit: BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );
    // Push runs left `running` by a process that died: their committed batches are kept.
    const interrupted = await failInterruptedRuns(deps.store.db, "push", deps.now().toISOString());
    if (interrupted > 0) app.log.warn({ runs: interrupted }, "interrupted push runs marked failed");

    app.post<{ Params: { slug: string } }>(
      "/partners/:slug/postings",
      {
        bodyLimit: BODY_LIMIT,
        schema: {
          summary: "Envoyer des offres (partenaires)",
          description:
            `Corps NDJSON (une offre par ligne, ${MAX_NDJSON_LINES} lignes et 50 Mo au plus) ou tableau JSON de ` +
            `${MAX_ARRAY_ITEMS} offres au plus, au schéma PushPosting. Idempotent par référence et contenu : renvoyer ` +
            "une offre inchangée ne la modifie pas et la confirme. Un reçu par offre, dans l'ordre : accepted, review, " +
            "rejected (avec les constats), duplicate (autre source de l'offre offer_id), expired (date d'expiration " +
            "passée), unchanged ou invalid (avec la raison). Voir docs/push.md.",
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
        const options = { referentials: deps.referentials, screen: deps.screen, confirmUnchanged: true };
        const writer = new PostingWriter(deps.store, partner, options, deps.now());
        const receipts = await recordedRun(deps, partner, ["push"], writer, () => writeItems(writer, items));
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
          description:
            "Ferme l'annonce ouverte de cette référence : reçu `closed`, changement `removed`. L'offre publique " +
            "garde ses autres sources, ou est retirée (un `removed` dans /api/v1/stream).",
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
        const options = { referentials: deps.referentials, screen: deps.screen };
        const writer = new PostingWriter(deps.store, partner, options, deps.now());
        await recordedRun(deps, partner, [`DELETE ${reference}`], writer, async () => {
          writer.counts.received++;
          await writer.close([posting]);
        });
        return { reference, status: "closed", change: "removed", offer_id: posting.offer_id };
      },
    );
  };
