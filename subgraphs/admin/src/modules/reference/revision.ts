import type { Tx } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import type { Context } from "../../context.js";

/**
 * Every write to what offline clients cache bumps one counter in the same transaction: the
 * reference-data version clients compare ("changed since X?"), announced as admin.reference.changed.
 */
export async function bumpReferenceRevision(tx: Tx, context: Context, entity: string): Promise<number> {
  await tx.$executeRaw`INSERT INTO admin_catalog_revision (id, revision, updated_at) VALUES (1, 1, NOW(3))
    ON DUPLICATE KEY UPDATE revision = revision + 1, updated_at = NOW(3)`;
  const { revision } = await tx.adminCatalogRevision.findUniqueOrThrow({ where: { id: 1 } });
  await tx.adminOutboxEvent.create({
    data: toOutboxRow(createEvent("admin.reference.changed", { revision, entity }, context.events.meta())),
  });
  return revision;
}

export function referenceVersion(revision: number): string {
  return `a${revision}`;
}
