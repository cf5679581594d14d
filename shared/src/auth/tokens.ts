import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { SignJWT, jwtVerify, errors as joseErrors, type JWTHeaderParameters } from "jose";
import { userClaimsSchema, type UserClaims } from "./claims.js";
import type { TokenKeys } from "./keys.js";

export interface TokenIssuer {
  issuer: string;
  audience: string;
}

export interface SignOptions extends TokenIssuer {
  ttlSeconds: number;
  /** Fixed issue time and id make the token reproducible (a refresh replayed inside its grace window). */
  issuedAt?: number;
  jti?: string;
}

export async function signAccessToken(claims: UserClaims, keys: TokenKeys, options: SignOptions): Promise<string> {
  if (!keys.signing) throw new Error("these token keys cannot sign");
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({
    role: claims.role,
    perms: claims.permissions,
    team: claims.teamId,
    regions: claims.regionIds,
    sid: claims.sessionId,
    ...(claims.mustChangePassword ? { mcp: true } : {}),
  })
    .setProtectedHeader({ alg: keys.algorithm, typ: "JWT", kid: keys.signing.kid })
    .setSubject(claims.userId)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + options.ttlSeconds)
    .setJti(options.jti ?? randomUUID())
    .sign(keys.signing.key);
}

export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`invalid access token: ${reason}`);
    this.name = "InvalidTokenError";
  }
}

export interface VerifiedToken extends UserClaims {
  issuedAt: number;
  expiresAt: number;
}

/**
 * Verifies an access token: the configured algorithm only (no `none`, no HS256 made with a public
 * key), a known `kid`, the signature, `exp`, `iss` and `aud`, then the claims' shape.
 */
export async function verifyAccessToken(token: string, keys: TokenKeys, issuer: TokenIssuer): Promise<VerifiedToken> {
  try {
    const { payload } = await jwtVerify(
      token,
      (header: JWTHeaderParameters) => {
        if (header.alg !== keys.algorithm) throw new InvalidTokenError("algorithm not allowed");
        const key = header.kid ? keys.verification.get(header.kid) : undefined;
        if (!key) throw new InvalidTokenError("unknown key id");
        return key;
      },
      {
        algorithms: [keys.algorithm],
        issuer: issuer.issuer,
        audience: issuer.audience,
        requiredClaims: ["sub", "exp", "iat", "sid"],
      },
    );
    const claims = userClaimsSchema.safeParse({
      userId: payload.sub,
      role: payload.role,
      permissions: payload.perms,
      teamId: payload.team ?? null,
      regionIds: payload.regions,
      sessionId: payload.sid,
      mustChangePassword: payload.mcp === true,
    });
    if (!claims.success) throw new InvalidTokenError("malformed claims");
    return { ...claims.data, issuedAt: payload.iat as number, expiresAt: payload.exp as number };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError("expired");
    if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(error.code);
    throw new InvalidTokenError("unreadable");
  }
}

/**
 * verifyAccessToken, with the tokens it accepted kept until they expire: a session sends the same access
 * token with every request, and checking its signature again each time was a tenth of the gateway's CPU for
 * an approval (bench/README.md, finding 54). Only a byte-identical token (signature included) is answered
 * from memory, and only before its `exp`, the same bound jose checks; what it refused is never kept.
 * Revocation is not the cache's business: callers check it on every use. At most `maxEntries` tokens are
 * kept, the least recently used dropped first.
 */
export function cachedTokenVerifier(keys: TokenKeys, issuer: TokenIssuer, maxEntries = 1_000) {
  const accepted = new LRUCache<string, Readonly<VerifiedToken>>({ max: maxEntries });
  return async (token: string): Promise<Readonly<VerifiedToken>> => {
    const known = accepted.get(token);
    if (known && known.expiresAt > Math.floor(Date.now() / 1000)) return known;
    accepted.delete(token);
    const verified = await verifyAccessToken(token, keys, issuer);
    // Shared by every request that presents the token: nobody may change it.
    Object.freeze(verified.permissions);
    Object.freeze(verified.regionIds);
    accepted.set(token, Object.freeze(verified));
    return verified;
  };
}
