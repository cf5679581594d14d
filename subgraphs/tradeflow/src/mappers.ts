/** Parent types of the tradeflow subgraph's resolvers: Prisma rows and references (see codegen.ts). */
export type { Collection as CollectionRow, CollectionItem as CollectionItemRow } from "#shared/db/client.js";

/** A user owned by admin; tradeflow knows only the id. */
export interface UserReference {
  id: string;
}

/** A product owned by model; tradeflow knows only the id. */
export interface ProductReference {
  id: string;
}
