import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from "graphql";
import { operationSizeProblem } from "../../gateway/src/protections/operation-size.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import { SUPERGRAPH_PATH } from "#shared/subgraphs.js";

const env = loadGatewayEnv({});
const limits = { maxTokens: env.MAX_QUERY_TOKENS, maxFields: env.MAX_QUERY_FIELDS, maxSelections: env.MAX_QUERY_SELECTIONS };

test("the default limits are 2,000 tokens, 300 fields and 100 selections per set", () => {
  assert.deepEqual(limits, { maxTokens: 2_000, maxFields: 300, maxSelections: 100 });
});

test("every client operation in schema/operations and the introspection query are within the limits", () => {
  const dir = "schema/operations";
  const files = readdirSync(dir).filter((file) => file.endsWith(".graphql"));
  // Every file is checked; the largest operations (a collection with all its fields) are in this one.
  assert.ok(files.includes("collections.graphql"), files.join(", "));
  for (const file of files) assert.equal(operationSizeProblem(readFileSync(`${dir}/${file}`, "utf8"), limits), null, file);
  assert.equal(operationSizeProblem(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), limits), null);
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

test("the worst document within the limits validates quickly (the overlap rule stays cheap)", () => {
  const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"), { assumeValidSDL: true });
  // 298 fields with one response name, in three fragments of 98, spread into one selection set.
  const fragments = Array.from({ length: 3 }, (_, i) => `fragment F${i} on User { ${"id ".repeat(98)}}`).join(" ");
  const worst = `{ me { ...F0 ...F1 ...F2 id id id } } ${fragments}`;
  assert.equal(operationSizeProblem(worst, limits), null);
  validate(schema, parse(worst), specifiedRules); // warm up
  const cpu = process.cpuUsage();
  assert.deepEqual(validate(schema, parse(worst), specifiedRules), []);
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  // About 20 ms on the shared CI machine; 3,000 repeats took seconds.
  assert.ok(ms < 200, `validating the worst accepted document took ${ms.toFixed(1)} ms of CPU`);
});
