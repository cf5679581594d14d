import type { Tx } from "#shared/db/client.js";
import { incrementRevision } from "#shared/db/revision.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import type { Context } from "../../context.js";

/** Every write to what offline clients cache bumps the metadata revision in the same transaction. */
export async function bumpCatalogRevision(tx: Tx, context: Context, entity: string): Promise<number> {
  const revision = await incrementRevision(tx, "model_catalog_revision");
  // This process drops its copies now; every replica (this one again, after the commit) on the event.
  for (const cache of Object.values(context.referenceCaches)) cache.invalidate();
  await tx.modelOutboxEvent.create({
    data: toOutboxRow(createEvent("model.catalog.changed", { revision, entity }, context.events.meta())),
  });
  return revision;
}

export const metadataVersion = (revision: number) => `m${revision}`;
