/** Parent types of the model subgraph's resolvers: Prisma rows (see codegen.ts). */
export type { Product as ProductRow } from "#shared/db/client.js";
