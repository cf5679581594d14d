import type { PrismaClient } from "#shared/db/client.js";
import type { RequestHandler } from "#shared/events/responder.js";
import { numericId } from "#shared/graphql/input.js";
import { userSnapshot } from "../modules/users/user-snapshot.js";

/** `admin.users` (request/reply): the snapshot of one user, for services that need it before its event arrives. */
export function usersGetHandler(db: PrismaClient): RequestHandler<"admin.users"> {
  return async ({ userId }) => {
    const id = numericId(userId);
    return { user: id === null ? null : await userSnapshot(db, id) };
  };
}
