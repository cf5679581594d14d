import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { buildSchema, parse, specifiedRules, validate } from "graphql";
import { operationSizeProblem } from "../../gateway/src/protections/operation-size.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import { SUPERGRAPH_PATH } from "#shared/subgraphs.js";

/*
 * What the size limits (tests/unit/operation-size.test.ts) protect: validating the worst document they let
 * through against the whole supergraph. Here rather than in the unit suite: building that schema and
 * measuring CPU takes a second or more on a busy machine.
 */
const env = loadGatewayEnv({});
const limits = {
  maxTokens: env.MAX_QUERY_TOKENS,
  maxFields: env.MAX_QUERY_FIELDS,
  maxSelections: env.MAX_QUERY_SELECTIONS,
};

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
