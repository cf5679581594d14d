import type { AuthAccount } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { badUserInput, forbidden, notFound, unauthenticated } from "#shared/graphql/errors.js";
import { numericId } from "#shared/graphql/input.js";
import type { Context } from "../../context.js";
import { fetchAccountFromAdmin } from "../accounts/accounts.service.js";
import { assertPasswordPolicy, hashPassword, verifyPassword } from "./passwords.js";
import { revokeSessions } from "./sessions.service.js";
import { passwordBudgets, releaseAttempt, reserveAttempt } from "./throttle.js";

/**
 * Checks an account's current password as a password attempt on that account: it draws from the same
 * throttle budget as a login, so a stolen session cannot guess the password any faster than a login can.
 */
export async function assertCurrentPassword(
  context: Pick<Context, "db" | "config">,
  account: Pick<AuthAccount, "userId" | "passwordHash">,
  password: string,
  field: string,
): Promise<void> {
  const budgets = passwordBudgets({ userId: account.userId }, null, context.config);
  await reserveAttempt(context.db, budgets, context.config);
  if (!(await verifyPassword(account.passwordHash, password))) {
    throw badUserInput("The current password is wrong", field);
  }
  await releaseAttempt(context.db, budgets);
}

/** Changes the caller's password (clearing a forced change) and ends their other sessions. */
export async function changePassword(context: Context, input: { currentPassword: string; newPassword: string }) {
  if (!context.viewer) throw unauthenticated();
  const userId = Number(context.viewer.userId);
  const account = await context.db.authAccount.findUnique({ where: { userId } });
  if (!account) throw unauthenticated();
  await assertCurrentPassword(context, account, input.currentPassword, "currentPassword");
  assertPasswordPolicy(input.newPassword, "newPassword", personalWords(account));
  if (input.newPassword === input.currentPassword) {
    throw badUserInput("The new password must differ from the current one", "newPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await context.db.$transaction(async (tx) => {
    await tx.authAccount.update({
      where: { userId },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    });
    await revokeSessions(tx, {
      userId,
      reason: "password_changed",
      exceptSessionId: context.viewer!.sessionId,
      accessTtlSeconds: context.config.JWT_ACCESS_TTL_SECONDS,
      meta: context.events.meta(),
    });
    await tx.authOutboxEvent.create({
      data: toOutboxRow(
        createEvent("auth.password.changed", { userId: String(userId), byAdministrator: false }, context.events.meta()),
      ),
    });
  });
  context.events.flush();
  return true;
}

/** What the account says about its owner: a password made of it is easy to guess for whoever knows them. */
function personalWords(account: Pick<AuthAccount, "email" | "phone">): string[] {
  return [account.email, account.email?.split("@")[0], account.phone].filter((word): word is string => Boolean(word));
}

const PRIVILEGED = new Set(["SUPER_ADMIN", "ADMIN"]);

/**
 * An administrator's reset: a temporary password the user must change at next login; their sessions
 * end. Only a SUPER_ADMIN may reset an administrator.
 */
export async function setTemporaryPassword(context: Context, input: { userId: string; temporaryPassword: string }) {
  const viewer = context.viewer!;
  const userId = numericId(input.userId);
  if (userId === null) throw notFound("User");
  const account =
    (await context.db.authAccount.findUnique({ where: { userId } })) ?? (await fetchAccountFromAdmin(context, userId));
  if (!account) throw notFound("User");
  if (PRIVILEGED.has(account.role) && viewer.role !== "SUPER_ADMIN") {
    throw forbidden("Only a super administrator can reset an administrator's password");
  }
  if (String(userId) === viewer.userId) throw badUserInput("Use changePassword for your own password", "userId");
  assertPasswordPolicy(input.temporaryPassword, "temporaryPassword", personalWords(account));
  const passwordHash = await hashPassword(input.temporaryPassword);
  await context.db.$transaction(async (tx) => {
    await tx.authAccount.update({
      where: { userId },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() },
    });
    await revokeSessions(tx, {
      userId,
      reason: "password_reset",
      accessTtlSeconds: context.config.JWT_ACCESS_TTL_SECONDS,
      meta: context.events.meta(),
    });
    await tx.authOutboxEvent.create({
      data: toOutboxRow(
        createEvent("auth.password.changed", { userId: String(userId), byAdministrator: true }, context.events.meta()),
      ),
    });
  });
  context.events.flush();
  return true;
}
