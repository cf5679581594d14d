import { test } from "node:test";
import assert from "node:assert/strict";
import { SubgraphBatcher } from "../../gateway/src/subgraph-batch.js";
import { ReferenceCache } from "#shared/graphql/reference-cache.js";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { graphql, GraphQLError, parse } from "graphql";

/** A subgraph stand-in: records each HTTP request and answers every operation of it with `answer`. */
function fakeSubgraph(answer: (operation: { query: string }) => unknown, status = 200) {
  const sent: { headers: Record<string, string>; body: string }[] = [];
  const batcher = new SubgraphBatcher(async (url, headers, body) => {
    sent.push({ headers, body });
    const parsed = JSON.parse(body) as { query: string } | { query: string }[];
    const result = Array.isArray(parsed) ? parsed.map(answer) : answer(parsed);
    return { url, status, headers: { "content-type": "application/json" }, body: JSON.stringify(result) };
  });
  return { batcher, sent };
}

const caller = { "x-ct-claims": "alice", "x-ct-trace-id": "t1" };

test("fetches of one tick that are not queries it can merge go as one array; each gets its own answer", async () => {
  const { batcher, sent } = fakeSubgraph((operation) => ({ data: { echo: operation.query } }));
  const answers = await Promise.all(
    ["users", "points", "actors"].map((query) =>
      batcher.fetch("http://admin/graphql", caller, JSON.stringify({ query })).then((response) => response.json()),
    ),
  );
  assert.equal(sent.length, 1);
  assert.equal(sent[0]!.body, '[{"query":"users"},{"query":"points"},{"query":"actors"}]');
  assert.deepEqual(answers, [{ data: { echo: "users" } }, { data: { echo: "points" } }, { data: { echo: "actors" } }]);
});

test("two callers' fetches, or fetches of different ticks, are never batched together", async () => {
  const { batcher, sent } = fakeSubgraph(() => ({ data: {} }));
  await Promise.all([
    batcher.fetch("http://admin/graphql", caller, '{"query":"a"}'),
    batcher.fetch("http://admin/graphql", { ...caller, "x-ct-claims": "bob" }, '{"query":"b"}'),
  ]);
  await batcher.fetch("http://admin/graphql", caller, '{"query":"c"}');
  assert.deepEqual(
    sent.map((request) => request.body),
    ['{"query":"a"}', '{"query":"b"}', '{"query":"c"}'],
  );
});

test("a batch answered 400 keeps the status only for the operations that failed", async () => {
  const { batcher } = fakeSubgraph(
    (operation) =>
      operation.query === "bad"
        ? { errors: [{ message: "no", extensions: { code: "BAD_USER_INPUT" } }] }
        : { data: {} },
    400,
  );
  const [good, bad] = await Promise.all([
    batcher.fetch("http://admin/graphql", caller, '{"query":"good"}'),
    batcher.fetch("http://admin/graphql", caller, '{"query":"bad"}'),
  ]);
  assert.deepEqual([good.status, bad.status], [200, 400]);
});

test("an answer that is not the batch's array (refused before GraphQL ran) is every fetch's answer", async () => {
  const batcher = new SubgraphBatcher(async (url) => ({ url, status: 401, headers: {}, body: '{"error":"unsigned"}' }));
  const answers = await Promise.all(
    ["a", "b"].map((query) => batcher.fetch("http://admin/graphql", caller, JSON.stringify({ query }))),
  );
  assert.deepEqual(await Promise.all(answers.map(async (response) => [response.status, await response.text()])), [
    [401, '{"error":"unsigned"}'],
    [401, '{"error":"unsigned"}'],
  ]);
});

test("the reference cache loads each row once, and again after an invalidation", async () => {
  const cache = new ReferenceCache<number, { id: number; name: string }>();
  const asked: number[][] = [];
  const name = { value: "Kantchari" };
  const loader = () =>
    cache.loader(
      async (ids) => {
        asked.push([...ids]);
        return ids.filter((id) => id !== 99).map((id) => ({ id, name: name.value }));
      },
      (row) => row.id,
    );
  assert.deepEqual(await loader().loadMany([1, 2, 99]), [
    { id: 1, name: "Kantchari" },
    { id: 2, name: "Kantchari" },
    null,
  ]);
  assert.deepEqual(await loader().loadMany([1, 2, 99]), [
    { id: 1, name: "Kantchari" },
    { id: 2, name: "Kantchari" },
    null,
  ]);
  name.value = "Kantchari (poste)";
  cache.invalidate();
  assert.deepEqual(await loader().load(1), { id: 1, name: "Kantchari (poste)" });
  // Missing rows are asked again; kept rows are not.
  assert.deepEqual(asked, [[1, 2, 99], [99], [1]]);
});

