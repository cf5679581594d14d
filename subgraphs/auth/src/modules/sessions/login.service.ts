import { randomUUID } from "node:crypto";
import { ROLES, type RoleCode } from "#shared/auth/claims.js";
import type { AuthAccount, Tx } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { domainError } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import type { LoginResult } from "../../mappers.js";
import { parseLoginIdentifier, type LoginIdentifier } from "./login-identifier.js";
import { verifyPassword } from "./passwords.js";
import { revokeSessions } from "./sessions.service.js";
import { findKnownDevice, rememberDevice } from "./known-devices.js";
import { passwordBudgets, releaseAttempt, reserveAttempt } from "./throttle.js";
import { hashRefreshToken, issuePair, newRefreshToken, openSuccessor, sealSuccessor } from "./token-issuer.js";

// One message for every failure, so a caller cannot learn whether an account exists or is disabled.
const invalidCredentials = () => domainError("UNAUTHENTICATED", "Invalid login or password");
const invalidRefreshToken = () => domainError("UNAUTHENTICATED", "Invalid or expired refresh token");

function canSignIn(account: AuthAccount | null): account is AuthAccount {
  return account !== null && account.active && ROLES.includes(account.role as RoleCode);
}

/** What a login's throttle budget is keyed on when it names no account: its normalised form. */
function normalisedLogin(login: string, identifier: LoginIdentifier | null): string {
  if (!identifier) return login.trim().toLowerCase();
  return "email" in identifier ? identifier.email : identifier.phone;
}

/**
 * A refused login, for the audit trail: committed on its own (the request fails). The login is kept
 * only when it parses as an email or a phone, so a password typed in the wrong field is never stored.
 */
async function recordFailedLogin(
  context: Context,
  account: AuthAccount | null,
  identifier: LoginIdentifier | null,
  passwordMatches: boolean,
): Promise<void> {
  const reason = !account ? "unknown_login" : !passwordMatches ? "wrong_password" : "inactive";
  const event = createEvent(
    "auth.login.failed",
    {
      userId: account ? String(account.userId) : null,
      login: identifier ? ("email" in identifier ? identifier.email : identifier.phone) : null,
      reason,
    },
    { actor: null, traceId: context.traceId, client: context.client },
  );
  await context.db.authOutboxEvent.create({ data: toOutboxRow(event) });
  context.events.flush();
}

export async function login(
  context: Context,
  input: { login: string; password: string; deviceToken?: string | null },
): Promise<LoginResult> {
  const { db, config } = context;
  const identifier = parseLoginIdentifier(input.login);
  const account = identifier ? await db.authAccount.findUnique({ where: identifier }) : null;
  const device = account ? await findKnownDevice(db, account.userId, input.deviceToken) : null;
  const target = device
    ? { deviceId: device.id }
    : account
      ? { userId: account.userId }
      : { unknownLogin: normalisedLogin(input.login, identifier) };
  const budgets = passwordBudgets(target, context.client.ip, config);
  await reserveAttempt(db, budgets, config);

  const passwordMatches = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!canSignIn(account) || !passwordMatches) {
    context.logger.info({ known: Boolean(account), knownDevice: Boolean(device) }, "login refused");
    await recordFailedLogin(context, account, identifier, passwordMatches);
    throw invalidCredentials();
  }
  await releaseAttempt(db, budgets);

  const now = new Date();
  const sessionId = randomUUID();
  const tokenId = randomUUID();
  const refreshToken = newRefreshToken();
  const expiresAt = new Date(now.getTime() + config.REFRESH_TTL_SECONDS * 1000);
  const event = createEvent(
    "auth.user.logged_in",
    {
      userId: String(account.userId),
      sessionId,
      loggedInAt: now.toISOString(),
      ip: context.client.ip,
      userAgent: context.client.userAgent,
    },
    { actor: { userId: String(account.userId), role: account.role }, traceId: context.traceId, client: context.client },
  );
  const signedIn = await context.db.$transaction(async (tx) => {
    const current = await lockAccountForSignIn(tx, account.userId);
    if (!current) return null;
    await tx.authSession.create({
      data: {
        id: sessionId,
        userId: account.userId,
        ip: context.client.ip,
        userAgent: context.client.userAgent,
        createdAt: now,
        lastUsedAt: now,
        expiresAt,
        refreshTokens: {
          create: { id: tokenId, tokenHash: hashRefreshToken(refreshToken), createdAt: now, expiresAt },
        },
      },
    });
    await tx.authOutboxEvent.create({ data: toOutboxRow(event) });
    const deviceToken = await rememberDevice(tx, {
      userId: account.userId,
      known: device,
      presentedToken: input.deviceToken,
      ttlSeconds: config.KNOWN_DEVICE_TTL_SECONDS,
      now,
    });
    return { account: current, deviceToken };
  });
  if (!signedIn) throw invalidCredentials();
  context.events.flush();
  context.logger.info({ userId: account.userId, sessionId, knownDevice: Boolean(device) }, "login succeeded");
  const pair = await issuePair(context, { account: signedIn.account, sessionId, refreshToken, issuedAt: now, tokenId });
  return { ...pair, deviceToken: signedIn.deviceToken };
}

