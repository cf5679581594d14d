import type { PrismaClient } from "#shared/db/client.js";
import { numericId } from "#shared/graphql/input.js";
import { userSnapshot } from "../modules/users/user-snapshot.js";

/** `admin.users` (request/reply): the snapshot of one user, for services that need it before its event arrives. */
export function usersGetHandler(db: PrismaClient) {
  return async (request: unknown) => {
    const userId = typeof request === "object" && request !== null ? (request as { userId?: unknown }).userId : undefined;
    const id = typeof userId === "string" ? numericId(userId) : null;
    return { user: id === null ? null : await userSnapshot(db, id) };
  };
}
