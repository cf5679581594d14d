import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { getIntrospectionQuery } from "graphql";
import type { NextFunction, Request, Response } from "express";
import { operationSizeProblem, refuseOversizedOperations } from "../../gateway/src/protections/operation-size.js";
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

test("the middleware refuses an oversized operation every time it comes, and passes the others on every time", () => {
  let refusals = 0;
  const middleware = refuseOversizedOperations(limits, () => (refusals += 1));
  /** One POST through the middleware: "next" when it went on to Apollo, else the status it answered. */
  const send = (query: string): "next" | number => {
    let outcome: "next" | number | undefined;
    const res = {
      locals: {},
      status(code: number) {
        outcome = code;
        return this;
      },
      type() {
        return this;
      },
      send() {
        return this;
      },
    };
    const next: NextFunction = () => (outcome = "next");
    middleware({ method: "POST", body: { query } } as Request, res as unknown as Response, next);
    assert.notEqual(outcome, undefined, "answered or passed on");
    return outcome!;
  };
  const oversized = `{ me { ${"id ".repeat(2_000)} } }`;
  const accepted = `{ me { id } }`;
  // Past the length whose verdict is remembered: checked on each request, and still passed on.
  const longAccepted = `# ${"x".repeat(100_000)}\n{ me { fullName } }`;
  for (let round = 0; round < 3; round += 1) {
    assert.equal(send(oversized), 400);
    assert.equal(send(accepted), "next");
    assert.equal(send(`{ me { id }`), "next", "a syntax error is Apollo's to report");
    assert.equal(send(longAccepted), "next");
  }
  assert.equal(refusals, 3);
});
