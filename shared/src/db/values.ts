import * as runtime from "@prisma/client/runtime/client";

/**
 * `Prisma.Decimal` and Prisma's tagged SQL without the generated client, which takes about half a second
 * to load: the pure domain modules import these, so the unit suite never loads the client. They are the
 * very runtime objects the client's `Prisma` namespace holds, so values pass between the two unchanged.
 */
export const Prisma = {
  Decimal: runtime.Decimal,
  sql: runtime.sqltag,
  join: runtime.join,
};

// eslint-disable-next-line @typescript-eslint/no-namespace -- the types that go with the values above
export declare namespace Prisma {
  type Decimal = runtime.Decimal;
  type Sql = runtime.Sql;
}
