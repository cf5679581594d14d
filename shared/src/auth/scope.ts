import type { UserClaims } from "./claims.js";
import { forbidden } from "../graphql/errors.js";

/**
 * Row scope: which records a caller may see. AGENT → own records; TEAM_LEAD → own team; SUPERVISOR →
 * own regions; ADMIN, SUPER_ADMIN and ANALYST → everything (read). Services turn a scope into their
 * own query conditions; a record outside it is reported as NOT_FOUND, so its existence never leaks.
 */
export type RowScope =
  | { kind: "all" }
  | { kind: "own"; userId: number; teamId: number | null }
  | { kind: "team"; userId: number; teamId: number | null }
  | { kind: "regions"; userId: number; regionIds: number[] };

export function rowScopeOf(viewer: UserClaims): RowScope {
  const userId = Number(viewer.userId);
  const teamId = viewer.teamId === null ? null : Number(viewer.teamId);
  switch (viewer.role) {
    case "SUPER_ADMIN":
    case "ADMIN":
    case "ANALYST":
      return { kind: "all" };
    case "AGENT":
      return { kind: "own", userId, teamId };
    case "TEAM_LEAD":
      return { kind: "team", userId, teamId };
    case "SUPERVISOR":
      return { kind: "regions", userId, regionIds: viewer.regionIds.map(Number) };
  }
}

/**
 * Separation of duties: nobody acts on a record they created where the workflow forbids it
 * (a collector never validates their own collection).
 */
export function assertNotOwnRecord(viewer: UserClaims, creatorId: string | number, action: string): void {
  if (String(creatorId) === viewer.userId) throw forbidden(`You cannot ${action} a record you created`);
}
