import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { FastifySchemaValidationError } from "fastify/types/schema.js";
import { AppError, type ErrorCode, isAppError } from "../errors.js";

const TYPE_NAMES: Record<string, string> = {
  integer: "un nombre entier",
  number: "un nombre",
  boolean: "un booléen (true ou false)",
  string: "une chaîne de caractères",
  object: "un objet JSON",
  array: "une liste",
};

const parameterName = (error: FastifySchemaValidationError): string => {
  const missing = error.params?.missingProperty ?? error.params?.additionalProperty;
  if (typeof missing === "string") return missing;
  return error.instancePath.replace(/^\//, "").replace(/\//g, ".") || "requête";
};

/** The values a parameter accepts: its enum, or the constants of its anyOf branches. */
const allowedValues = (errors: readonly FastifySchemaValidationError[], path: string): string[] => {
  const values = errors
    .filter((e) => e.instancePath === path)
    .flatMap((e) => {
      if (e.keyword === "enum" && Array.isArray(e.params?.allowedValues)) return e.params.allowedValues;
      if (e.keyword === "const") return [e.params?.allowedValue];
      return [];
    });
  return [...new Set(values.map(String))];
};

/** A French sentence for one JSON-schema validation error (`allowed`: the values an enum accepts). */
export const frenchValidationMessage = (
  error: FastifySchemaValidationError,
  allowed: readonly string[] = [],
): string => {
  const name = parameterName(error);
  const p = error.params ?? {};
  switch (error.keyword) {
    case "type":
      return `Paramètre « ${name} » : ${TYPE_NAMES[String(p.type)] ?? String(p.type)} attendu.`;
    case "minimum":
      return `Paramètre « ${name} » : doit être supérieur ou égal à ${String(p.limit)}.`;
    case "maximum":
      return `Paramètre « ${name} » : doit être inférieur ou égal à ${String(p.limit)}.`;
    case "maxLength":
      return `Paramètre « ${name} » : ${String(p.limit)} caractères au plus.`;
    case "minLength":
      return `Paramètre « ${name} » : ${String(p.limit)} caractères au moins.`;
    case "additionalProperties":
      return `Paramètre inconnu : « ${name} ».`;
    case "required":
      return `Paramètre « ${name} » obligatoire.`;
    case "const":
    case "enum":
    case "anyOf":
      return allowed.length > 0
        ? `Paramètre « ${name} » : valeur non reconnue ; valeurs possibles : ${allowed.join(", ")}.`
        : `Paramètre « ${name} » : valeur non reconnue.`;
    case "pattern":
    case "format":
      return `Paramètre « ${name} » : format invalide.`;
    default:
      return `Paramètre « ${name} » invalide.`;
  }
};

/** Fastify's schemaErrorFormatter: the first validation error as an AppError in French. */
export const schemaErrorFormatter = (errors: FastifySchemaValidationError[]): Error => {
  const first = errors[0];
  const message = first
    ? frenchValidationMessage(first, allowedValues(errors, first.instancePath))
    : "Requête invalide.";
  return new AppError("INVALID_PARAMETER", message, {
    details: first ? { parameter: parameterName(first) } : {},
  });
};

/** Fastify's own request errors, by code: the code we answer with and a French message. */
const FASTIFY_ERRORS: Record<string, readonly [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ["INVALID_BODY", "Le corps de la requête n'est pas du JSON valide."],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    "INVALID_BODY",
    "Le corps de la requête est vide alors que son type annoncé est application/json.",
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    "INVALID_BODY",
    "Type de contenu (en-tête Content-Type) non pris en charge à cette adresse.",
  ],
  FST_ERR_CTP_INVALID_TYPE: ["INVALID_BODY", "En-tête Content-Type invalide."],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    "INVALID_BODY",
    "La longueur annoncée (en-tête Content-Length) ne correspond pas au corps reçu.",
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: ["BODY_TOO_LARGE", "Le corps de la requête dépasse la taille autorisée."],
  FST_ERR_BAD_URL: ["INVALID_PARAMETER", "Adresse de la requête invalide (encodage incorrect)."],
  FST_ERR_NOT_FOUND: ["NOT_FOUND", "Ressource introuvable."],
};

/** Code and French message of a 4xx error that is not an AppError. */
const clientError = (error: FastifyError): readonly [ErrorCode, string] => {
  const known = FASTIFY_ERRORS[error.code];
  if (known) return known;
  const code = error.statusCode === 404 ? "NOT_FOUND" : "INVALID_PARAMETER";
  const first = error.validation?.[0];
  if (first)
    return [code, frenchValidationMessage(first, allowedValues(error.validation ?? [], first.instancePath))];
  return [code, `Requête invalide (statut HTTP ${error.statusCode}).`];
};

/** Every error becomes `{ error, message, details? }` with the status of its code. */
export const errorHandler = (
  error: FastifyError | AppError,
  request: FastifyRequest,
  reply: FastifyReply,
) => {
  if (isAppError(error)) {
    const body = {
      error: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    };
    return reply.status(error.status).send(body);
  }
  if (typeof error.statusCode === "number" && error.statusCode < 500) {
    const [code, message] = clientError(error);
    return reply.status(error.statusCode).send({ error: code, message });
  }
  request.log.error({ err: error }, "unhandled error");
  return reply.status(500).send({ error: "INTERNAL", message: "Erreur interne du serveur." });
};

export const notFoundHandler = (request: FastifyRequest, reply: FastifyReply) =>
  reply
    .status(404)
    .send({ error: "NOT_FOUND", message: `Ressource introuvable : ${request.method} ${request.url}` });
