import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { AppError } from "../errors.js";
import type { Store } from "../storage/connect.js";
import type { PartnerRow } from "../storage/database.js";
import { partnerOfToken } from "../storage/partner-store.js";

/** The bearer token of a request, or null. */
export const bearerToken = (request: FastifyRequest): string | null => {
  const header = request.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
};

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Allow only the operator holding the admin token (EMPLOI_ADMIN_TOKEN); the admin API is off without one. */
export const requireAdmin = (request: FastifyRequest, adminToken: string | null): void => {
  if (!adminToken) {
    throw new AppError("FORBIDDEN", "L'API d'administration est désactivée : définissez EMPLOI_ADMIN_TOKEN.");
  }
  const token = bearerToken(request);
  if (!token)
    throw new AppError("UNAUTHORIZED", "Jeton d'administration manquant (Authorization: Bearer …).");
  if (!timingSafeEqual(digest(token), digest(adminToken))) {
    throw new AppError("UNAUTHORIZED", "Jeton d'administration invalide.");
  }
};

/** The partner whose token the request carries, which must be the partner of the URL. */
export const requirePartner = async (
  request: FastifyRequest,
  store: Store,
  slug: string,
): Promise<PartnerRow> => {
  const token = bearerToken(request);
  if (!token) throw new AppError("UNAUTHORIZED", "Jeton de partenaire manquant (Authorization: Bearer …).");
  const partner = await partnerOfToken(store.db, token);
  if (!partner) throw new AppError("UNAUTHORIZED", "Jeton de partenaire invalide ou révoqué.");
  if (partner.slug !== slug) {
    throw new AppError(
      "FORBIDDEN",
      `Ce jeton est celui du partenaire « ${partner.slug} » : il ne donne pas accès à « ${slug} ».`,
    );
  }
  return partner;
};
