import type { Prisma } from "#shared/db/client.js";
import type { collectionRouteSchema, EventPayloads, EventType } from "#shared/events/catalog.js";
import type { z } from "zod";
import type { RoleCode } from "#shared/auth/claims.js";
import type { CollectionRow } from "../mappers.js";
import type { WorkflowLevel } from "../clients/trade-support.js";
import { levelsOf } from "./abilities.js";

/**
 * The validation workflow's state changes, planned without a database: for one collection and one
 * action, the columns that change, the history row and the events. Every path that changes a
 * collection's status — the mutations, bulk decisions and the offline sync — applies these plans, so
 * each transition is defined here once.
 */
/** What a validator records with a decision besides it (CT's validation record). */
export interface Review {
  metadata?: { method?: string | null; verifiedAt?: Date | null; place?: string | null } | null;
  priorityLevel?: "LOW" | "NORMAL" | "HIGH" | "URGENT" | null;
  requiresFieldVerification?: boolean | null;
  requiresDataCorrection?: boolean | null;
  requiresAdditionalDocumentation?: boolean | null;
  validationDeadline?: Date | null;
}

export type TransitionAction =
  | { kind: "submit"; workflow: { version: number; levels: WorkflowLevel[] } }
  | ({ kind: "approve"; score?: number | null; notes?: string | null; qualityIssues?: string[] | null } & Review)
  | ({ kind: "reject"; reason: string; notes?: string | null; qualityIssues?: string[] | null } & Review)
  | ({
      kind: "return";
      instructions: string;
      fieldComments?: { field: string; comment: string }[] | null;
      qualityIssues?: string[] | null;
    } & Review)
  | { kind: "reopen"; reason: string };

export type CurrentState = Pick<CollectionRow, "id" | "status" | "revision" | "collectorId"> &
  Partial<Pick<CollectionRow, "pendingLevel" | "workflowLevels" | "updatedAt" | "teamId" | "regionId" | "publicId">>;

export interface Actor {
  userId: string;
  role: RoleCode;
}

type CollectionRoute = z.infer<typeof collectionRouteSchema>;

export type PlannedEvent = { [T in EventType]: { type: T; payload: EventPayloads[T] } }[EventType];

export interface TransitionPlan {
  /** The collection's columns that change (the caller also bumps `version`). */
  data: Prisma.CollectionUncheckedUpdateManyInput;
  history: Omit<Prisma.CollectionValidationUncheckedCreateInput, "collectionId" | "createdAt">;
  events: PlannedEvent[];
}

const json = <T>(list: T[] | null | undefined) => (list?.length ? JSON.stringify(list) : null);

/** The review's columns of the history row. */
function reviewColumns(review: Review) {
  return {
    verificationMethod: review.metadata?.method ?? null,
    verifiedAt: review.metadata?.verifiedAt ?? null,
    verificationPlace: review.metadata?.place ?? null,
    priorityLevel: review.priorityLevel ?? null,
    requiresFieldVerification: review.requiresFieldVerification ?? null,
    requiresDataCorrection: review.requiresDataCorrection ?? null,
    requiresAdditionalDocumentation: review.requiresAdditionalDocumentation ?? null,
    validationDeadline: review.validationDeadline ?? null,
  };
}

type Change = Omit<TransitionPlan, "history"> & {
  history: Omit<TransitionPlan["history"], "actorId" | "actorRole" | "fromStatus" | "durationSeconds">;
};

function submit(current: CurrentState, workflow: { version: number; levels: WorkflowLevel[] }, now: Date): Change {
  const resubmission = current.status === "RETURNED";
  const revision = resubmission ? current.revision + 1 : current.revision;
  return {
    data: {
      status: "SUBMITTED",
      pendingLevel: 1,
      revision,
      isResubmission: resubmission,
      workflowVersion: workflow.version,
      workflowLevels: JSON.stringify(workflow.levels),
      submittedAt: now,
      validatedAt: null,
    },
    history: { action: resubmission ? "RESUBMIT" : "SUBMIT", level: null, toStatus: "SUBMITTED", revision },
    events: [
      {
        type: "tradeflow.collection.submitted",
        payload: {
          collectionId: current.id,
          collectorId: String(current.collectorId),
          revision,
          isResubmission: resubmission,
          pendingLevel: 1,
        },
      },
    ],
  };
}