/**
 * Locks the account row and reads it afresh, in the caller's transaction. A deactivation or an access
 * change being applied right now (account update + revoking every session) either sees the session this
 * transaction writes or makes it fail, and the tokens issued carry the role, team and regions current
 * at that moment, never the ones read before the lock.
 */
async function lockAccountForSignIn(tx: Tx, userId: number): Promise<AuthAccount | null> {
  await tx.$queryRaw`SELECT user_id FROM auth_account WHERE user_id = ${userId} FOR UPDATE`;
  const account = await tx.authAccount.findUnique({ where: { userId } });
  return canSignIn(account) ? account : null;
}

/**
 * Refresh-token rotation (RFC 9700): each token is single use and is replaced by a new random one in
 * the same session. A replay within REFRESH_GRACE_SECONDS of the rotation returns the same pair (a
 * mobile client that lost the response): the successor is kept sealed under the replayed token for
 * that long. A later replay means the token leaked, so the whole session ends.
 */
export async function refreshSession(context: Context, refreshToken: string): Promise<LoginResult> {
  const presented = await context.db.refreshToken.findUnique({
    where: { tokenHash: hashRefreshToken(refreshToken) },
    include: { session: { include: { account: true } } },
  });
  const now = new Date();
  if (!presented) throw invalidRefreshToken();
  const { session } = presented;
  if (session.revokedAt || session.expiresAt <= now || presented.expiresAt <= now || !canSignIn(session.account)) {
    throw invalidRefreshToken();
  }
  const config = context.config;
  const graceMs = config.REFRESH_GRACE_SECONDS * 1000;

  if (presented.usedAt === null) {
    const next = newRefreshToken();
    const nextId = randomUUID();
    const rotation = session.rotation + 1;
    const expiresAt = new Date(now.getTime() + config.REFRESH_TTL_SECONDS * 1000);
    const account = await context.db.$transaction(async (tx) => {
      const current = await lockAccountForSignIn(tx, session.userId);
      const live = await tx.authSession.findUnique({ where: { id: session.id }, select: { revokedAt: true } });
      if (!current || !live || live.revokedAt) throw invalidRefreshToken();
      // Only one concurrent use can mark the token used; the others fall through to the replay path.
      const claimed = await tx.refreshToken.updateMany({
        where: { id: presented.id, usedAt: null },
        data: { usedAt: now, replacedById: nextId, rotation, successorSealed: sealSuccessor(refreshToken, next) },
      });
      if (claimed.count === 0) return null;
      // The earlier tokens' successors are used now: nothing of theirs needs to stay openable.
      await tx.refreshToken.updateMany({
        where: { sessionId: session.id, id: { not: presented.id }, successorSealed: { not: null } },
        data: { successorSealed: null },
      });
      await tx.refreshToken.create({
        data: { id: nextId, sessionId: session.id, tokenHash: hashRefreshToken(next), createdAt: now, expiresAt },
      });
      await tx.authSession.update({ where: { id: session.id }, data: { rotation, lastUsedAt: now, expiresAt } });
      return current;
    });
    if (account) {
      return issuePair(context, { account, sessionId: session.id, refreshToken: next, issuedAt: now, tokenId: nextId });
    }
    return refreshSession(context, refreshToken);
  }

  const usedAt = presented.usedAt;
  if (now.getTime() - usedAt.getTime() <= graceMs && presented.replacedById) {
    const successor = presented.successorSealed ? openSuccessor(refreshToken, presented.successorSealed) : null;
    // No sealed successor inside the window: it was used already, so this replay gets nothing (the
    // client holds the newer token); not a leak, so the session stays.
    if (!successor) throw invalidRefreshToken();
    return issuePair(context, {
      account: session.account,
      sessionId: session.id,
      refreshToken: successor,
      issuedAt: usedAt,
      tokenId: presented.replacedById,
    });
  }

  const account = session.account;
  const meta = {
    actor: { userId: String(account.userId), role: account.role },
    traceId: context.traceId,
    client: context.client,
  };
  await context.db.$transaction(async (tx) => {
    await revokeSessions(tx, {
      userId: account.userId,
      onlySessionIds: [session.id],
      reason: "refresh_token_reused",
      accessTtlSeconds: config.JWT_ACCESS_TTL_SECONDS,
      meta,
    });
    const event = createEvent(
      "auth.refresh_token.reused",
      { userId: String(account.userId), sessionId: session.id },
      meta,
    );
    await tx.authOutboxEvent.create({ data: toOutboxRow(event) });
  });
  context.events.flush();
  context.logger.warn({ userId: account.userId, sessionId: session.id }, "refresh token reused: session revoked");
  throw invalidRefreshToken();
}
