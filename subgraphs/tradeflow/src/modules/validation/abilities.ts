import type { UserClaims } from "#shared/auth/claims.js";
import type { CollectionRow } from "../../mappers.js";
import type { WorkflowLevel } from "../../clients/trade-support.js";
import { isVisible } from "../collections/collections.service.js";

export function levelsOf(collection: Pick<CollectionRow, "workflowLevels">): WorkflowLevel[] {
  return collection.workflowLevels ? (JSON.parse(collection.workflowLevels) as WorkflowLevel[]) : [];
}

export type Refusal = { code: "FORBIDDEN" | "CONFLICT"; message: string };

/**
 * Whether the caller may decide at the collection's pending level: it must be submitted, the level's
 * role must be theirs, it must be in their team or regions, and it must not be their own collection.
 */
export function decisionRefusal(viewer: UserClaims, collection: CollectionRow): Refusal | null {
  if (collection.status !== "SUBMITTED" || collection.pendingLevel === null) {
    return { code: "CONFLICT", message: `A ${collection.status.toLowerCase()} collection is not waiting for a decision` };
  }
  const level = levelsOf(collection)[collection.pendingLevel - 1];
  if (!level || level.role !== viewer.role) {
    return { code: "FORBIDDEN", message: `Level ${collection.pendingLevel} is decided by a ${level?.role ?? "validator"}` };
  }
  if (collection.collectorId === Number(viewer.userId)) return { code: "FORBIDDEN", message: "You cannot validate a collection you recorded" };
  if (!isVisible(viewer, collection)) return { code: "FORBIDDEN", message: "This collection is outside your team or regions" };
  return null;
}

/** Reopening is the last level's role (the supervisor by default), in scope, never on one's own collection. */
export function reopenRefusal(viewer: UserClaims, collection: CollectionRow): Refusal | null {
  if (collection.status !== "VALIDATED") return { code: "CONFLICT", message: "Only a validated collection can be reopened" };
  const last = levelsOf(collection).at(-1);
  if (!last || last.role !== viewer.role) return { code: "FORBIDDEN", message: `Only a ${last?.role ?? "supervisor"} can reopen it` };
  if (collection.collectorId === Number(viewer.userId)) return { code: "FORBIDDEN", message: "You cannot reopen a collection you recorded" };
  if (!isVisible(viewer, collection)) return { code: "FORBIDDEN", message: "This collection is outside your regions" };
  return null;
}

export function abilities(viewer: UserClaims | null, collection: CollectionRow) {
  const own = viewer !== null && collection.collectorId === Number(viewer.userId);
  const editable = own && (collection.status === "DRAFT" || collection.status === "RETURNED");
  const decide = viewer !== null && decisionRefusal(viewer, collection) === null;
  return {
    canEdit: editable,
    canDelete: own && collection.status === "DRAFT",
    canSubmit: editable,
    canApprove: decide,
    canReject: decide,
    canReturn: decide,
    canReopen: viewer !== null && reopenRefusal(viewer, collection) === null,
  };
}
