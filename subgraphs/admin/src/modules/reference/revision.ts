import type { Tx } from "#shared/db/client.js";
import { incrementRevision } from "#shared/db/revision.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import type { Context } from "../../context.js";

/**
 * Every write to what offline clients cache bumps one counter in the same transaction: the
 * reference-data version clients compare ("changed since X?"), announced as admin.reference.changed.
 */
export async function bumpReferenceRevision(tx: Tx, context: Context, entity: string): Promise<number> {
  const revision = await incrementRevision(tx, "admin_catalog_revision");
  // This process drops its copies now; every replica (this one again, after the commit) on the event.
  for (const cache of Object.values(context.referenceCaches)) cache.invalidate();
  await tx.adminOutboxEvent.create({
    data: toOutboxRow(createEvent("admin.reference.changed", { revision, entity }, context.events.meta())),
  });
  return revision;
}

export function referenceVersion(revision: number): string {
  return `a${revision}`;
}
