import { notFound } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";

/** Parses a GraphQL ID into a numeric row id; anything else cannot exist. */
export function numericId(id: string): number | null {
  return /^\d{1,10}$/.test(id) ? Number(id) : null;
}

export async function findUser(context: Context, id: string) {
  const userId = numericId(id);
  const user = userId === null ? null : await context.loaders.userById.load(userId);
  if (!user) throw notFound("User");
  return user;
}
