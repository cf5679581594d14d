import { test, before, after } from "node:test";
import { randomUUID } from "node:crypto";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { encodeClaims, signRequest } from "#shared/auth/gateway-signature.js";
import type { RoleCode } from "#shared/auth/claims.js";
import { DEMO_GATEWAY_SIGNING_SECRET } from "#shared/env.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { createUserFixture, demoTeam } from "../support/fixtures.js";

let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);
let colleague: { id: string; email: string; password: string };
let outsider: { id: string; email: string; password: string };
let agentToken: string;

before(async () => {
  stack = await startStack();
  const team = await demoTeam(db);
  colleague = await createUserFixture(db, { role: "AGENT", teamId: team.id, label: "colleague" });
  // Another region, another team: outside the demo team lead's and supervisor's scope.
  const region = await db.region.create({ data: { code: `R-${Date.now()}`, name: "Elsewhere" } });
  const otherTeam = await db.team.create({
    data: { code: `T-${Date.now()}`, name: "Elsewhere team", regionId: region.id },
  });
  outsider = await createUserFixture(db, { role: "AGENT", teamId: otherTeam.id, label: "outsider" });
  agentToken = (await stack.gateway.login("agent@demo.ct")).accessToken;
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const USER = `query U($id: ID!) { user(id: $id) { id email } }`;

test("an agent cannot read another agent's profile: NOT_FOUND, absent from lists, null through _entities", async () => {
  const direct = await stack.gateway.request(USER, { id: colleague.id }, { token: agentToken });
  assert.equal(direct.body.errors?.[0]?.extensions?.code, "NOT_FOUND");
  assert.equal(direct.body.errors?.[0]?.message, "Utilisateur introuvable");
  const missing = await stack.gateway.request(USER, { id: "999999" }, { token: agentToken });
  assert.deepEqual(
    { message: missing.body.errors?.[0]?.message, code: missing.body.errors?.[0]?.extensions?.code },
    { message: "Utilisateur introuvable", code: "NOT_FOUND" },
    "out of scope looks exactly like missing",
  );
  const list = await stack.gateway.request(`{ users(first: 200) { nodes { id } } }`, undefined, { token: agentToken });
  const ids = list.body.data?.users.nodes.map((node: { id: string }) => node.id);
  assert.ok(!ids.includes(colleague.id));
  assert.ok(ids.includes("3"), "but themselves");

  // Straight at admin with the gateway's signature, as the gateway would plan `_entities`.
  const entities = await asSubgraph(
    "admin",
    3,
    `{ _entities(representations: [{__typename: "User", id: "${colleague.id}"}, {__typename: "User", id: "3"}]) { ... on User { id email } } }`,
  );
  assert.deepEqual(entities.data?._entities, [null, { id: "3", email: "agent@demo.ct" }]);
});

test("an agent sees their own validators (team lead, supervisors) but no other agent", async () => {
  const me = await stack.gateway.request(
    `{ me { team { lead { fullName } members { id } region { supervisors { fullName } } } } }`,
    undefined,
    { token: agentToken },
  );
  const team = me.body.data?.me.team;
  assert.equal(team.lead.fullName, "Boureima Sawadogo");
  assert.deepEqual(team.region.supervisors, [{ fullName: "Fatimata Diallo" }]);
  const members = team.members.map((m: { id: string }) => m.id).sort();
  assert.deepEqual(members, ["3", "4"], "team members they may see: themselves and their lead, not the other agent");
});

test("an agent cannot see or end another agent's sessions", async () => {
  const colleagueLogin = await stack.gateway.login(colleague.email, colleague.password);
  const theirs = await db.authSession.findFirstOrThrow({ where: { userId: Number(colleague.id), revokedAt: null } });
  const mine = await stack.gateway.request(`{ mySessions { id } }`, undefined, { token: agentToken });
  assert.ok(!mine.body.data?.mySessions.some((session: { id: string }) => session.id === theirs.id));
  const revoke = await stack.gateway.request(`mutation { revokeSession(id: "${theirs.id}") }`, undefined, {
    token: agentToken,
  });
  assert.equal(revoke.body.errors?.[0]?.extensions?.code, "NOT_FOUND");
  assert.equal(
    (await stack.gateway.request(`{ me { id } }`, undefined, { token: colleagueLogin.accessToken })).status,
    200,
  );
});

test("a team lead sees their team, a supervisor their regions, admins and analysts everyone", async () => {
  const visible = async (login: string) => {
    const { accessToken } = await stack.gateway.login(login);
    const result = await stack.gateway.request(`{ users(first: 200) { nodes { id } } }`, undefined, {
      token: accessToken,
    });
    return new Set<string>(result.body.data?.users.nodes.map((node: { id: string }) => node.id));
  };
  const lead = await visible("teamlead@demo.ct");
  assert.ok(lead.has(colleague.id) && lead.has("3") && !lead.has(outsider.id));
  const supervisor = await visible("supervisor@demo.ct");
  assert.ok(supervisor.has(colleague.id) && supervisor.has("4") && !supervisor.has(outsider.id));
  for (const login of ["admin@demo.ct", "analyst@demo.ct"]) {
    const all = await visible(login);
    assert.ok(all.has(colleague.id) && all.has(outsider.id), login);
  }
});

/** A query straight at a subgraph, signed as the gateway signs it, for `userId` with their real claims. */
async function asSubgraph(service: "admin" | "tradeflow", userId: number, query: string) {
  const account = await db.authAccount.findUniqueOrThrow({ where: { userId } });
  const body = JSON.stringify({ query });
  const claims = encodeClaims({
    userId: String(userId),
    role: account.role as RoleCode,
    permissions: [],
    teamId: account.teamId === null ? null : String(account.teamId),
    regionIds: (account.regionIds as number[]).map(String),
    sessionId: "x",
    mustChangePassword: false,
  });
  const response = await fetch(stack.services[service].url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...signRequest(DEMO_GATEWAY_SIGNING_SECRET, { audience: service, claimsHeader: claims, traceId: "t", body }),
    },
    body,
  });
  return (await response.json()) as { data: Record<string, unknown> | null; errors?: unknown[] };
}

