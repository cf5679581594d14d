import { z } from "zod";

export const ROLES = ["SUPER_ADMIN", "ADMIN", "AGENT", "TEAM_LEAD", "SUPERVISOR", "ANALYST"] as const;
export type RoleCode = (typeof ROLES)[number];

/** Role ids of the original system (3/4/5 are fixed by the field programmes). */
export const ROLE_IDS: Record<RoleCode, number> = {
  SUPER_ADMIN: 1,
  ADMIN: 2,
  AGENT: 3,
  TEAM_LEAD: 4,
  SUPERVISOR: 5,
  ANALYST: 6,
};

export function roleFromId(id: number): RoleCode {
  const role = ROLES.find((code) => ROLE_IDS[code] === id);
  if (!role) throw new Error(`unknown role id ${id}`);
  return role;
}

/** Who is calling, as verified by the gateway and forwarded to the subgraphs. */
export const userClaimsSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES),
  permissions: z.array(z.string()).default([]),
  teamId: z.string().nullable().default(null),
  regionIds: z.array(z.string()).default([]),
  sessionId: z.string().min(1),
  /** Set after an administrator's reset: only changePassword, logout and `me` are open until then. */
  mustChangePassword: z.boolean().default(false),
});
export type UserClaims = z.infer<typeof userClaimsSchema>;
