import { createHash, createHmac, randomBytes } from "node:crypto";
import type { UserClaims, RoleCode } from "#shared/auth/claims.js";
import { ROLE_PERMISSIONS } from "#shared/auth/permissions.js";
import { signAccessToken } from "#shared/auth/tokens.js";
import type { AuthAccount } from "#shared/db/client.js";
import type { Context } from "../../context.js";
import type { LoginResult } from "../../mappers.js";

export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newRefreshToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The token that replaces `previous`: derived, so replaying `previous` in the grace window yields it again. */
export function nextRefreshToken(previous: string, secret: string): string {
  return createHmac("sha256", secret).update(`rotate:${previous}`).digest("base64url");
}

export function claimsFor(account: AuthAccount, sessionId: string): UserClaims {
  const role = account.role as RoleCode;
  return {
    userId: String(account.userId),
    role,
    permissions: ROLE_PERMISSIONS[role] ?? [],
    teamId: account.teamId === null ? null : String(account.teamId),
    regionIds: Array.isArray(account.regionIds) ? account.regionIds.map(String) : [],
    sessionId,
    mustChangePassword: account.mustChangePassword,
  };
}

/** Signs the access token of a session rotation; the same inputs give the same token. */
export async function issuePair(
  context: Context,
  input: { account: AuthAccount; sessionId: string; refreshToken: string; issuedAt: Date; tokenId: string },
): Promise<LoginResult> {
  const claims = claimsFor(input.account, input.sessionId);
  const accessToken = await signAccessToken(claims, context.keys, {
    issuer: context.config.JWT_ISSUER,
    audience: context.config.JWT_AUDIENCE,
    ttlSeconds: context.config.JWT_ACCESS_TTL_SECONDS,
    issuedAt: Math.floor(input.issuedAt.getTime() / 1000),
    jti: input.tokenId,
  });
  // The rest of this operation's plan (e.g. `user { fullName }` from admin) runs as this user.
  context.issuedClaims = claims;
  return {
    accessToken,
    refreshToken: input.refreshToken,
    expiresIn: context.config.JWT_ACCESS_TTL_SECONDS,
    tokenType: "Bearer",
    mustChangePassword: claims.mustChangePassword,
    userId: claims.userId,
  };
}