/** A real subgraph schema (users and collection points by key), executed in memory like a subgraph would. */
const entitiesSchema = buildSubgraphSchema({
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type User @key(fields: "id") { id: ID! fullName: String }
    type Point @key(fields: "id") { id: ID! name: String }
    type Query { version: String }
    type Mutation { touch: String }
  `),
  resolvers: {
    Query: { version: () => "1" },
    Mutation: { touch: () => "touched" },
    User: {
      __resolveReference: ({ id }: { id: string }) => {
        if (id === "forbidden") throw new GraphQLError("not yours", { extensions: { code: "FORBIDDEN" } });
        return { id };
      },
      // A field's error keeps the rest of the answer: its path must come back rewritten.
      fullName: ({ id }: { id: string }) => {
        if (id === "hidden") throw new GraphQLError("name hidden", { extensions: { code: "FORBIDDEN" } });
        return `user ${id}`;
      },
    },
    Point: { __resolveReference: ({ id }: { id: string }) => ({ id, name: `point ${id}` }) },
  },
});

interface SentOperation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Answers each HTTP request by executing it (one operation or an array) against `entitiesSchema`. */
function executingSubgraph() {
  const sent: SentOperation[][] = [];
  const run = (operation: SentOperation) =>
    graphql({
      schema: entitiesSchema,
      source: operation.query,
      variableValues: operation.variables,
      operationName: operation.operationName,
    });
  const batcher = new SubgraphBatcher(async (url, _headers, body) => {
    const parsed = JSON.parse(body) as SentOperation | SentOperation[];
    sent.push(Array.isArray(parsed) ? parsed : [parsed]);
    const result = Array.isArray(parsed) ? await Promise.all(parsed.map(run)) : await run(parsed);
    return {
      url,
      status: 200,
      headers: { "content-type": "application/json", "content-length": "999" },
      body: JSON.stringify(result),
    };
  });
  return { batcher, sent, run };
}

// What Apollo Gateway sends for one plan step: one `_entities` fetch per entity type, same variable name,
// a fragment in one of them.
const USERS = {
  query: `query Page__admin__1($representations: [_Any!]!) { _entities(representations: $representations) { ...U } } fragment U on User { fullName }`,
  operationName: "Page__admin__1",
  variables: {
    representations: [
      { __typename: "User", id: "a" },
      { __typename: "User", id: "hidden" },
    ],
  },
};
const POINTS = {
  query: `query Page__admin__2($representations: [_Any!]!) { _entities(representations: $representations) { ... on Point { name } } }`,
  operationName: "Page__admin__2",
  variables: { representations: [{ __typename: "Point", id: "p1" }] },
};

test("one step's queries to a subgraph go as one merged operation; each gets exactly its answer alone", async () => {
  const { batcher, sent, run } = executingSubgraph();
  const [users, points] = await Promise.all(
    [USERS, POINTS].map((body) =>
      batcher.fetch("http://admin/graphql", caller, JSON.stringify(body)).then((response) => response.json()),
    ),
  );
  assert.equal(sent.length, 1, "one HTTP request");
  assert.equal(sent[0]!.length, 1, "carrying one operation");
  // The same as each operation executed on its own, errors and their paths included.
  // (Error locations point into the document sent; the merged one's are dropped.)
  const { errors: aloneErrors, ...alone } = JSON.parse(JSON.stringify(await run(USERS)));
  assert.deepEqual(users, {
    ...alone,
    errors: aloneErrors.map(({ locations: _, ...error }: object & { locations: unknown }) => error),
  });
  assert.deepEqual(points, JSON.parse(JSON.stringify(await run(POINTS))));
  assert.deepEqual(users, {
    data: { _entities: [{ fullName: "user a" }, { fullName: null }] },
    errors: [{ message: "name hidden", path: ["_entities", 1, "fullName"], extensions: { code: "FORBIDDEN" } }],
  });
});

test("mutations are never merged: they go as an array, each its own operation", async () => {
  const { batcher, sent } = executingSubgraph();
  const answers = await Promise.all(
    [0, 1].map(() =>
      batcher
        .fetch("http://admin/graphql", caller, JSON.stringify({ query: "mutation { touch }" }))
        .then((response) => response.json()),
    ),
  );
  assert.deepEqual(
    sent.map((request) => request.length),
    [2],
  );
  assert.deepEqual(answers, [{ data: { touch: "touched" } }, { data: { touch: "touched" } }]);
});

test("a merged operation that failed as a whole is sent again unmerged, so each fails or succeeds alone", async () => {
  // An entity that cannot be resolved fails its whole `_entities` list, which is non-null: data is null.
  const forbidden = { ...USERS, variables: { representations: [{ __typename: "User", id: "forbidden" }] } };
  const { batcher, sent, run } = executingSubgraph();
  const [users, points] = await Promise.all(
    [forbidden, POINTS].map((body) =>
      batcher.fetch("http://admin/graphql", caller, JSON.stringify(body)).then((response) => response.json()),
    ),
  );
  assert.deepEqual(
    sent.map((request) => request.length),
    [1, 2],
    "the merged operation, then the array",
  );
  assert.equal(users.data, null);
  assert.deepEqual(users, JSON.parse(JSON.stringify(await run(forbidden))));
  assert.deepEqual(points, { data: { _entities: [{ name: "point p1" }] } });
});

test("repeated representations are sent once; every occurrence gets its entity and its errors", async () => {
  const { batcher, sent, run } = executingSubgraph();
  const fetch = {
    query: `query Page__admin__1($representations:[_Any!]!){_entities(representations:$representations){...on User{fullName}}}`,
    operationName: "Page__admin__1",
    variables: {
      representations: ["a", "hidden", "a", "hidden", "a"].map((id) => ({ __typename: "User", id })),
    },
  };
  const response = await batcher.fetch("http://admin/graphql", caller, JSON.stringify(fetch));
  const answer = await response.json();
  assert.deepEqual(
    sent.map((request) => request.map((operation) => operation.variables?.representations)),
    [
      [
        [
          { __typename: "User", id: "a" },
          { __typename: "User", id: "hidden" },
        ],
      ],
    ],
    "each distinct representation once",
  );
  // Exactly the answer of the fetch as Apollo Gateway wrote it, executed alone.
  assert.deepEqual(answer, JSON.parse(JSON.stringify(await run(fetch))));
  // Apollo Gateway merges later fetches into these objects in place: occurrences must not share one.
  assert.notEqual(answer.data._entities[0], answer.data._entities[2]);
  assert.deepEqual(answer.data._entities[0], answer.data._entities[2]);
  assert.deepEqual(
    answer.errors.map((error: { path: unknown }) => error.path),
    [
      ["_entities", 1, "fullName"],
      ["_entities", 3, "fullName"],
    ],
  );
  assert.equal(response.headers.get("content-length"), null, "the subgraph's length is not the expanded body's");
  assert.equal(response.url, "http://admin/graphql");
});

test("a copied occurrence keeps every key of its entity, `__proto__` included (a caller may alias a field so)", async () => {
  const batcher = new SubgraphBatcher(async (url) => ({
    url,
    status: 200,
    headers: { "content-type": "application/json" },
    body: '{"data":{"_entities":[{"__proto__":"alias","fullName":"A"}]}}',
  }));
  const fetch = {
    query: `query Q($representations:[_Any!]!){_entities(representations:$representations){...on User{__proto__: fullName fullName}}}`,
    variables: { representations: ["a", "a"].map((id) => ({ __typename: "User", id })) },
  };
  const answer = await batcher.fetch("http://admin/graphql", caller, JSON.stringify(fetch)).then((r) => r.json());
  const [first, second] = answer.data._entities;
  assert.deepEqual(Object.keys(second), ["__proto__", "fullName"]);
  assert.equal(Object.getOwnPropertyDescriptor(second, "__proto__")?.value, "alias");
  assert.equal(Object.getPrototypeOf(second), Object.prototype);
  assert.notEqual(first, second);
});
