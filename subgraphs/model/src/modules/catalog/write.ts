import type { Tx } from "#shared/db/client.js";
import { write } from "#shared/db/write.js";
import type { Context } from "../../context.js";
import { bumpCatalogRevision } from "./revision.js";

/** A catalog write: the shared `write`, with the metadata revision bumped in the same transaction. */
export async function writeCatalog<T>(context: Context, entity: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const withRevision = async (tx: Tx) => {
    const value = await work(tx);
    await bumpCatalogRevision(tx, context, entity);
    return value;
  };
  return write(context, withRevision, { entity, conflictField: "code" });
}
