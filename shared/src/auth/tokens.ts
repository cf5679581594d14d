import { randomUUID } from "node:crypto";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { userClaimsSchema, type UserClaims } from "./claims.js";

export interface AccessTokenConfig {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/** The one algorithm we sign and accept; pinned so `alg: none` or a swapped algorithm never verifies. */
export const ACCESS_TOKEN_ALGORITHM = "HS256";

const keyCache = new Map<string, Uint8Array>();
function keyFor(secret: string): Uint8Array {
  let key = keyCache.get(secret);
  if (!key) {
    key = new TextEncoder().encode(secret);
    keyCache.set(secret, key);
  }
  return key;
}

export async function signAccessToken(claims: UserClaims, config: AccessTokenConfig): Promise<string> {
  return new SignJWT({
    role: claims.role,
    perms: claims.permissions,
    team: claims.teamId,
    regions: claims.regionIds,
    sid: claims.sessionId,
  })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(`${config.ttlSeconds}s`)
    .setJti(randomUUID())
    .sign(keyFor(config.secret));
}

export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`invalid access token: ${reason}`);
    this.name = "InvalidTokenError";
  }
}

/** Verifies signature (HS256 only), expiry, issuer and audience, then the claims' shape. */
export async function verifyAccessToken(
  token: string,
  config: Omit<AccessTokenConfig, "ttlSeconds">,
): Promise<UserClaims & { expiresAt: number }> {
  try {
    const { payload } = await jwtVerify(token, keyFor(config.secret), {
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: config.issuer,
      audience: config.audience,
      requiredClaims: ["sub", "exp", "iat", "sid"],
    });
    const claims = userClaimsSchema.safeParse({
      userId: payload.sub,
      role: payload.role,
      permissions: payload.perms,
      teamId: payload.team ?? null,
      regionIds: payload.regions,
      sessionId: payload.sid,
    });
    if (!claims.success) throw new InvalidTokenError("malformed claims");
    return { ...claims.data, expiresAt: payload.exp as number };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError("expired");
    if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(error.code);
    throw new InvalidTokenError("unreadable");
  }
}
