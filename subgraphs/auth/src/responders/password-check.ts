import { GraphQLError } from "graphql";
import type { PrismaClient } from "#shared/db/client.js";
import type { RequestHandler } from "#shared/events/responder.js";
import type { AuthEnv } from "../env.js";
import { assertCurrentPassword } from "../modules/sessions/password.service.js";

/**
 * Answers `auth.password_check`. Each check is a password attempt on the account, throttled like a
 * login, so it is no faster an oracle than login itself.
 */
export function passwordCheckHandler(db: PrismaClient, config: AuthEnv): RequestHandler<"auth.password_check"> {
  return async ({ userId, password }) => {
    const account = await db.authAccount.findUnique({ where: { userId: Number(userId) } });
    if (!account) return { ok: false, code: "NOT_FOUND" };
    try {
      await assertCurrentPassword({ db, config }, account, password, "currentPassword");
      return { ok: true };
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      if (error.extensions.code === "TOO_MANY_REQUESTS") {
        return { ok: false, code: "TOO_MANY_REQUESTS", retryAfterSeconds: Number(error.extensions.retryAfterSeconds) };
      }
      return { ok: false, code: "BAD_USER_INPUT" };
    }
  };
}
