import type { UserClaims } from "#shared/auth/claims.js";
import { isOwnRecord } from "#shared/auth/scope.js";
import { domainError } from "#shared/graphql/errors.js";
import type { CollectionRow } from "../mappers.js";
import type { WorkflowLevel } from "../clients/trade-support.js";

/**
 * What a caller may do with a collection they can see, given its state and who recorded it: the
 * state- and ownership-dependent layer of docs/permissions.md. graphql-shield has already checked
 * that their role may call the operation, and row scope that the collection exists for them, so
 * nothing here repeats either. Pure: the services turn a refusal into an error, and the `can*` fields
 * show the same answers to clients.
 */

export type Refusal = { code: "FORBIDDEN" | "CONFLICT"; message: string };

export type OwnAction = "edit" | "delete" | "submit";

type Row = Pick<CollectionRow, "collectorId" | "status" | "pendingLevel" | "workflowLevels">;

export function levelsOf(collection: Pick<CollectionRow, "workflowLevels">): WorkflowLevel[] {
  return collection.workflowLevels ? (JSON.parse(collection.workflowLevels) as WorkflowLevel[]) : [];
}

const PAST_TENSE: Record<OwnAction, string> = { edit: "edited", delete: "deleted", submit: "submitted" };

/** The collector's own actions: only on their own collection, a draft (or a returned one, except delete). */
export function ownActionRefusal(viewer: UserClaims, collection: Row, action: OwnAction): Refusal | null {
  if (!isOwnRecord(viewer, collection.collectorId)) {
    return { code: "FORBIDDEN", message: `Only the collector can ${action} a collection` };
  }
  const allowed = action === "delete" ? ["DRAFT"] : ["DRAFT", "RETURNED"];
  if (!allowed.includes(collection.status)) {
    return {
      code: "CONFLICT",
      message: `A ${collection.status.toLowerCase()} collection cannot be ${PAST_TENSE[action]}`,
    };
  }
  return null;
}

/** A returned collection may be corrected during EDIT_WINDOW_HOURS (0: no limit) after it was returned. */
export function editWindowRefusal(
  collection: Pick<CollectionRow, "status" | "updatedAt">,
  editWindowHours: number,
  now: Date,
): Refusal | null {
  if (collection.status !== "RETURNED" || editWindowHours <= 0) return null;
  if (now.getTime() - collection.updatedAt.getTime() <= editWindowHours * 3_600_000) return null;
  return {
    code: "FORBIDDEN",
    message: `The ${editWindowHours} h correction window has passed; ask your team lead to return it again`,
  };
}

/**
 * Whether the caller may decide at the collection's pending level: it must be submitted, the level's
 * role must be theirs, and it must not be their own collection (separation of duties).
 */
export function decisionRefusal(viewer: UserClaims, collection: Row): Refusal | null {
  if (collection.status !== "SUBMITTED" || collection.pendingLevel === null) {
    return {
      code: "CONFLICT",
      message: `A ${collection.status.toLowerCase()} collection is not waiting for a decision`,
    };
  }
  const level = levelsOf(collection)[collection.pendingLevel - 1];
  if (!level || level.role !== viewer.role) {
    return {
      code: "FORBIDDEN",
      message: `Level ${collection.pendingLevel} is decided by a ${level?.role ?? "validator"}`,
    };
  }
  if (isOwnRecord(viewer, collection.collectorId)) {
    return { code: "FORBIDDEN", message: "You cannot validate a collection you recorded" };
  }
  return null;
}

/** Reopening is the last level's role (the supervisor by default), validated collections only, never one's own. */
export function reopenRefusal(viewer: UserClaims, collection: Row): Refusal | null {
  if (collection.status !== "VALIDATED")
    return { code: "CONFLICT", message: "Only a validated collection can be reopened" };
  const last = levelsOf(collection).at(-1);
  if (!last || last.role !== viewer.role) {
    return { code: "FORBIDDEN", message: `Only a ${last?.role ?? "supervisor"} can reopen it` };
  }
  if (isOwnRecord(viewer, collection.collectorId)) {
    return { code: "FORBIDDEN", message: "You cannot reopen a collection you recorded" };
  }
  return null;
}

/** The `can*` fields of a collection: the refusals above, as booleans. */
export function abilities(viewer: UserClaims | null, collection: Row) {
  const may = (refusal: (viewer: UserClaims) => Refusal | null) => viewer !== null && refusal(viewer) === null;
  const decide = may((v) => decisionRefusal(v, collection));
  return {
    canEdit: may((v) => ownActionRefusal(v, collection, "edit")),
    canDelete: may((v) => ownActionRefusal(v, collection, "delete")),
    canSubmit: may((v) => ownActionRefusal(v, collection, "submit")),
    canApprove: decide,
    canReject: decide,
    canReturn: decide,
    canReopen: may((v) => reopenRefusal(v, collection)),
  };
}

/** A refusal as the GraphQL error the caller sees (a CONFLICT names the `status` field). */
export function refuse(refusal: Refusal): never {
  throw domainError(refusal.code, refusal.message, refusal.code === "CONFLICT" ? { field: "status" } : {});
}

/**
 * Whether a report (or statistic) may count collections still pending validation: for those who
 * validate them, and administrators; analysts' figures are official, validated ones only.
 */
export function pendingFiguresRefusal(viewer: UserClaims): Refusal | null {
  return ["TEAM_LEAD", "SUPERVISOR", "ADMIN", "SUPER_ADMIN"].includes(viewer.role)
    ? null
    : { code: "FORBIDDEN", message: "Only validators and administrators may include collections pending validation" };
}
