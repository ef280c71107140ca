import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { FastifySchemaValidationError } from "fastify/types/schema.js";
import { AppError, isAppError } from "../errors.js";

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

/** A French sentence for one JSON-schema validation error. */
export const frenchValidationMessage = (error: FastifySchemaValidationError): string => {
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
      return `Paramètre « ${name} » : valeur non reconnue.`;
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
  const message = first ? frenchValidationMessage(first) : "Requête invalide.";
  return new AppError("INVALID_PARAMETER", message, {
    details: first ? { parameter: parameterName(first) } : {},
  });
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
    const code = error.statusCode === 404 ? "NOT_FOUND" : "INVALID_PARAMETER";
    return reply.status(error.statusCode).send({ error: code, message: "Requête invalide." });
  }
  request.log.error({ err: error }, "unhandled error");
  return reply.status(500).send({ error: "INTERNAL", message: "Erreur interne du serveur." });
};

export const notFoundHandler = (request: FastifyRequest, reply: FastifyReply) =>
  reply
    .status(404)
    .send({ error: "NOT_FOUND", message: `Ressource introuvable : ${request.method} ${request.url}` });
