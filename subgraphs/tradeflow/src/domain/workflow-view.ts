import type { CollectionValidation } from "#shared/db/client.js";
import type { CollectionRow, CollectionWorkflowView, WorkflowLevelStateView } from "../mappers.js";
import type { WorkflowLevel } from "../clients/trade-support.js";
import { levelsOf } from "./abilities.js";

/**
 * Each level's state in the current revision, from the history: approved, rejected or returned by
 * whom and when; pending for the level waiting; waiting for the levels after it. A draft shows the
 * levels of the published workflow it will go through.
 */
export function workflowView(
  collection: CollectionRow,
  history: CollectionValidation[],
  published: WorkflowLevel[],
): CollectionWorkflowView {
  const levels = collection.workflowLevels ? levelsOf(collection) : published;
  const states = new Map<number, { state: WorkflowLevelStateView["state"]; validation: CollectionValidation | null }>();
  for (const entry of history.filter((e) => e.revision === collection.revision && e.level !== null)) {
    const level = entry.level!;
    if (entry.action === "APPROVE") states.set(level, { state: "APPROVED", validation: entry });
    else if (entry.action === "REJECT") states.set(level, { state: "REJECTED", validation: entry });
    else if (entry.action === "RETURN") states.set(level, { state: "RETURNED", validation: entry });
    else if (entry.action === "REOPEN") states.set(level, { state: "PENDING", validation: null });
  }
  const current = collection.status === "SUBMITTED" ? collection.pendingLevel : null;
  return {
    workflowVersion: collection.workflowVersion,
    currentLevel: current,
    levels: levels.map((level) => {
      const known = states.get(level.level);
      const state =
        current === level.level
          ? "PENDING"
          : current !== null && level.level > current
            ? "WAITING"
            : (known?.state ?? "WAITING");
      return {
        ...level,
        state,
        validation: state === "PENDING" || state === "WAITING" ? null : (known?.validation ?? null),
      };
    }),
  };
}
