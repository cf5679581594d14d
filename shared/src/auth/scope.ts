import type { UserClaims } from "./claims.js";

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
 * Whether the caller created the record (`creatorId`: its collector, author, …). The one comparison
 * behind ownership rules: a collector edits only their own collection, and never validates it
 * (separation of duties; see docs/permissions.md).
 */
export function isOwnRecord(viewer: UserClaims, creatorId: string | number): boolean {
  return String(creatorId) === viewer.userId;
}
