import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createDb } from "#shared/db/client.js";
import { createLogger } from "#shared/logger.js";
import { startGateway } from "../../gateway/src/server.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import { GraphQLClient } from "../../scripts/graphql-client.js";
import { startStack, type Stack } from "../support/stack.js";
import { serviceEnvironment, testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";

// Issue 8.8: bad Decimal / DateTime values came back as INTERNAL_SERVER_ERROR (the subgraph's 400, masked)
// and the gateway logged the subgraph's whole body. Low items: masked-error log lines carry the trace id.
let stack: Stack;
let token: string;
const db = createDb(testEnv.DATABASE_URL);
before(async () => {
  stack = await startStack();
  token = (await stack.gateway.login("agent@demo.ct")).accessToken;
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const only = (errors: Errors) => {
  assert.equal(errors?.length, 1, JSON.stringify(errors));
  return errors![0]!;
};

test("a bad Decimal in a variable is BAD_USER_INPUT naming the variable and the field", async () => {
  const input = await collectionInput(db);
  const collection = { ...input, items: [{ ...input.items[0], quantity: "12 sacks" }] };
  const result = await stack.gateway.request(
    `mutation Sync($i: [SyncCollectionInput!]!) { syncCollections(input: $i) { outcome } }`,
    { i: [{ id: "0b6b7a4e-6f7e-4c1e-9a8e-2f1f3c1d5e01", collection }] },
    { token },
  );
  const error = only(result.body.errors);
  assert.equal(error.extensions?.code, "BAD_USER_INPUT");
  assert.match(
    error.message,
    /^Variable "\$i" got invalid value "12 sacks" at "i\[0\]\.collection\.items\[0\]\.quantity"; Decimal must be/,
  );
  assert.equal(result.body.data ?? null, null);
});

test("a bad DateTime or Date in a variable is BAD_USER_INPUT naming the variable", async () => {
  const dateTime = await stack.gateway.request(
    `query C($from: DateTime) { collectionCounts(from: $from) { total } }`,
    { from: "yesterday" },
    { token },
  );
  const error = only(dateTime.body.errors);
  assert.equal(error.extensions?.code, "BAD_USER_INPUT");
  assert.match(error.message, /^Variable "\$from" got invalid value "yesterday"; DateTime must be an ISO-8601/);

  const date = await stack.gateway.request(
    `query M($on: Date) { convertAmount(amount: "10", from: "XOF", on: $on) { rate } }`,
    { on: "2026-13-45" },
    { token },
  );
  assert.equal(only(date.body.errors).extensions?.code, "BAD_USER_INPUT");
  assert.match(only(date.body.errors).message, /^Variable "\$on" got invalid value "2026-13-45"/);
});

test("bad Decimal and DateTime literals are BAD_USER_INPUT naming the argument and field", async () => {
  // The exact English text (French is the default; the translation is checked below).
  const decimal = await stack.gateway.request(
    `{ convertQuantity(productId: "1", unit: "KG", quantity: "1,5") { baseQuantity } }`,
    undefined,
    { token, headers: { "accept-language": "en" } },
  );
  assert.deepEqual(
    {
      ...only(decimal.body.errors),
      locations: undefined,
      extensions: { ...only(decimal.body.errors).extensions, traceId: undefined },
    },
    {
      message: `Invalid value for "quantity": Decimal must be a number written as a string, e.g. "1200.5"`,
      locations: undefined,
      extensions: { code: "BAD_USER_INPUT", field: "quantity", traceId: undefined },
    },
  );
  const nested = await stack.gateway.request(
    `{ collections(filter: { collectedFrom: "2026-11-20" }) { nodes { id } } }`,
    undefined,
    { token, headers: { "accept-language": "en" } },
  );
  const error = only(nested.body.errors);
  assert.equal(error.extensions?.code, "BAD_USER_INPUT");
  assert.equal(error.extensions?.field, "filter.collectedFrom");
  assert.match(error.message, /^Invalid value for "filter\.collectedFrom": DateTime must be an ISO-8601 date-time/);
  assert.equal(decimal.status, 400, "refused before any subgraph is called");
});

test("valid values still pass, and a huge bad value is not sent back whole", async () => {
  const fine = await stack.gateway.request(
    `query C($from: DateTime) { collectionCounts(from: $from) { total } }`,
    { from: "2026-01-01T00:00:00Z" },
    { token },
  );
  assert.equal(fine.body.errors, undefined);
  const huge = await stack.gateway.request(
    `query C($from: DateTime) { collectionCounts(from: $from) { total } }`,
    { from: "x".repeat(500_000) },
    { token },
  );
  const error = only(huge.body.errors);
  assert.equal(error.extensions?.code, "BAD_USER_INPUT");
  assert.ok(error.message.length < 1_100, `the message has ${error.message.length} characters`);
  assert.match(error.message, /… \(truncated\)$/);
});

test("a masked error is logged once, with the request's trace id, and without the subgraph's whole body", async () => {
  // A "model" subgraph that fails with an internal error and a 500,000-character message.
  const fake = http.createServer((req, res) => {
    req.resume().on("end", () => {
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          data: null,
          errors: [{ message: "y".repeat(500_000), extensions: { code: "DATABASE_DOWN" } }],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
  const lines: string[] = [];
  const gateway = await startGateway(
    loadGatewayEnv({
      ...serviceEnvironment(),
      GATEWAY_PORT: "0",
      GATEWAY_HOST: "127.0.0.1",
      AUTH_SUBGRAPH_URL: stack.services.auth.url,
      ADMIN_SUBGRAPH_URL: stack.services.admin.url,
      TRADEFLOW_SUBGRAPH_URL: stack.services.tradeflow.url,
      MODEL_SUBGRAPH_URL: `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`,
    }),
    { logger: createLogger("gateway", "info", { write: (line: string) => void lines.push(line) }) },
  );
  try {
    const traceId = `masked-trace-${Date.now()}`;
    const result = await new GraphQLClient(gateway.url).request(
      `{ convertQuantity(productId: "1", unit: "KG", quantity: "2") { baseQuantity } }`,
      undefined,
      { token, headers: { "x-request-id": traceId } },
    );
    assert.deepEqual(
      result.body.errors?.map((error) => error.extensions?.code),
      ["INTERNAL_SERVER_ERROR"],
    );
    const masked = lines.filter((line) => line.includes("internal error masked"));
    assert.equal(masked.length, 1, lines.join("\n").slice(0, 2_000));
    assert.equal(JSON.parse(masked[0]!).traceId, traceId);
    assert.ok(masked[0]!.length < 20_000, `the log line has ${masked[0]!.length} characters`);
    assert.match(masked[0]!, /truncated 498000 chars/);
  } finally {
    await gateway.close();
    await new Promise((resolve) => fake.close(resolve));
  }
});