test("collections: lists, single reads and _entities agree for every demo role", async () => {
  const demo = await demoTeam(db);
  const outsiderAccount = await db.authAccount.findUniqueOrThrow({ where: { userId: Number(outsider.id) } });
  // One instant no other test uses: the list below holds exactly this test's collections.
  const collectedAt = new Date(Date.UTC(2019, 0, 1, 0, 0, 0, Math.floor(Math.random() * 86_400_000)));
  const row = (collectorId: number, teamId: number, regionId: number, status: "DRAFT" | "SUBMITTED" | "VALIDATED") =>
    db.collection.create({ data: { id: randomUUID(), collectorId, teamId, regionId, collectedAt, status } });
  const otherRegion = (outsiderAccount.regionIds as number[])[0]!;
  const ownValidated = await row(3, demo.id, demo.regionId, "VALIDATED");
  const ownDraft = await row(3, demo.id, demo.regionId, "DRAFT");
  const colleagues = await row(Number(colleague.id), demo.id, demo.regionId, "SUBMITTED");
  const outsiders = await row(Number(outsider.id), outsiderAccount.teamId!, otherRegion, "VALIDATED");
  const all = [ownValidated, ownDraft, colleagues, outsiders].map((collection) => collection.id);
  const expected: Record<string, string[]> = {
    "superadmin@demo.ct": all,
    "admin@demo.ct": all,
    "agent@demo.ct": [ownValidated.id, ownDraft.id],
    "teamlead@demo.ct": [ownValidated.id, ownDraft.id, colleagues.id],
    "supervisor@demo.ct": [ownValidated.id, ownDraft.id, colleagues.id],
    "analyst@demo.ct": [ownValidated.id, outsiders.id],
  };
  const at = collectedAt.toISOString();
  for (const [login, visible] of Object.entries(expected)) {
    const { accessToken } = await stack.gateway.login(login);
    const user = await db.user.findUniqueOrThrow({ where: { email: login } });
    const list = await stack.gateway.request(
      `{ collections(first: 10, filter: { collectedFrom: "${at}", collectedTo: "${at}" }) { nodes { id } } }`,
      undefined,
      { token: accessToken },
    );
    const listed = list.body.data?.collections.nodes.map((node: { id: string }) => node.id).sort();
    // Each single read: the collection, or NOT_FOUND (out of scope looks exactly like missing).
    const single: Record<string, unknown> = {};
    for (const id of all) {
      const read = await stack.gateway.request(
        `query($id: ID!) { collection(id: $id) { id } }`,
        { id },
        { token: accessToken },
      );
      single[id] = read.body.data?.collection?.id === id ? "visible" : read.body.errors?.[0]?.extensions?.code;
    }
    const representations = all.map((id) => `{__typename: "Collection", id: "${id}"}`).join(", ");
    const entities = await asSubgraph(
      "tradeflow",
      user.id,
      `{ _entities(representations: [${representations}]) { ... on Collection { id } } }`,
    );
    const resolved = (entities.data?._entities as ({ id: string } | null)[])
      .filter((entity) => entity !== null)
      .map((e) => e.id);
    const want = [...visible].sort();
    const singleWanted = Object.fromEntries(all.map((id) => [id, visible.includes(id) ? "visible" : "NOT_FOUND"]));
    assert.deepEqual(
      { listed, single, entities: resolved.sort() },
      { listed: want, single: singleWanted, entities: want },
      login,
    );
  }
});

