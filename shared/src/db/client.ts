import { PrismaMariaDb } from "@prisma/adapter-mariadb";
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

export function createDb(databaseUrl: string, options: DbOptions = {}): PrismaClient {
  const adapter = new PrismaMariaDb(
    { ...connectionOptions(databaseUrl), connectionLimit: options.connectionLimit ?? 10 },
    // One round trip per statement: the binary protocol prepares, executes and closes each statement
    // (the adapter disables the prepared-statement cache), tripling the latency of every query.
    { useTextProtocol: true },
  );
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
