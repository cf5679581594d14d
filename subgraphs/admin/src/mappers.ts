/** Parent types of the admin subgraph's resolvers: Prisma rows (see codegen.ts). */
export type { User as UserRow, Team as TeamRow, Region as RegionRow } from "#shared/db/client.js";
