import { GraphQLError } from "graphql";
import { z } from "zod";
import type { PasswordCheckReply } from "#shared/auth/password-check.js";
import type { PrismaClient } from "#shared/db/client.js";
import type { AuthEnv } from "../env.js";
import { assertCurrentPassword } from "../modules/sessions/password.service.js";

const request = z.object({ userId: z.string().regex(/^\d{1,10}$/), password: z.string().min(1).max(1024) });

/**
 * Answers PASSWORD_CHECK_SUBJECT. Each check is a password attempt on the account, throttled like a
 * login, so it is no faster an oracle than login itself.
 */
export function passwordCheckHandler(db: PrismaClient, config: AuthEnv) {
  return async (raw: unknown): Promise<PasswordCheckReply> => {
    const parsed = request.safeParse(raw);
    if (!parsed.success) return { ok: false, code: "BAD_USER_INPUT" };
    const account = await db.authAccount.findUnique({ where: { userId: Number(parsed.data.userId) } });
    if (!account) return { ok: false, code: "NOT_FOUND" };
    try {
      await assertCurrentPassword({ db, config }, account, parsed.data.password, "currentPassword");
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
