/** Parent types of the tradeflow subgraph's resolvers: Prisma rows and views (see codegen.ts). */
import type { Collection, CollectionValidation } from "#shared/db/client.js";
import type { Connection } from "#shared/graphql/pagination.js";
import type { IdOutput } from "#shared/graphql/scalars.js";

export type CollectionConnectionResult = Connection<Collection>;
export type { StaffActivityView } from "./modules/staff-activity/staff-activity.service.js";

export type {
  Collection as CollectionRow,
  CollectionItem as CollectionItemRow,
  CollectionControl as CollectionControlRow,
  CollectionValidation as CollectionValidationRow,
  Report as ReportRow,
} from "#shared/db/client.js";

/** An entity of another subgraph: tradeflow knows only its id (the column as read; ID serializes it). */
export interface EntityReference {
  id: IdOutput;
}

/** A model unit known by its code (general units) or by product and code (local units). */
export interface UnitReference {
  code: string;
}

export interface ProductUnitReference {
  productId: IdOutput;
  code: string;
}

export interface UserReference {
  id: string;
}

export interface WorkflowLevelStateView {
  level: number;
  role: string;
  name: string;
  state: "WAITING" | "PENDING" | "APPROVED" | "REJECTED" | "RETURNED";
  validation: CollectionValidation | null;
}

export interface CollectionWorkflowView {
  workflowVersion: number | null;
  currentLevel: number | null;
  levels: WorkflowLevelStateView[];
}

export interface ActionErrorView {
  code: string;
  message: string;
  field: string | null;
}

export interface BulkActionResultView {
  id: string;
  ok: boolean;
  collection: Collection | null;
  error: ActionErrorView | null;
}

export interface SyncResultView {
  clientId: string;
  outcome: "CREATED" | "DUPLICATE" | "REJECTED";
  collection: Collection | null;
  error: ActionErrorView | null;
}
