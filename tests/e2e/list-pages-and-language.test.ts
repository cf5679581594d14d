import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { testEnv } from "../support/env.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
let admin: string;
let agent: string;
const db = createDb(testEnv.DATABASE_URL);

before(async () => {
  stack = await startStack();
  admin = (await stack.gateway.login("admin@demo.ct")).accessToken;
  agent = (await stack.gateway.login("agent@demo.ct")).accessToken;
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

async function as<T = any>(
  token: string,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) {
  return (await stack.gateway.request<T>(query, variables, { token, headers })).body;
}

/** Every row of a list, walked with cursors (the reference the offset pages must agree with). */
async function allByCursor(token: string, field: string, query: (after: string | null) => string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const body: any = await as(token, query(after));
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const page = body.data[field];
    ids.push(...page.nodes.map((node: { id: string }) => node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

test("lists tell their totalCount and serve offset pages that match the rows (collections, users, reference lists)", async () => {
  const cases = [
    { field: "collections", args: "", token: admin, rows: () => db.collection.count() },
    {
      field: "collections",
      args: "",
      token: agent,
      rows: async () => {
        const self = await db.user.findUniqueOrThrow({ where: { email: "agent@demo.ct" } });
        return db.collection.count({ where: { collectorId: self.id } });
      },
    },
    { field: "users", args: "", token: admin, rows: () => db.user.count() },
    { field: "countries", args: "", token: admin, rows: () => db.country.count() },
    { field: "collectionPoints", args: "", token: agent, rows: () => db.collectionPoint.count() },
    { field: "products", args: "", token: agent, rows: () => db.product.count() },
    {
      field: "referenceCodeList",
      args: "kind: TRANSPORT_MODE",
      token: agent,
      rows: () => db.lookupValue.count({ where: { kind: "TRANSPORT_MODE" } }),
    },
    { field: "taxTypes", args: "", token: agent, rows: () => db.taxType.count() },
  ];
  for (const { field, args, token, rows } of cases) {
    const sep = args ? `${args}, ` : "";
    const expected = await rows();
    const counted = await as(token, `{ ${field}${args ? `(${args})` : ""} { totalCount } }`);
    assert.equal(counted.data?.[field].totalCount, expected, `${field}: totalCount equals the rows`);

    const walked = await allByCursor(
      token,
      field,
      (after) =>
        `{ ${field}(${sep}first: 7${after ? `, after: "${after}"` : ""}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    assert.equal(walked.length, expected, `${field}: the cursor walk sees every row`);
    const pageSize = 7;
    const pages = Math.ceil(expected / pageSize);
    const paged: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const body = await as(
        token,
        `{ ${field}(${sep}page: ${page}, pageSize: ${pageSize}) { totalCount nodes { id } pageInfo { hasNextPage } } }`,
      );
      assert.equal(body.data[field].totalCount, expected);
      assert.equal(body.data[field].pageInfo.hasNextPage, page < pages, `${field}: page ${page} of ${pages}`);
      paged.push(...body.data[field].nodes.map((node: { id: string }) => node.id));
    }
    assert.deepEqual(paged, walked, `${field}: offset pages hold the same rows in the same order`);
    const beyond = await as(token, `{ ${field}(${sep}page: ${pages + 1}, pageSize: ${pageSize}) { nodes { id } } }`);
    assert.deepEqual(beyond.data[field].nodes, [], `${field}: a page past the end is empty`);
  }
});

test("paging mistakes are BAD_USER_INPUT naming the argument", async () => {
  const first = (await as(admin, `{ users(first: 1) { pageInfo { endCursor } } }`)).data.users.pageInfo.endCursor;
  const cases: [string, string][] = [
    [`{ users(page: 2, after: "${first}") { totalCount } }`, "page"],
    ["{ users(page: 0) { totalCount } }", "page"],
    ["{ users(page: 1, pageSize: 500) { totalCount } }", "pageSize"],
    ["{ users(pageSize: 5) { totalCount } }", "pageSize"],
    ["{ collections(page: 1000000, pageSize: 200) { totalCount } }", "page"],
  ];
  for (const [query, field] of cases) {
    const body = await as(admin, query);
    assert.deepEqual(
      { code: body.errors?.[0]?.extensions?.code, field: body.errors?.[0]?.extensions?.field },
      { code: "BAD_USER_INPUT", field },
      query,
    );
  }
});

test("messages are in French by default and in English with Accept-Language: en; codes never change", async () => {
  const MISSING = `{ corridor(id: "999999") { id } }`;
  const french = await as(admin, MISSING);
  const english = await as(admin, MISSING, undefined, { "accept-language": "en" });
  const preferred = await as(admin, MISSING, undefined, { "accept-language": "de-DE, en;q=0.8, fr;q=0.5" });
  const unknown = await as(admin, MISSING, undefined, { "accept-language": "de" });
  assert.deepEqual(
    [french, english, preferred, unknown].map((body) => ({
      message: body.errors?.[0]?.message,
      code: body.errors?.[0]?.extensions?.code,
    })),
    [
      { message: "Corridor introuvable", code: "NOT_FOUND" },
      { message: "Corridor not found", code: "NOT_FOUND" },
      { message: "Corridor not found", code: "NOT_FOUND" },
      { message: "Corridor introuvable", code: "NOT_FOUND" },
    ],
  );

  // A validation message with its field, and a permission refusal.
  const BAD = `mutation { createCity(input: { countryId: "1", name: "x" }) { id } }`;
  assert.equal((await as(admin, BAD)).errors?.[0]?.message, "nom : doit comporter au moins 2 caractères");
  assert.equal(
    (await as(admin, BAD, undefined, { "accept-language": "en" })).errors?.[0]?.message,
    "name: must have at least 2 characters",
  );
  const refused = await as(agent, `mutation { createTaxType(input: { name: "Taxe" }) { id } }`);
  assert.deepEqual(
    { message: refused.errors?.[0]?.message, code: refused.errors?.[0]?.extensions?.code },
    { message: "Vous n'êtes pas autorisé à faire cela", code: "FORBIDDEN" },
  );

  // Labels follow the same language.
  const LABELS = `{ metadata { enums { name values { value label } } } }`;
  const roleLabel = (body: any) =>
    body.data.metadata.enums.find((e: any) => e.name === "Role").values.find((v: any) => v.value === "AGENT").label;
  assert.equal(roleLabel(await as(agent, LABELS)), "Agent de collecte");
  assert.equal(roleLabel(await as(agent, LABELS, undefined, { "accept-language": "en" })), "Field agent");
});
