/**
 * MariaDB connector codes that mean the server is gone or unreachable (connection closed, socket closed
 * or timed out, no connection from the pool in time) and server codes for a shutdown or killed connection.
 */
const UNAVAILABLE_DRIVER_CODES = new Set([
  45001, 45004, 45009, 45012, 45013, 45019, 45026, 45028, 45042, 1040, 1053, 1927,
]);
/**
 * Prisma's own (cannot reach the server, it closed the connection, pool timeout) and the socket errors
 * Prisma passes through as the code of a query cut off mid-flight.
 */
const UNAVAILABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
]);

/** True when `error` says the database cannot be reached right now (a retry later may succeed). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { code?: unknown } } } };
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  const driverCode = meta?.driverAdapterError?.cause?.code;
  return typeof driverCode === "number" && UNAVAILABLE_DRIVER_CODES.has(driverCode);
}
