import { PrismaMariaDb } from "@prisma/adapter-mariadb";
import mariadb from "mariadb";
import { PrismaClient } from "./generated/client.js";
import { connectionOptions } from "./connection-options.js";

export * from "./generated/client.js";
// In a module of its own so the HTTP error handling can use it without loading the client.
export { isDatabaseUnavailable } from "./unavailable.js";

/** A transaction client, as handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface DbOptions {
  /** Called for every SQL statement Prisma sends (used to count statements in tests and benchmarks). */
  onQuery?: (sql: string, durationMs: number) => void;
  connectionLimit?: number;
}

type QueryOf<T extends { query: unknown }> = T["query"];

/**
 * How the statements of Prisma's mariadb adapter reach the driver, with two changes that leave every value the
 * same (tests/integration/db-decoding.test.ts):
 * - No `typeCast` callback. The adapter sends one with every statement only to read GEOMETRY columns as buffers;
 *   no column of ours is one. With a callback the driver decodes each value of each row through it, building a
 *   bound function per value; without one, it decodes with the same parser directly (bench/README.md, finding
 *   59: 50 collection rows 0.68 → 0.44 CPU ms in the driver). A GEOMETRY value is now refused.
 * - No empty list of values. The adapter passes its arguments even when there are none; with a list, the
 *   driver encodes the whole text and scans it byte by byte in JavaScript for `?` placeholders before sending
 *   it; without one it sends the text as it is (finding 63: the sync's 530 KB multi-row INSERT 3.7 → 1.6 CPU
 *   ms). A statement with no values has no placeholder to fill: the server reads the same text either way.
 * Applied to the pool and to the connections it lends (transactions).
 */
export function leanStatements<Queryable extends { query: QueryOf<mariadb.Connection> }>(queryable: Queryable) {
  const query = queryable.query.bind(queryable) as (sql: unknown, values?: unknown) => Promise<unknown>;
  queryable.query = ((sql: unknown, values?: unknown) =>
    query(
      typeof sql === "object" && sql !== null && "typeCast" in sql ? { ...sql, typeCast: undefined } : sql,
      Array.isArray(values) && values.length === 0 ? undefined : values,
    )) as QueryOf<mariadb.Connection>;
  return queryable;
}

function leanPool(config: mariadb.PoolConfig): mariadb.Pool {
  const pool = leanStatements(mariadb.createPool(config));
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = async () => leanStatements(await getConnection());
  return pool;
}

export function createDb(databaseUrl: string, options: DbOptions = {}): PrismaClient {
  const config: mariadb.PoolConfig = {
    ...connectionOptions(databaseUrl),
    connectionLimit: options.connectionLimit ?? 10,
    // What the adapter sets on a pool of its own: no prepared statements kept (none are made, below).
    prepareCacheLength: 0,
  };
  const adapterOf = (pool: mariadb.Pool) =>
    new PrismaMariaDb(pool, {
      // One round trip per statement: the binary protocol prepares, executes and closes each statement
      // (the adapter disables the prepared-statement cache), tripling the latency of every query.
      useTextProtocol: true,
      // The client's $disconnect ends the pool, as it did when the adapter made it.
      disposeExternalPool: true,
    });
  // As when the adapter made its pool: none is opened before the first query, and each connect has its own.
  // (A factory given settings opens nothing until connect(): this one only names the adapter.)
  const { provider, adapterName } = new PrismaMariaDb(config);
  const adapter: Pick<PrismaMariaDb, "provider" | "adapterName" | "connect"> = {
    provider,
    adapterName,
    connect: () => adapterOf(leanPool(config)).connect(),
  };
  const client = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: "event", level: "query" }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (client as unknown as { $on(e: "query", cb: (event: { query: string; duration: number }) => void): void }).$on(
      "query",
      (event) => onQuery(event.query, event.duration),
    );
  }
  return client;
}

/** True when `error` is Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** A delete or write refused by a foreign key (a row still refers to the one being removed). */
export function isForeignKeyViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === "P2003" || /foreign key constraint/i.test(String((error as { message?: unknown }).message ?? ""));
}
