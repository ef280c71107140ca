import { Type } from "@sinclair/typebox";
import Fastify, { type InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { errorHandler, schemaErrorFormatter } from "./errors.js";

const QUERY = Type.Object(
  {
    sort: Type.Optional(Type.Union([Type.Literal("relevance"), Type.Literal("date")])),
    period: Type.Optional(Type.String({ enum: ["hour", "month"] })),
    page: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

/** A small app with the platform's error handling; `formatted: false` leaves validation errors raw. */
const app = (formatted = true) => {
  const server = Fastify({ ...(formatted ? { schemaErrorFormatter } : {}), bodyLimit: 100 });
  server.setErrorHandler(errorHandler);
  server.get("/items", { schema: { querystring: QUERY } }, async () => ({ ok: true }));
  server.post("/items", { schema: { body: Type.Object({ name: Type.String() }) } }, async () => ({
    ok: true,
  }));
  return server;
};

const send = async (server: ReturnType<typeof app>, options: InjectOptions) => {
  const response = await server.inject(options);
  return { status: response.statusCode, body: response.json() };
};

describe("HTTP errors in French", () => {
  it("lists the allowed values of an enum parameter", async () => {
    expect(await send(app(), { method: "GET", url: "/items?sort=price" })).toEqual({
      status: 400,
      body: {
        error: "INVALID_PARAMETER",
        message: "Paramètre « sort » : valeur non reconnue ; valeurs possibles : relevance, date.",
        details: { parameter: "sort" },
      },
    });
    const { body } = await send(app(), { method: "GET", url: "/items?period=week" });
    expect(body.message).toBe(
      "Paramètre « period » : valeur non reconnue ; valeurs possibles : hour, month.",
    );
  });

  it.each([
    ["not JSON", "{oops", "application/json", 400, "INVALID_BODY", /n'est pas du JSON valide/],
    ["empty JSON", "", "application/json", 400, "INVALID_BODY", /est vide/],
    [
      "an unknown media type",
      "name=x",
      "text/x-unknown",
      415,
      "INVALID_BODY",
      /Content-Type\) non pris en charge/,
    ],
    [
      "too large",
      JSON.stringify({ name: "x".repeat(200) }),
      "application/json",
      413,
      "BODY_TOO_LARGE",
      /dépasse la taille/,
    ],
  ])("explains a body that is %s", async (_, payload, type, status, error, message) => {
    const response = await send(app(), {
      method: "POST",
      url: "/items",
      payload,
      headers: { "content-type": type },
    });
    expect(response.status).toBe(status);
    expect(response.body.error).toBe(error);
    expect(response.body.message).toMatch(message);
    expect(response.body.message).not.toMatch(/Requête invalide/);
  });

  it("translates Fastify's own validation errors when they reach the handler", async () => {
    const { status, body } = await send(app(false), { method: "GET", url: "/items?page=0" });
    expect(status).toBe(400);
    expect(body).toEqual({
      error: "INVALID_PARAMETER",
      message: "Paramètre « page » : doit être supérieur ou égal à 1.",
    });
    const sort = await send(app(false), { method: "GET", url: "/items?sort=price" });
    expect(sort.body.message).toContain("valeurs possibles : relevance, date");
  });
});
