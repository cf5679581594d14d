/**
 * MariaDB connector codes that mean the server is gone or unreachable (connection closed, socket closed
 * or timed out, no connection from the pool in time, the first connection timing out, the pool closing
 * or closed while a request still ran, as during a shutdown) and server codes for too many connections, a
 * shutdown, a query interrupted by it, a killed or aborted connection and a network read or write error.
 */
const UNAVAILABLE_DRIVER_CODES = new Set([
  45001, 45004, 45009, 45012, 45013, 45019, 45026, 45027, 45028, 45035, 45037, 45039, 45042, 1040, 1053, 1152, 1158,
  1159, 1160, 1161, 1203, 1317, 1927,
]);
/**
 * Prisma's own (cannot reach the server, it closed the connection, pool timeout, too many connections)
 * and the socket errors Prisma passes through as the code of a query cut off mid-flight.
 */
const UNAVAILABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "P2037",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
]);
/**
 * Prisma's transaction error (P2028) for no connection within the transaction's `maxWait`: the pool waits
 * longer for a server that is down, and a pool that every request holds is as unavailable. Its other P2028
 * errors stay internal: a transaction used after its commit or an invalid isolation level are mistakes of
 * the code, and an expired transaction says only that its `timeout` passed, which our own slow work in it
 * can cause as well as a slow server (a retry would fail alike; logged as an internal error, it is seen).
 */
const UNAVAILABLE_TRANSACTION_MESSAGE = /Unable to start a transaction in the given time/;

/** The driver adapter's error (`DriverAdapterError.cause`): the MariaDB code, or a kind Prisma names. */
interface AdapterCause {
  kind?: unknown;
  code?: unknown;
}

const isUnavailableCause = (cause: AdapterCause | undefined): boolean =>
  cause?.kind === "TooManyConnections" || (typeof cause?.code === "number" && UNAVAILABLE_DRIVER_CODES.has(cause.code));

/**
 * True when `error` says the database cannot be reached right now (a retry later may succeed). It comes
 * in four shapes: Prisma's own error with a code; Prisma's error wrapping the adapter's
 * (`meta.driverAdapterError`); the adapter's `DriverAdapterError` itself, which Prisma passes on unwrapped
 * when a transaction's COMMIT or ROLLBACK fails; and the mariadb driver's `SqlError` (`errno`), from code
 * that reads through the driver directly (row streams).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, name, message, errno, cause, meta } = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    errno?: unknown;
    cause?: AdapterCause;
    meta?: { driverAdapterError?: { cause?: AdapterCause } };
  };
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  if (code === "P2028" && UNAVAILABLE_TRANSACTION_MESSAGE.test(String(message))) return true;
  if (isUnavailableCause(meta?.driverAdapterError?.cause)) return true;
  if (name === "DriverAdapterError" && isUnavailableCause(cause)) return true;
  return name === "SqlError" && typeof errno === "number" && UNAVAILABLE_DRIVER_CODES.has(errno);
}
