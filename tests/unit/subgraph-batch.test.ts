import { test } from "node:test";
import assert from "node:assert/strict";
import { SubgraphBatcher } from "../../gateway/src/subgraph-batch.js";
import { ReferenceCache } from "#shared/graphql/reference-cache.js";

/** A subgraph stand-in: records each HTTP request and answers every operation of it with `answer`. */
function fakeSubgraph(answer: (operation: { query: string }) => unknown, status = 200) {
  const sent: { headers: Record<string, string>; body: string }[] = [];
  const batcher = new SubgraphBatcher(async (_url, headers, body) => {
    sent.push({ headers, body });
    const parsed = JSON.parse(body) as { query: string } | { query: string }[];
    const result = Array.isArray(parsed) ? parsed.map(answer) : answer(parsed);
    return new Response(JSON.stringify(result), { status, headers: { "content-type": "application/json" } });
  });
  return { batcher, sent };
}

const caller = { "x-ct-claims": "alice", "x-ct-trace-id": "t1" };

test("the fetches of one tick with the same headers go as one array; each gets its own answer", async () => {
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
  const batcher = new SubgraphBatcher(async () => new Response('{"error":"unsigned"}', { status: 401 }));
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
