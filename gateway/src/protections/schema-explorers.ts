import type { RoleCode, UserClaims } from "#shared/auth/claims.js";

/**
 * The people who explore the schema in Sandbox or GraphiQL (analysts, administrators): they may introspect,
 * see field suggestions and send ad-hoc documents where trusted documents are required. Everyone else
 * uses the web and mobile apps, whose operations are in the manifest.
 */
export const SCHEMA_EXPLORER_ROLES: ReadonlySet<RoleCode> = new Set<RoleCode>(["ANALYST", "ADMIN", "SUPER_ADMIN"]);

export function isSchemaExplorer(viewer: UserClaims | null): boolean {
  return viewer !== null && SCHEMA_EXPLORER_ROLES.has(viewer.role);
}
