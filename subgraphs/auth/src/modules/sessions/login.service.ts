import { createHash, randomBytes, randomUUID } from "node:crypto";
import { ROLES, type RoleCode, type UserClaims } from "#shared/auth/claims.js";
import { ROLE_PERMISSIONS } from "#shared/auth/permissions.js";
import { signAccessToken } from "#shared/auth/tokens.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { domainError } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import type { LoginResult } from "../../mappers.js";
import { verifyPassword } from "./passwords.js";

export type LoginIdentifier = { email: string } | { phone: string };

/** An email (lower-cased) or a phone number (digits and a leading +); null when it is neither. */
export function parseLoginIdentifier(login: string): LoginIdentifier | null {
  const trimmed = login.trim();
  if (trimmed.includes("@")) {
    return trimmed.length <= 191 ? { email: trimmed.toLowerCase() } : null;
  }
  const phone = trimmed.replace(/[\s().-]/g, "");
  return /^\+?\d{6,20}$/.test(phone) ? { phone } : null;
}

// One message for every failure, so a caller cannot learn whether an account exists or is disabled.
const invalidCredentials = () => domainError("UNAUTHENTICATED", "Invalid login or password");

export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function login(context: Context, input: { login: string; password: string }): Promise<LoginResult> {
  const identifier = parseLoginIdentifier(input.login);
  const account = identifier ? await context.db.authAccount.findUnique({ where: identifier }) : null;
  const passwordMatches = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !account.active || !passwordMatches || !ROLES.includes(account.role as RoleCode)) {
    context.logger.info({ known: Boolean(account) }, "login refused");
    throw invalidCredentials();
  }

  const { config } = context;
  const now = new Date();
  const sessionId = randomUUID();
  const refreshToken = randomBytes(32).toString("base64url");
  const role = account.role as RoleCode;
  const claims: UserClaims = {
    userId: String(account.userId),
    role,
    permissions: ROLE_PERMISSIONS[role],
    teamId: account.teamId === null ? null : String(account.teamId),
    regionIds: Array.isArray(account.regionIds) ? account.regionIds.map(String) : [],
    sessionId,
  };
  const event = createEvent(
    "auth.user.logged_in",
    {
      userId: claims.userId,
      sessionId,
      loggedInAt: now.toISOString(),
      ip: context.client.ip,
      userAgent: context.client.userAgent,
    },
    { actor: { userId: claims.userId, role }, traceId: context.traceId },
  );

  await context.db.$transaction(async (tx) => {
    await tx.authSession.create({
      data: {
        id: sessionId,
        userId: account.userId,
        ip: context.client.ip,
        userAgent: context.client.userAgent,
        createdAt: now,
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + config.REFRESH_TTL_SECONDS * 1000),
        refreshTokens: {
          create: {
            id: randomUUID(),
            tokenHash: hashRefreshToken(refreshToken),
            createdAt: now,
            expiresAt: new Date(now.getTime() + config.REFRESH_TTL_SECONDS * 1000),
          },
        },
      },
    });
    await tx.authOutboxEvent.create({ data: toOutboxRow(event) });
  });
  context.events.flush();

  const accessToken = await signAccessToken(claims, {
    secret: config.JWT_SECRET,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    ttlSeconds: config.JWT_ACCESS_TTL_SECONDS,
  });
  // The rest of this operation's plan (e.g. `user { fullName }` from admin) runs as the new user.
  context.issuedClaims = claims;
  context.logger.info({ userId: claims.userId, sessionId }, "login succeeded");
  return {
    accessToken,
    refreshToken,
    expiresIn: config.JWT_ACCESS_TTL_SECONDS,
    tokenType: "Bearer",
    userId: claims.userId,
  };
}
