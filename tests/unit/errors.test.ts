import { test } from "node:test";
import assert from "node:assert/strict";
import { pino } from "pino";
import { maskFormattedError } from "#shared/graphql/errors.js";
import { GraphQLError } from "graphql";
import { errorReportingPlugin, maskingFormatError } from "#shared/http/error-handling.js";
import { localizeMessage } from "#shared/i18n/messages.js";

test("errors with a public code keep their message but lose internal extensions", () => {
  const { error, masked } = maskFormattedError({
    message: "Collection not found",
    path: ["collection"],
    extensions: { code: "NOT_FOUND", stacktrace: ["at x"], serviceName: "tradeflow", exception: { sql: "SELECT" } },
  });
  assert.equal(masked, false);
  assert.deepEqual(error.extensions, { code: "NOT_FOUND" });
  assert.equal(error.message, "Collection not found");
});

test("anything else becomes a generic INTERNAL_SERVER_ERROR", () => {
  const { error, masked } = maskFormattedError({
    message: "Invalid `prisma.user.findMany()` invocation: Can't reach database server at 10.0.0.3",
    extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["PrismaClientKnownRequestError: …"] },
  });
  assert.equal(masked, true);
  assert.deepEqual(error, {
    message: "Internal server error",
    path: undefined,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  });
  assert.equal(maskFormattedError({ message: "boom" }).error.message, "Internal server error");
});

test("SERVICE_UNAVAILABLE keeps the name of the subgraph that is down (and no other code does)", () => {
  const { error } = maskFormattedError({
    message: "The model service is unavailable; the fields it provides are missing",
    path: ["collections", "nodes"],
    extensions: { code: "SERVICE_UNAVAILABLE", serviceName: "model", stacktrace: ["at x"] },
  });
  assert.deepEqual(error.extensions, { code: "SERVICE_UNAVAILABLE", serviceName: "model" });
});

test("a database that cannot be reached is SERVICE_UNAVAILABLE without detail; other database errors stay masked", () => {
  const format = maskingFormatError;
  const formatted = { message: "Invalid `db.collection.findMany()` invocation … pool timeout", path: ["collections"] };
  const poolTimeout = Object.assign(new Error("pool timeout"), {
    code: "P2039",
    meta: { driverAdapterError: { cause: { code: 45028, message: "pool timeout: failed to retrieve a connection" } } },
  });
  assert.deepEqual(format(formatted, poolTimeout), {
    message: "The database is unavailable; try again shortly",
    path: ["collections"],
    extensions: { code: "SERVICE_UNAVAILABLE" },
  });
  const cutOff = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
  assert.equal(format(formatted, cutOff).extensions?.code, "SERVICE_UNAVAILABLE");
  const syntax = Object.assign(new Error("You have an error in your SQL syntax"), {
    code: "P2010",
    meta: { driverAdapterError: { cause: { code: 1064 } } },
  });
  assert.equal(format(formatted, syntax).extensions?.code, "INTERNAL_SERVER_ERROR");
});

