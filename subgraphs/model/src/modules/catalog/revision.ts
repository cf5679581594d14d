import type { Tx } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import type { Context } from "../../context.js";

/** Every write to what offline clients cache bumps the metadata revision in the same transaction. */
export async function bumpCatalogRevision(tx: Tx, context: Context, entity: string): Promise<number> {
  await tx.$executeRaw`INSERT INTO model_catalog_revision (id, revision, updated_at) VALUES (1, 1, NOW(3))
    ON DUPLICATE KEY UPDATE revision = revision + 1, updated_at = NOW(3)`;
  const { revision } = await tx.modelCatalogRevision.findUniqueOrThrow({ where: { id: 1 } });
  await tx.modelOutboxEvent.create({
    data: toOutboxRow(createEvent("model.catalog.changed", { revision, entity }, context.events.meta())),
  });
  return revision;
}

export const metadataVersion = (revision: number) => `m${revision}`;
