import type { Tx } from "#shared/db/client.js";
import { bulkInsert } from "#shared/db/bulk-insert.js";
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
  type TransitionPlan,
} from "../../domain/transitions.js";

export type { TransitionAction };

/** The outbox rows of planned events, with the request's actor and trace id. */
export function outboxRows(events: PlannedEvent[], meta: Parameters<typeof createEvent>[2]) {
  return events.map((event) => toOutboxRow(createEvent(event.type, event.payload, meta)));
}

/** The rows a plan adds besides the collection's own: its history row and its events' outbox rows, at `now`. */
export interface PlannedInserts {
  history: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

export function plannedInserts(
  plan: Pick<TransitionPlan, "history" | "events">,
  collectionId: string,
  meta: Parameters<typeof createEvent>[2],
  now: Date,
): PlannedInserts {
  return {
    history: [{ ...plan.history, collectionId, createdAt: now }],
    events: outboxRows(plan.events, meta).map((row) => ({ ...row, createdAt: now })),
  };
}

/**
 * Inserts planned history and outbox rows (of one plan or of a sync's many) in the caller's transaction.
 * Through bulkInsert, not Prisma's createMany: Prisma keeps no query plan for createMany and compiled one
 * in its WebAssembly query compiler for every call, ~0.7 CPU ms each, two per decision
 * (bench/README.md, finding 53).
 */
export async function insertPlanned(tx: Tx, rows: PlannedInserts): Promise<void> {
  await bulkInsert(tx, "tradeflow_collection_validation", rows.history);
  await bulkInsert(tx, "tradeflow_outbox_event", rows.events);
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
  const now = new Date();
  const plan = planTransition(current, action, context.viewer!, now);
  const updated = await tx.collection.updateMany({
    where: { id: current.id, version: current.version },
    data: { ...plan.data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw conflict("The collection changed since you read it; reload it", "version");
  await insertPlanned(tx, plannedInserts(plan, current.id, context.events.meta(), now));
}
