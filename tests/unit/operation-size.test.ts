import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { getIntrospectionQuery } from "graphql";
import { operationSizeProblem } from "../../gateway/src/protections/operation-size.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import { loadRestOperations } from "../../gateway/src/rest/operations.js";

const env = loadGatewayEnv({});
const limits = {
  maxTokens: env.MAX_QUERY_TOKENS,
  maxFields: env.MAX_QUERY_FIELDS,
  maxSelections: env.MAX_QUERY_SELECTIONS,
};

test("the default limits are 2,000 tokens, 300 fields and 100 selections per set", () => {
  assert.deepEqual(limits, { maxTokens: 2_000, maxFields: 300, maxSelections: 100 });
});

test("every client operation in schema/operations and the introspection query are within the limits", () => {
  const dir = "schema/operations";
  const files = readdirSync(dir).filter((file) => file.endsWith(".graphql"));
  // Every file is checked; the largest operations (a collection with all its fields) are in this one.
  assert.ok(files.includes("collections.graphql"), files.join(", "));
  for (const file of files.filter((name) => name !== "rest-facade.graphql")) {
    assert.equal(operationSizeProblem(readFileSync(`${dir}/${file}`, "utf8"), limits), null, file);
  }
  // The REST facade sends each of its operations alone, with the fragments it uses.
  for (const [name, document] of loadRestOperations()) assert.equal(operationSizeProblem(document, limits), null, name);
  assert.equal(
    operationSizeProblem(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), limits),
    null,
  );
});

test("comments and whitespace are not tokens; syntax errors are left to the parser", () => {
  assert.equal(operationSizeProblem(`# ${"x".repeat(100_000)}\n{ me { id } }`, limits), null);
  assert.equal(operationSizeProblem(`{ me { id }`, limits), null);
  assert.match(String(operationSizeProblem(`{ me { ${"id ".repeat(2_000)} } }`, limits)), /more than 2000 tokens/);
});

test("fields in named fragments count, and inline fragments count toward the set that holds them", () => {
  const fragments = Array.from({ length: 4 }, (_, i) => `fragment F${i} on User { ${"id ".repeat(80)}}`).join(" ");
  const spreads = `{ me { ...F0 ...F1 ...F2 ...F3 } } ${fragments}`;
  assert.match(String(operationSizeProblem(spreads, limits)), /more than 300 fields/);
  const nested = `{ me { ... on User { ... on User { ${"id ".repeat(60)}} ${"id ".repeat(41)}} } }`;
  assert.match(String(operationSizeProblem(nested, limits)), /more than 100 selections/);
  assert.equal(operationSizeProblem(nested.replace("id ".repeat(41), "id ".repeat(40)), limits), null);
});
