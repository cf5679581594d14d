import { hasRole, isAuthenticated, subgraphPermissions } from "#shared/auth/rules.js";

const agents = hasRole("AGENT");
const validators = hasRole("TEAM_LEAD", "SUPERVISOR");

/**
 * Deny by default; see docs/permissions.md. Row scope (own / team / regions / all, analysts
 * validated only) and the right to act at a level are applied by the services.
 */
export const permissions = subgraphPermissions({
  Query: {
    collection: isAuthenticated,
    collections: isAuthenticated,
    myValidationQueue: validators,
    collectionCounts: isAuthenticated,
    collectionHistory: isAuthenticated,
  },
  Mutation: {
    createCollection: agents,
    updateCollection: agents,
    deleteCollection: agents,
    submitCollection: agents,
    syncCollections: agents,
    approveCollection: validators,
    rejectCollection: validators,
    returnCollection: validators,
    reopenCollection: hasRole("SUPERVISOR"),
    bulkApproveCollections: validators,
    bulkRejectCollections: validators,
  },
  Collection: isAuthenticated,
  CollectionItem: isAuthenticated,
  CollectionControl: isAuthenticated,
  CollectionWorkflow: isAuthenticated,
  WorkflowLevelState: isAuthenticated,
  CollectionValidation: isAuthenticated,
  FieldComment: isAuthenticated,
  CollectionCounts: isAuthenticated,
  BulkActionResult: isAuthenticated,
  ActionError: isAuthenticated,
  SyncResult: isAuthenticated,
  CollectionConnection: isAuthenticated,
  CollectionEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  User: isAuthenticated,
  StaffActivity: isAuthenticated,
  Product: isAuthenticated,
  CollectionPoint: isAuthenticated,
  Country: isAuthenticated,
  City: isAuthenticated,
  Corridor: isAuthenticated,
  ReferenceCode: isAuthenticated,
  CommercialActor: isAuthenticated,
  Unit: isAuthenticated,
  ProductUnit: isAuthenticated,
});