function change(current: CurrentState, action: TransitionAction, actor: Actor, now: Date): Change {
  const levels = levelsOf({ workflowLevels: current.workflowLevels ?? null });
  const level = current.pendingLevel ?? null;
  const revision = current.revision;
  const collectionId = current.id;
  switch (action.kind) {
    case "submit":
      return submit(current, action.workflow, now);
    case "approve": {
      const final = level !== null && level >= levels.length;
      const validated: PlannedEvent[] = final
        ? [
            {
              type: "tradeflow.collection.validated",
              payload: { collectionId, collectorId: String(current.collectorId), validatedAt: now.toISOString() },
            },
          ]
        : [];
      return {
        data: final
          ? { status: "VALIDATED", pendingLevel: null, validatedAt: now }
          : { pendingLevel: (level ?? 0) + 1 },
        history: {
          action: "APPROVE",
          level,
          toStatus: final ? "VALIDATED" : "SUBMITTED",
          revision,
          score: action.score ?? null,
          notes: action.notes ?? null,
          qualityIssues: json(action.qualityIssues),
          ...reviewColumns(action),
        },
        events: [
          {
            type: "tradeflow.collection.approved",
            payload: { collectionId, level: level ?? 0, score: action.score ?? null, validatorId: actor.userId, final },
          },
          ...validated,
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
          revision,
          rejectionReason: action.reason,
          notes: action.notes ?? null,
          qualityIssues: json(action.qualityIssues),
          ...reviewColumns(action),
        },
        events: [
          {
            type: "tradeflow.collection.rejected",
            payload: { collectionId, level: level ?? 0, reason: action.reason, validatorId: actor.userId },
          },
        ],
      };
    case "return":
      return {
        data: { status: "RETURNED", pendingLevel: null },
        history: {
          action: "RETURN",
          level,
          toStatus: "RETURNED",
          revision,
          correctionInstructions: action.instructions,
          fieldComments: json(action.fieldComments),
          qualityIssues: json(action.qualityIssues),
          ...reviewColumns(action),
        },
        events: [
          {
            type: "tradeflow.collection.returned",
            payload: { collectionId, level: level ?? 0, validatorId: actor.userId },
          },
        ],
      };
    case "reopen":
      return {
        data: { status: "SUBMITTED", pendingLevel: levels.length, validatedAt: null },
        history: { action: "REOPEN", level: levels.length, toStatus: "SUBMITTED", revision, notes: action.reason },
        events: [
          {
            type: "tradeflow.collection.reopened",
            payload: { collectionId, reason: action.reason, validatorId: actor.userId },
          },
        ],
      };
  }
}

/**
 * Plans one transition by `actor` at `now`. The history row records who acted, from which status, and
 * how long the collection waited since its last change (null when that is unknown).
 */
export function planTransition(
  current: CurrentState,
  action: TransitionAction,
  actor: Actor,
  now: Date,
): TransitionPlan {
  const { data, history, events } = change(current, action, actor, now);
  const route = routeAfter(current, action, data, history.toStatus);
  const waited = current.updatedAt ? Math.round((now.getTime() - current.updatedAt.getTime()) / 1000) : null;
  return {
    data,
    history: {
      ...history,
      actorId: Number(actor.userId),
      actorRole: actor.role,
      fromStatus: current.status,
      durationSeconds: waited === null ? null : Math.max(0, waited),
    },
    // Every collection event says where the workflow stands now, so readers need not ask tradeflow.
    events: events.map((event) => ({ ...event, payload: { ...event.payload, route } }) as PlannedEvent),
  };
}

/** The collection's team, region and status change, and the level (and its role) pending after `data`. */
function routeAfter(
  current: CurrentState,
  action: TransitionAction,
  data: TransitionPlan["data"],
  toStatus: string,
): CollectionRoute {
  const levels =
    action.kind === "submit" ? action.workflow.levels : levelsOf({ workflowLevels: current.workflowLevels ?? null });
  const pendingLevel = data.pendingLevel === undefined ? (current.pendingLevel ?? null) : data.pendingLevel;
  const pending = typeof pendingLevel === "number" ? levels.find((level) => level.level === pendingLevel) : undefined;
  return {
    publicId: current.publicId ?? null,
    collectorId: String(current.collectorId),
    teamId: current.teamId == null ? null : String(current.teamId),
    regionId: current.regionId == null ? null : String(current.regionId),
    fromStatus: current.status,
    toStatus,
    pending: pending ? { level: pending.level, role: pending.role as RoleCode } : null,
  };
}
