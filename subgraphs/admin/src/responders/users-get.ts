import type { PrismaClient } from "#shared/db/client.js";
import { userSnapshot } from "../modules/users/user-snapshot.js";

/** `admin.users` (request/reply): the snapshot of one user, for services that need it before its event arrives. */
export function usersGetHandler(db: PrismaClient) {
  return async (request: unknown) => {
    const userId = typeof request === "object" && request !== null ? (request as { userId?: unknown }).userId : undefined;
    if (typeof userId !== "string" || !/^\d{1,10}$/.test(userId)) return { user: null };
    return { user: await userSnapshot(db, Number(userId)) };
  };
}
