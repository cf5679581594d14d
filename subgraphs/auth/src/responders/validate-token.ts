import type { TokenKeys } from "#shared/auth/keys.js";
import { InvalidTokenError, verifyAccessToken } from "#shared/auth/tokens.js";
import type { PrismaClient } from "#shared/db/client.js";
import type { RequestHandler } from "#shared/events/responder.js";
import type { AuthEnv } from "../env.js";

/**
 * `auth.validate` (request/reply, as in the original system): a token → its claims, or why not.
 * Unlike the gateway's in-memory check, this one also asks the database whether the session is alive.
 */
export function validateTokenHandler(
  db: PrismaClient,
  keys: TokenKeys,
  config: Pick<AuthEnv, "JWT_ISSUER" | "JWT_AUDIENCE">,
): RequestHandler<"auth.validate"> {
  return async ({ token }) => {
    try {
      const claims = await verifyAccessToken(token, keys, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE });
      const session = await db.authSession.findUnique({ where: { id: claims.sessionId }, select: { revokedAt: true } });
      if (!session || session.revokedAt) return { valid: false, reason: "session revoked" };
      return { valid: true, claims };
    } catch (error) {
      return { valid: false, reason: error instanceof InvalidTokenError ? error.reason : "unreadable" };
    }
  };
}
