import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import type { UserClaims, RoleCode } from "#shared/auth/claims.js";
import { ROLE_PERMISSIONS } from "#shared/auth/permissions.js";
import { signAccessToken } from "#shared/auth/tokens.js";
import type { AuthAccount } from "#shared/db/client.js";
import type { Context } from "../../context.js";
import type { LoginResult } from "../../mappers.js";

/** Refresh tokens are looked up by this hash only; the database never holds a usable token. */
export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits: a token is a function of nothing, so neither a secret nor an earlier token predicts it. */
export function newRefreshToken(): string {
  return randomBytes(32).toString("base64url");
}

const SEAL_VERSION = "v1";

// The key that seals a successor comes from the token it replaces, so only a holder of that token can
// open it; the database alone (which stores only the hash of that token) cannot.
function sealKey(previous: string): Buffer {
  return Buffer.from(hkdfSync("sha256", previous, Buffer.alloc(0), "ct refresh-token successor", 32));
}

/**
 * The successor of `previous`, encrypted (AES-256-GCM) for the grace window: a client that lost the
 * rotation's response replays `previous` and gets the same successor back. Cleared once the window has
 * passed (see login.service.ts and the housekeeping job), so a leaked old token opens nothing later.
 */
export function sealSuccessor(previous: string, successor: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealKey(previous), iv);
  const sealed = Buffer.concat([cipher.update(successor, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${SEAL_VERSION}.${iv.toString("base64url")}.${sealed.toString("base64url")}`;
}

/** The successor sealed by sealSuccessor, or null when `sealed` was not made with `previous`. */
export function openSuccessor(previous: string, sealed: string): string | null {
  const [version, iv, body] = sealed.split(".");
  if (version !== SEAL_VERSION || !iv || !body) return null;
  try {
    const bytes = Buffer.from(body, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", sealKey(previous), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
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