// The shapes below are those the services met with MariaDB SIGKILLed under load
// (tests/resilience/mariadb-restart.test.ts); each was an INTERNAL_SERVER_ERROR before.
test("every shape of a lost database is SERVICE_UNAVAILABLE: a cut-off COMMIT, no connection in maxWait, the driver's own; not an expired transaction", () => {
  const code = (error: unknown) =>
    maskingFormatError({ message: "x", path: ["createCollection"] }, error).extensions?.code;
  // Prisma passes the adapter's error on unwrapped when a transaction's COMMIT fails.
  const commitCutOff = Object.assign(new Error("socket has unexpectedly been closed"), {
    name: "DriverAdapterError",
    cause: { kind: "mysql", code: 45009, message: "socket has unexpectedly been closed", state: "08S01" },
  });
  assert.equal(code(commitCutOff), "SERVICE_UNAVAILABLE");
  // No connection within the transaction's maxWait (2 s; the pool itself waits 10 s for a server that is down).
  const noConnectionInTime = Object.assign(
    new Error("Transaction API error: Unable to start a transaction in the given time."),
    { code: "P2028" },
  );
  assert.equal(code(noConnectionInTime), "SERVICE_UNAVAILABLE");
  const tooMany = Object.assign(new Error("Too many database connections opened"), {
    code: "P2037",
    meta: { driverAdapterError: { cause: { kind: "TooManyConnections", cause: "Too many connections" } } },
  });
  assert.equal(code(tooMany), "SERVICE_UNAVAILABLE");
  const driverSocketClosed = Object.assign(new Error("socket has unexpectedly been closed"), {
    name: "SqlError",
    errno: 45009,
    code: "ER_SOCKET_UNEXPECTED_CLOSE",
  });
  assert.equal(code(driverSocketClosed), "SERVICE_UNAVAILABLE");
  // Our own mistakes stay internal: a transaction used after its commit, a constraint the adapter reports.
  const usedAfterCommit = Object.assign(
    new Error(
      "Transaction API error: Transaction already closed: A query cannot be executed on a committed transaction.",
    ),
    { code: "P2028" },
  );
  assert.equal(code(usedAfterCommit), "INTERNAL_SERVER_ERROR");
  // An expired transaction may be our own slow work in it as well as a slow server: internal, and logged.
  const expired = Object.assign(
    new Error("Transaction API error: A query cannot be executed on an expired transaction. The timeout …"),
    { code: "P2028" },
  );
  assert.equal(code(expired), "INTERNAL_SERVER_ERROR");
  const notTheDriver = Object.assign(new Error("some library's own error"), { errno: 45009 });
  assert.equal(code(notTheDriver), "INTERNAL_SERVER_ERROR");
  const adapterSyntax = Object.assign(new Error("syntax"), {
    name: "DriverAdapterError",
    cause: { kind: "mysql", code: 1064 },
  });
  assert.equal(code(adapterSyntax), "INTERNAL_SERVER_ERROR");
  const systemErrno = Object.assign(new Error("read failed"), { errno: -104 });
  assert.equal(code(systemErrno), "INTERNAL_SERVER_ERROR");
});

test("the database's unavailability is said in the request's language", () => {
  assert.equal(
    localizeMessage("The database is unavailable; try again shortly", "fr"),
    "La base de données est indisponible ; réessayez dans un instant",
  );
});

test("masked errors are logged with their request's trace id; the caller's own errors are not logged", async () => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const listener = await errorReportingPlugin(logger).requestDidStart!({} as never);
  const internal = new GraphQLError("boom", { path: ["collections"], originalError: new Error("SQL syntax near x") });
  const refused = new GraphQLError("Not allowed", { extensions: { code: "FORBIDDEN" } });
  const poolTimeout = Object.assign(new Error("pool timeout"), { code: "ECONNRESET" });
  const unavailable = new GraphQLError("db", { path: ["users"], originalError: poolTimeout });
  await listener!.didEncounterErrors!({
    errors: [internal, refused, unavailable],
    contextValue: { traceId: "t-1" },
  } as never);
  assert.deepEqual(
    lines.map((line) => [line.level, line.msg, line.traceId, line.path, (line.err as { message: string }).message]),
    [
      [50, "internal error masked", "t-1", ["collections"], "SQL syntax near x"],
      [40, "database unavailable", "t-1", ["users"], "pool timeout"],
    ],
  );
});

test("Apollo's own failure around a request (a plugin threw, the APQ store is down) is logged with the trace id", async () => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  await errorReportingPlugin(logger).unexpectedErrorProcessingRequest!({
    requestContext: { contextValue: { traceId: "t-2" } },
    error: new Error("redis: connection refused"),
  } as never);
  assert.deepEqual(
    lines.map((line) => [line.level, line.msg, line.traceId, (line.err as { message: string }).message]),
    [[50, "internal error masked", "t-2", "redis: connection refused"]],
  );
});
