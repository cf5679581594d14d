import { isUniqueViolation, type Tx } from "#shared/db/client.js";
import { conflict } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import { bumpCatalogRevision } from "./revision.js";

/** A catalog write: one transaction, the metadata revision bumped, events published after commit. */
export async function writeCatalog<T>(context: Context, entity: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    const result = await context.db.$transaction(async (tx) => {
      const value = await work(tx);
      await bumpCatalogRevision(tx, context, entity);
      return value;
    });
    context.events.flush();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`Another ${entity} already has this code`, "code");
    throw error;
  }
}

