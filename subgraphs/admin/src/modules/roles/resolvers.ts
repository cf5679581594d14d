import { ROLE_IDS, ROLES } from "#shared/auth/claims.js";
import { ROLE_PERMISSIONS } from "#shared/auth/permissions.js";
import type { Resolvers } from "../../generated/resolvers-types.js";

export const roleResolvers: Resolvers = {
  Query: {
    roles: async (_parent, _args, context) => {
      const rows = await context.db.role.findMany({ orderBy: { id: "asc" } });
      return ROLES.map((code) => {
        const row = rows.find((role) => role.id === ROLE_IDS[code]);
        return {
          id: ROLE_IDS[code],
          code,
          name: row?.name ?? code,
          description: row?.description ?? null,
          permissions: ROLE_PERMISSIONS[code],
        };
      });
    },
  },
};