test("ids that are not UUIDs name no collection: NOT_FOUND or BAD_USER_INPUT, never an internal error", async () => {
  // Collection ids live in an ascii_bin column: text MariaDB cannot compare with it must not reach a query.
  const { accessToken: lead } = await stack.gateway.login("teamlead@demo.ct");
  const leadId = (await db.user.findUniqueOrThrow({ where: { email: "teamlead@demo.ct" } })).id;
  const codeOf = (response: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
    response.body.errors?.[0]?.extensions?.code;
  for (const id of ["é-ünïcode", "日本", "not-a-uuid"]) {
    const read = await stack.gateway.request(`query($id: ID!) { collection(id: $id) { id } }`, { id }, { token: lead });
    assert.equal(codeOf(read), "NOT_FOUND", `collection(${id})`);
    const history = await stack.gateway.request(
      `query($id: ID!) { collectionHistory(id: $id) { action } }`,
      { id },
      { token: lead },
    );
    assert.equal(codeOf(history), "NOT_FOUND", `collectionHistory(${id})`);
    const audit = await stack.gateway.request(
      `query($id: ID!) { collectionAudit(id: $id) { collectionId } }`,
      { id },
      { token: lead },
    );
    assert.equal(codeOf(audit), "NOT_FOUND", `collectionAudit(${id})`);
    const approve = await stack.gateway.request(
      `mutation($id: ID!) { approveCollection(id: $id, version: 1, input: {}) { id } }`,
      { id },
      { token: lead },
    );
    assert.equal(codeOf(approve), "NOT_FOUND", `approveCollection(${id})`);
    const bulk = await stack.gateway.request(
      `mutation($id: ID!) { bulkApproveCollections(items: [{ id: $id, version: 1 }], input: {}) { id ok error { code } } }`,
      { id },
      { token: lead },
    );
    assert.deepEqual(bulk.body.data?.bulkApproveCollections, [{ id, ok: false, error: { code: "NOT_FOUND" } }]);
    const entities = await asSubgraph(
      "tradeflow",
      leadId,
      `{ _entities(representations: [{ __typename: "Collection", id: ${JSON.stringify(id)} }]) { ... on Collection { id } } }`,
    );
    assert.deepEqual(entities.data?._entities, [null], `_entities(${id})`);
  }
  const cursor = Buffer.from(`c:${Date.now()}|日本`).toString("base64url");
  const page = await stack.gateway.request(
    `query($after: String) { collections(first: 5, after: $after) { nodes { id } } }`,
    { after: cursor },
    { token: lead },
  );
  assert.equal(codeOf(page), "BAD_USER_INPUT");
  const search = await stack.gateway.request(
    `{ collections(first: 5, filter: { search: "日本-é" }) { nodes { id } } }`,
    undefined,
    { token: lead },
  );
  assert.deepEqual(search.body.data?.collections.nodes, []);
});
