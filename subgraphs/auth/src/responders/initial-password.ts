import { openInitialPassword } from "#shared/auth/initial-password.js";
import type { PrismaClient } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { numericId } from "#shared/graphql/input.js";
import type { Logger } from "#shared/logger.js";
import type { RequestHandler } from "#shared/events/responder.js";
import { fetchAccountFromAdmin } from "../modules/accounts/accounts.service.js";
import { assertPasswordPolicy, hashPassword } from "../modules/sessions/passwords.js";

const ADMINISTRATORS = new Set(["SUPER_ADMIN", "ADMIN"]);

/**
 * `auth.firstpassword`: the first password of a person admin has just created (see
 * shared/src/auth/initial-password.ts). Only on an account without a password, only from an
 * administrator, and an administrator's account only from a SUPER_ADMIN, as with setTemporaryPassword.
 */
export function initialPasswordHandler(
  deps: { db: PrismaClient; nats: NatsHandle; logger: Logger; notify: () => void },
  secret: string,
  maxAgeSeconds: number,
): RequestHandler<"auth.firstpassword"> {
  return async (request) => {
    const opened = openInitialPassword(secret, maxAgeSeconds, request);
    if (!opened.ok) {
      deps.logger.warn({ reason: opened.reason }, "initial password refused");
      return { ok: false, reason: opened.reason };
    }
    const { actor, body, traceId } = opened;
    if (!ADMINISTRATORS.has(actor.role)) return { ok: false, reason: "only administrators set first passwords" };
    const userId = numericId(body.userId);
    if (userId === null) return { ok: false, reason: "no such user" };
    const account =
      (await deps.db.authAccount.findUnique({ where: { userId } })) ??
      (await fetchAccountFromAdmin({ db: deps.db, nats: deps.nats, logger: deps.logger }, userId));
    if (!account) return { ok: false, reason: "no such user" };
    if (account.passwordHash !== null) return { ok: false, reason: "the account already has a password" };
    if (ADMINISTRATORS.has(account.role) && actor.role !== "SUPER_ADMIN") {
      return { ok: false, reason: "only a super administrator sets an administrator's password" };
    }
    try {
      assertPasswordPolicy(body.password, "password");
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
    const passwordHash = await hashPassword(body.password);
    const meta = { actor: { userId: actor.userId, role: actor.role }, traceId };
    const updated = await deps.db.$transaction(async (tx) => {
      // Conditional on "still no password": two concurrent first passwords cannot both win.
      const result = await tx.authAccount.updateMany({
        where: { userId, passwordHash: null },
        data: { passwordHash, mustChangePassword: body.mustChangePassword, passwordChangedAt: new Date() },
      });
      if (result.count === 1) {
        await tx.authOutboxEvent.create({
          data: toOutboxRow(
            createEvent("auth.password.changed", { userId: String(userId), byAdministrator: true }, meta),
          ),
        });
      }
      return result.count === 1;
    });
    deps.notify();
    return updated ? { ok: true } : { ok: false, reason: "the account already has a password" };
  };
}
