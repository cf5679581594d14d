import type { Express, NextFunction, Request, Response } from "express";
import { GraphQLError } from "graphql";
import { cachedTokenVerifier, InvalidTokenError, type VerifiedToken } from "#shared/auth/tokens.js";
import type { TokenKeys } from "#shared/auth/keys.js";
import type { UserClaims } from "#shared/auth/claims.js";
import type { Logger } from "#shared/logger.js";
import type { GatewayEnv } from "./env.js";
import type { RevocationList } from "./revocations.js";

/** What the bearer token says about the caller: anonymous, a verified user, or a refusal to answer with. */
export type Authentication =
  | { viewer: UserClaims | null; refusal?: undefined; token?: VerifiedToken }
  | { viewer: null; refusal: GraphQLError; token?: undefined };

const unauthenticatedError = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

const REFUSAL_MESSAGES: Record<string, string> = {
  expired: "Access token expired",
  "session ended": "Session ended",
};

/**
 * Verifies the bearer token once per request, before anything that depends on the caller (trusted
 * documents, introspection) runs; the GraphQL context reads the result (res.locals.authentication).
 * A bad token is not answered here: the context throws the refusal, so it comes back as a GraphQL error.
 */
export function authenticate(env: GatewayEnv, keys: TokenKeys, revocations: RevocationList, logger: Logger) {
  const verifyToken = cachedTokenVerifier(keys, { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });
  const verify = async (authorization: string | undefined, traceId: string): Promise<Authentication> => {
    if (!authorization) return { viewer: null };
    const [scheme, token] = authorization.split(" ");
    if (scheme?.toLowerCase() !== "bearer" || !token) {
      return { viewer: null, refusal: unauthenticatedError("Authorization must be `Bearer <access token>`") };
    }
    try {
      const verified = await verifyToken(token);
      if (revocations.isRevoked(verified)) throw new InvalidTokenError("session ended");
      const { issuedAt: _issuedAt, expiresAt: _expiresAt, ...claims } = verified;
      // The token itself too: a long-lived response (the notification stream) re-checks it later.
      return { viewer: claims, token: verified };
    } catch (error) {
      const reason = error instanceof InvalidTokenError ? error.reason : "unreadable";
      logger.info({ reason, traceId }, "access token refused");
      return { viewer: null, refusal: unauthenticatedError(REFUSAL_MESSAGES[reason] ?? "Invalid access token") };
    }
  };
  return (req: Request, res: Response, next: NextFunction) => {
    verify(req.get("authorization"), res.locals.traceId).then((authentication) => {
      res.locals.authentication = authentication;
      next();
    }, next);
  };
}

export function authenticationOf(res: Response): Authentication {
  return (res.locals.authentication as Authentication | undefined) ?? { viewer: null };
}

/** Public keys for clients and services verifying our tokens themselves (asymmetric algorithms only). */
export function mountJwksRoute(app: Express, keys: TokenKeys) {
  app.get("/.well-known/jwks.json", (_req, res) => {
    if (!keys.jwks) {
      res.status(404).json({ error: "tokens are signed with a shared secret (HS256); there are no public keys" });
      return;
    }
    res.set("Cache-Control", "public, max-age=300").json(keys.jwks);
  });
}
