import { test } from "node:test";
import assert from "node:assert/strict";
import { maskFormattedError } from "#shared/graphql/errors.js";

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
  assert.deepEqual(error, { message: "Internal server error", path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  assert.equal(maskFormattedError({ message: "boom" }).error.message, "Internal server error");
});
