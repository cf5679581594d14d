import type { CollectionValidation, Prisma, Tx } from "#shared/db/client.js";
import { createEvent, type EventEnvelope } from "#shared/events/envelope.js";
import type { EventType } from "#shared/events/catalog.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { conflict } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";
import type { CollectionRow } from "../../mappers.js";
import type { WorkflowLevel } from "../../clients/trade-support.js";
import { levelsOf } from "./abilities.js";

export type TransitionAction =
  | { kind: "submit"; workflow: { version: number; levels: WorkflowLevel[] } }
  | { kind: "approve"; score: number; notes?: string | null; qualityIssues?: string[] | null }
  | { kind: "reject"; reason: string; notes?: string | null; qualityIssues?: string[] | null }
  | { kind: "return"; instructions: string; fieldComments?: { field: string; comment: string }[] | null; qualityIssues?: string[] | null }
  | { kind: "reopen"; reason: string };

type Current = Pick<CollectionRow, "id" | "version" | "status" | "revision" | "collectorId"> &
  Partial<Pick<CollectionRow, "pendingLevel" | "workflowLevels" | "updatedAt">>;

interface Plan {
  data: Prisma.CollectionUncheckedUpdateManyInput;
  history: Omit<Prisma.CollectionValidationUncheckedCreateInput, "collectionId" | "actorId" | "actorRole" | "fromStatus" | "durationSeconds">;
  events: { type: EventType; payload: unknown }[];
}

function plan(current: Current, action: TransitionAction, actorId: string, now: Date): Plan {
  const levels = current.workflowLevels ? levelsOf({ workflowLevels: current.workflowLevels }) : [];
  const level = current.pendingLevel ?? null;
  switch (action.kind) {
    case "submit": {
      const resubmission = current.status === "RETURNED";
      const revision = resubmission ? current.revision + 1 : current.revision;
      return {
        data: {
          status: "SUBMITTED",
          pendingLevel: 1,
          revision,
          isResubmission: resubmission,
          workflowVersion: action.workflow.version,
          workflowLevels: JSON.stringify(action.workflow.levels),
          submittedAt: now,
          validatedAt: null,
        },
        history: { action: resubmission ? "RESUBMIT" : "SUBMIT", level: null, toStatus: "SUBMITTED", revision },
        events: [
          {
            type: "tradeflow.collection.submitted",
            payload: { collectionId: current.id, collectorId: String(current.collectorId), revision, isResubmission: resubmission, pendingLevel: 1 },
          },
        ],
      };
    }
    case "approve": {
      const final = level !== null && level >= levels.length;
      return {
        data: final ? { status: "VALIDATED", pendingLevel: null, validatedAt: now } : { pendingLevel: (level ?? 0) + 1 },
        history: {
          action: "APPROVE",
          level,
          toStatus: final ? "VALIDATED" : "SUBMITTED",
          revision: current.revision,
          score: action.score,
          notes: action.notes ?? null,
          qualityIssues: action.qualityIssues?.length ? JSON.stringify(action.qualityIssues) : null,
        },
        events: [
          { type: "tradeflow.collection.approved", payload: { collectionId: current.id, level: level ?? 0, score: action.score, validatorId: actorId, final } },
          ...(final
            ? [{ type: "tradeflow.collection.validated" as const, payload: { collectionId: current.id, collectorId: String(current.collectorId), validatedAt: now.toISOString() } }]
            : []),
        ],
      };
    }
    case "reject":
      return {
        data: { status: "REJECTED", pendingLevel: null },
        history: {
          action: "REJECT",
          level,
          toStatus: "REJECTED",
          revision: current.revision,
          rejectionReason: action.reason,
          notes: action.notes ?? null,
          qualityIssues: action.qualityIssues?.length ? JSON.stringify(action.qualityIssues) : null,
        },
        events: [{ type: "tradeflow.collection.rejected", payload: { collectionId: current.id, level: level ?? 0, reason: action.reason, validatorId: actorId } }],
      };
    case "return":
      return {
        data: { status: "RETURNED", pendingLevel: null },
        history: {
          action: "RETURN",
          level,
          toStatus: "RETURNED",
          revision: current.revision,
          correctionInstructions: action.instructions,
          fieldComments: action.fieldComments?.length ? JSON.stringify(action.fieldComments) : null,
          qualityIssues: action.qualityIssues?.length ? JSON.stringify(action.qualityIssues) : null,
        },
        events: [{ type: "tradeflow.collection.returned", payload: { collectionId: current.id, level: level ?? 0, validatorId: actorId } }],
      };
    case "reopen":
      return {
        data: { status: "SUBMITTED", pendingLevel: levels.length, validatedAt: null },
        history: { action: "REOPEN", level: levels.length, toStatus: "SUBMITTED", revision: current.revision, notes: action.reason },
        events: [{ type: "tradeflow.collection.reopened", payload: { collectionId: current.id, reason: action.reason, validatorId: actorId } }],
      };
  }
}

/**
 * Applies one transition inside the caller's transaction: the state change only if the collection is
 * still at the version the caller saw (else CONFLICT, nothing written), a history record, and its
 * events in the outbox.
 */
export async function recordTransition(tx: Tx, context: Context, current: Current, action: TransitionAction): Promise<void> {
  const viewer = context.viewer!;
  const now = new Date();
  const { data, history, events } = plan(current, action, viewer.userId, now);
  const updated = await tx.collection.updateMany({
    where: { id: current.id, version: current.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw conflict("The collection changed since you read it; reload it", "version");
  await tx.collectionValidation.create({
    data: {
      ...history,
      collectionId: current.id,
      actorId: Number(viewer.userId),
      actorRole: viewer.role,
      fromStatus: current.status,
      durationSeconds: current.updatedAt ? Math.max(0, Math.round((now.getTime() - current.updatedAt.getTime()) / 1000)) : null,
    },
  });
  const meta = context.events.meta();
  await tx.tradeflowOutboxEvent.createMany({
    data: events.map((event) => toOutboxRow(createEvent(event.type, event.payload as EventEnvelope["payload"], meta))),
  });
}

export type { CollectionValidation };
