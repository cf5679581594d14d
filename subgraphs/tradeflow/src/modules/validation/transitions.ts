import type { Tx } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { conflict } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import type { CollectionRow } from "../../mappers.js";
import {
  planTransition,
  type CurrentState,
  type PlannedEvent,
  type TransitionAction,
} from "../../domain/transitions.js";

export type { TransitionAction };

/** The outbox rows of planned events, with the request's actor and trace id. */
export function outboxRows(events: PlannedEvent[], meta: Parameters<typeof createEvent>[2]) {
  return events.map((event) => toOutboxRow(createEvent(event.type, event.payload, meta)));
}

/**
 * Applies one planned transition inside the caller's transaction: the state change only if the
 * collection is still at the version the caller saw (else CONFLICT, nothing written), its history
 * row, and its events in the outbox.
 */
export async function recordTransition(
  tx: Tx,
  context: Context,
  current: CurrentState & Pick<CollectionRow, "version">,
  action: TransitionAction,
): Promise<void> {
  const { data, history, events } = planTransition(current, action, context.viewer!, new Date());
  const updated = await tx.collection.updateMany({
    where: { id: current.id, version: current.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw conflict("The collection changed since you read it; reload it", "version");
  // createMany: the row is not read back (create would SELECT it after the INSERT).
  await tx.collectionValidation.createMany({ data: [{ ...history, collectionId: current.id }] });
  await tx.tradeflowOutboxEvent.createMany({ data: outboxRows(events, context.events.meta()) });
}
