import type { RoleCode } from "./claims.js";

/** Coarse permissions carried in the access token, for clients to shape their UI; the rules stay in each subgraph. */
export const PERMISSIONS = {
  usersManage: "users:manage",
  referenceManage: "reference:manage",
  configManage: "config:manage",
  collectionsCreate: "collections:create",
  collectionsValidateLevel1: "collections:validate:1",
  collectionsValidateLevel2: "collections:validate:2",
  collectionsReadAll: "collections:read:all",
  statisticsRead: "statistics:read",
} as const;

const P = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<RoleCode, string[]> = {
  SUPER_ADMIN: [P.usersManage, P.referenceManage, P.configManage, P.collectionsReadAll, P.statisticsRead],
  ADMIN: [P.usersManage, P.referenceManage, P.configManage, P.collectionsReadAll, P.statisticsRead],
  AGENT: [P.collectionsCreate],
  TEAM_LEAD: [P.collectionsValidateLevel1, P.statisticsRead],
  SUPERVISOR: [P.collectionsValidateLevel2, P.statisticsRead],
  ANALYST: [P.collectionsReadAll, P.statisticsRead],
};
