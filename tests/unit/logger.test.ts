import { test } from "node:test";
import assert from "node:assert/strict";
import { GraphQLError } from "graphql";
import { createLogger } from "#shared/logger.js";

function capture() {
  const lines: string[] = [];
  const logger = createLogger("unit", "info", { write: (line: string) => void lines.push(line) });
  return { logger, lines, last: () => JSON.parse(lines.at(-1)!) as Record<string, any> };
}

test("a logged error with a huge body is truncated, and the line says how much was cut", () => {
  const { logger, lines, last } = capture();
  const error = new GraphQLError("400: Bad Request", {
    extensions: {
      response: {
        status: 400,
        body: { errors: [{ message: `Variable "$v" got invalid value "${"x".repeat(500_000)}"` }] },
      },
    },
  });
  logger.error(
    { err: error, variables: { v: "z".repeat(300_000) }, list: Array.from({ length: 1_000 }, (_, i) => i) },
    "boom",
  );
  assert.ok(lines[0]!.length < 10_000, `the line has ${lines[0]!.length} characters`);
  const line = last();
  assert.equal(line.err.type, "GraphQLError");
  assert.equal(line.err.message, "400: Bad Request");
  assert.match(line.err.extensions.response.body.errors[0].message, /…\[truncated 498\d{3} chars\]$/);
  assert.match(line.variables.v, /^z{2000}…\[truncated 298000 chars\]$/);
  assert.equal(line.list.length, 21);
  assert.equal(line.list[20], "[truncated 980 items]");
});

test("messages are capped too, and redaction still applies to the capped copy", () => {
  const { logger, last } = capture();
  logger.warn({ input: { password: "hunter2-hunter2", name: "ok" } }, "m".repeat(10_000));
  const line = last();
  assert.equal(line.input.password, "[redacted]");
  assert.equal(line.input.name, "ok");
  assert.match(line.msg, /^m{2000}…\[truncated 8000 chars\]$/);
});

test("small values are logged as they are", () => {
  const { logger, last } = capture();
  const at = new Date("2026-11-27T00:00:00Z");
  logger.info({ at, n: 3, nested: { a: [1, 2] } }, "fine");
  const line = last();
  assert.deepEqual(
    { at: line.at, n: line.n, nested: line.nested, msg: line.msg },
    { at: at.toISOString(), n: 3, nested: { a: [1, 2] }, msg: "fine" },
  );
});
