import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { createDb } from "#shared/db/client.js";
import { loadTokenKeys } from "#shared/auth/keys.js";
import { signAccessToken } from "#shared/auth/tokens.js";
import { ROLES } from "#shared/auth/claims.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import { REST_ROUTES } from "../../gateway/src/rest/index.js";
import { DEMO_PASSWORD } from "../../scripts/db/demo-data.js";
import { startStack, type Stack } from "../support/stack.js";
import { serviceEnvironment, testEnv } from "../support/env.js";
import { collectionInput } from "../support/collections.js";
import { createTeamFixture, createUserFixture } from "../support/fixtures.js";
import { connectTestNats } from "../support/nats.js";
import { rollupsSettled } from "../support/statistics.js";
import type { NatsHandle } from "#shared/events/nats.js";

// The existing CT apps (PWACommerceTracking for team leads and supervisors, CommerceTrackingAdminDashboard
// for administrators) replayed against the REST facade: their requests as their source sends them, and
// their answers read field by field as their pages read them.
let stack: Stack;
let nats: NatsHandle;
let origin: string;
const db = createDb(testEnv.DATABASE_URL);
let team: Awaited<ReturnType<typeof createTeamFixture>>;
const ids = { toValidate: "", toReturn: "", otherTeam: "" };
let agentToken: string;
const BODY_LIMIT = "64kb";
// Other test files publish newer forms of the collection type; no extra fields suit every version.
const NO_EXTRAS = { extraFields: {} };
const BY_STATUS = "/trade-flow/collections/by-validation-status";

before(async () => {
  stack = await startStack({ BODY_LIMIT, RATE_LIMIT_PER_MINUTE: "100000" });
  origin = new URL(stack.gatewayUrl).origin;
  nats = await connectTestNats();
  team = await createTeamFixture(db, "rest");
  agentToken = (await stack.gateway.login(team.agent.email, team.agent.password)).accessToken;
  const create = `mutation C($i: CollectionInput!) { createCollection(input: $i, submit: true) { id status } }`;
  for (const name of ["toValidate", "toReturn"] as const) {
    const result = await stack.gateway.request(
      create,
      { i: await collectionInput(db, NO_EXTRAS) },
      { token: agentToken },
    );
    assert.equal(result.body.errors, undefined, JSON.stringify(result.body.errors));
    ids[name] = result.body.data!.createCollection.id;
  }
  // Another team's collection (the demo team's agent): out of the fixture lead's scope.
  const demoAgent = (await stack.gateway.login("agent@demo.ct")).accessToken;
  const other = await stack.gateway.request(create, { i: await collectionInput(db, NO_EXTRAS) }, { token: demoAgent });
  ids.otherTeam = other.body.data!.createCollection.id;
});
after(async () => {
  await nats?.nc.close();
  await stack?.close();
  await db.$disconnect();
});

interface RestAnswer {
  status: number;
  headers: Headers;
  body: any;
}

async function rest(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<RestAnswer> {
  const response = await fetch(new URL(path, origin), {
    method,
    headers: {
      accept: "application/json",
      ...(options.body !== undefined || options.raw !== undefined ? { "content-type": "application/json" } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** What AuthProvider.tsx does: POST /api/auth/login {username, password}, then reads result. */
async function signIn(username: string, password: string) {
  const answer = await rest("POST", "/auth/login", { body: { username, password } });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  assert.equal(answer.body.success, true);
  return answer.body.result as { access_token: string; refresh_token: string; user: Record<string, any> };
}

function assertFailure(answer: RestAnswer, status: number, message: RegExp) {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.deepEqual(Object.keys(answer.body).sort(), ["errors", "except", "message", "result", "success"]);
  assert.equal(answer.body.success, false);
  assert.equal(answer.body.result, null);
  assert.match(answer.body.message, message);
}

async function collectionState(id: string) {
  return db.collection.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, pendingLevel: true },
  });
}

const sessions: Record<string, { access: string; refresh: string; userId: number }> = {};

test("team lead: login → profile → dashboard counts → list → detail → workflow → validate at level 1", async () => {
  const login = await signIn(team.lead.email, team.lead.password);
  assert.equal(typeof login.access_token, "string");
  assert.equal(typeof login.refresh_token, "string");
  assert.equal(login.user.id, Number(team.lead.id), "numeric user id");
  assert.equal(login.user.role_id, 4, "the PWA admits role_id 4 and 5 only");
  assert.equal(login.user.role.name, "team_lead");
  sessions.lead = { access: login.access_token, refresh: login.refresh_token, userId: login.user.id };
  const token = login.access_token;

  const profile = await rest("GET", "/auth/profile", { token });
  assert.equal(profile.status, 200);
  assert.equal(profile.body.message, "Profil récupéré");
  assert.equal(profile.body.errors, null);
  assert.equal(profile.body.except, null);
  const me = profile.body.result;
  assert.equal(me.id, Number(team.lead.id));
  assert.equal(me.email, team.lead.email);
  assert.equal(me.role_id, 4);
  assert.equal(me.status, "active");
  assert.equal(typeof me.username, "string");
  assert.equal(typeof me.created_at, "string");

  // EcommerceMetrics.tsx / MonthlyTarget.tsx: the board of the team lead's level.
  const counts = (await rest("GET", "/trade-flow/collections/counts/by-level", { token })).body.result;
  assert.equal(counts.pending, 2);
  assert.equal(counts.pending_team_manager, 2);
  assert.equal(counts.pending_supervisor, 0);
  assert.equal(counts.validated, 0);
  assert.equal(counts.rejected, 0);
  assert.equal(counts.total_submitted, 2);
  assert.equal(counts.validated_by_supervisor, 0);
  assert.equal(counts.rejected_by_supervisor, 0);
  assert.deepEqual(counts.period, { start_date: null, end_date: null });

  // CollectionsTableOne.tsx, team lead filtering "à traiter": collection_status + page/limit/type.
  const listed = await rest(
    "GET",
    `${BY_STATUS}?collection_type=agricultural&page=1&limit=10&collection_status=submitted`,
    { token },
  );
  assert.equal(listed.status, 200);
  assert.equal(listed.body.success, true);
  const list = listed.body.result;
  assert.deepEqual([list.total, list.page, list.limit], [2, 1, 10]);
  assert.deepEqual(list.data.map((row: { id: string }) => row.id).sort(), [ids.toValidate, ids.toReturn].sort());
  const row = list.data.find((entry: { id: string }) => entry.id === ids.toValidate);
  assert.equal(row.status, "submitted");
  assert.equal(row.collection_type, "agricultural");
  assert.equal(typeof row.collection_date, "string");
  assert.equal(row.collector.id, Number(team.agent.id));
  assert.equal(`${row.collector.first_name} ${row.collector.last_name}`.trim().length > 0, true);
  assert.equal(row.collectionItems.length, 2);
  assert.deepEqual(
    row.collectionItems.map((item: { total_value: string }) => item.total_value),
    ["270000", "300000"],
  );
  const livestock = await rest("GET", "/trade-flow/agents/collections?page=1&limit=10&collection_type=livestock", {
    token,
  });
  assert.deepEqual(livestock.body.result, { data: [], total: 0, page: 1, limit: 10 });

  // CollectionDetails.tsx
  const detail = (await rest("GET", `/trade-flow/digitalized-collections/${ids.toValidate}`, { token })).body.result;
  assert.equal(detail.id, ids.toValidate);
  assert.equal(detail.status, "submitted");
  assert.equal(detail.collection_context, "formal_border");
  assert.equal(detail.trade_flow_direction, "export");
  assert.equal(detail.vehicle_registration_number, "11 GH 4567");
  assert.equal(detail.total_weight_kg, "2200");
  assert.equal(detail.originCountry.iso, "BF");
  assert.equal(detail.destinationCountry.iso, "NE");
  assert.equal(detail.collectionPoint.code, "BF-KANTCHARI");
  assert.equal(typeof detail.collectionPoint.id, "number");
  assert.equal(detail.transportMode.code, "TRUCK");
  assert.deepEqual(
    detail.collectionItems.map((item: any) => [
      item.product.code,
      item.quantity,
      item.unit_price,
      item.local_unit_weight_kg,
    ]),
    [
      ["MAIZE", "12", "22500", "100"],
      ["ONION", "20", "15000", "50"],
    ],
  );
  const control = detail.collectionControls[0];
  assert.deepEqual(
    [control.fees_paid, control.has_receipt, control.illegal_fees_paid, control.service.code],
    ["5000", true, true, "CUSTOMS"],
  );
  assert.deepEqual(detail.collectionValidations, []);

  const workflow = (await rest("GET", `/trade-flow/collections/${ids.toValidate}/workflow`, { token })).body.result;
  assert.equal(workflow.collection_id, ids.toValidate);
  assert.equal(workflow.current_step, "team_manager_validation");
  assert.equal(workflow.team_manager_validation, null);
  assert.equal(workflow.supervisor_validation, null);
  assert.equal(workflow.can_proceed, true);
  assert.deepEqual(workflow.next_actions, ["validate", "reject"]);
  assert.deepEqual(workflow.validation_history, []);

  // CollectionDetails.tsx handleValidate, as a team lead.
  const submitted = await collectionState(ids.toValidate);
  const validated = await rest("POST", `/trade-flow/collections/${ids.toValidate}/validate/team-manager/complete`, {
    token,
    body: { data_quality_score: 85, validation_notes: "Validation effectuée par le chef d'équipe" },
  });
  assert.equal(validated.status, 200, JSON.stringify(validated.body));
  assert.equal(validated.body.success, true);
  assert.equal(validated.body.message, "Collecte validée au niveau 1 (chef d'équipe)");
  const record = validated.body.result;
  assert.equal(record.validation_level, "1");
  assert.equal(record.validation_result, "approved");
  assert.equal(record.validation_action, "approve");
  assert.equal(record.data_quality_score, 85);
  assert.equal(record.validation_notes, "Validation effectuée par le chef d'équipe");
  assert.equal(record.validator.id, Number(team.lead.id));
  assert.equal(record.is_resubmission, false);
  assert.equal(record.collection_id, ids.toValidate);
  assert.deepEqual(await collectionState(ids.toValidate), {
    ...submitted,
    status: "SUBMITTED",
    pendingLevel: 2,
    version: submitted.version + 1,
  });

  const after = (await rest("GET", `/trade-flow/collections/${ids.toValidate}/workflow`, { token })).body.result;
  assert.equal(after.current_step, "supervisor_validation");
  assert.equal(after.team_manager_validation.validation_result, "approved");
  assert.equal(after.team_manager_validation.validator.id, Number(team.lead.id));
  assert.equal(after.validation_history.length, 1);
});

test("team lead: their agents with activity (UsersTableOne.tsx: /trade-flow/agents/assigned)", async () => {
  const token = sessions.lead!.access;
  const response = await rest("GET", "/trade-flow/agents/assigned?page=1&limit=10", { token });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  assert.equal(response.body.success, true);
  const recorded = await db.collection.count({ where: { collectorId: Number(team.agent.id) } });
  assert.deepEqual(response.body.result, {
    data: [
      {
        agent_id: Number(team.agent.id),
        first_name: "Fixture",
        last_name: response.body.result.data[0].last_name,
        phone: null,
        email: team.agent.email,
        role: "agent",
        collection_count: recorded,
        validation_count: 0,
        last_activity: response.body.result.data[0].last_activity,
      },
    ],
    total: 1,
    page: 1,
    limit: 10,
  });
  assert.match(response.body.result.data[0].last_activity, /^\d{4}-\d{2}-\d{2}T/);
  // An agent has nobody assigned to them: the permission layer says so, in the envelope.
  assertFailure(await rest("GET", "/trade-flow/agents/assigned", { token: agentToken }), 403, /^Accès refusé/);
});

test("supervisor: login → counts → pending at level 2 → validate at level 2", async () => {
  const login = await signIn(team.supervisor.email, team.supervisor.password);
  assert.equal(login.user.role_id, 5);
  const token = login.access_token;
  sessions.supervisor = { access: token, refresh: login.refresh_token, userId: login.user.id };

  const counts = (await rest("GET", "/trade-flow/collections/counts/by-level", { token })).body.result;
  assert.deepEqual([counts.pending, counts.pending_team_manager, counts.pending_supervisor], [1, 1, 1]);
  assert.equal(counts.validated_by_team_manager, 1);

  const pending = await rest(
    "GET",
    `${BY_STATUS}?collection_type=agricultural&page=1&limit=10&validation_status=pending&validation_level=2`,
    { token },
  );
  assert.deepEqual(
    pending.body.result.data.map((row: { id: string }) => row.id),
    [ids.toValidate],
  );
  assert.equal(pending.body.result.data[0].validated_by_team_manager, true);

  const validated = await rest("POST", `/trade-flow/collections/${ids.toValidate}/validate/supervisor/complete`, {
    token,
    body: {
      validation_notes: "Validation complète par l'éditeur",
      data_quality_score: 90,
      validation_metadata: {
        validation_method: "field_verification",
        verification_date: new Date().toISOString(),
        verification_location: "Validation en ligne",
      },
    },
  });
  assert.equal(validated.status, 200, JSON.stringify(validated.body));
  assert.equal(validated.body.result.validation_level, "2");
  assert.equal(validated.body.result.validation_result, "approved");
  assert.equal(validated.body.result.data_quality_score, 90);
  assert.equal(validated.body.result.collection_status, "validated");

  const detail = (await rest("GET", `/trade-flow/digitalized-collections/${ids.toValidate}`, { token })).body.result;
  assert.equal(detail.status, "validated");
  assert.equal(detail.validated_by_team_manager, true);
  assert.equal(detail.validated_by_supervisor, true);
  assert.deepEqual(
    detail.collectionValidations.map((v: { validation_level: string }) => v.validation_level),
    ["1", "2"],
  );
  const workflow = (await rest("GET", `/trade-flow/collections/${ids.toValidate}/workflow`, { token })).body.result;
  assert.equal(workflow.current_step, "validated");
  assert.equal(workflow.supervisor_validation.validation_result, "approved");
  assert.equal(workflow.can_proceed, false);
});

test("team lead: reject at level 1 returns the collection to its agent", async () => {
  const token = sessions.lead!.access;
  const rejected = await rest("POST", `/trade-flow/collections/${ids.toReturn}/reject`, {
    token,
    body: { reason: "Poids des sacs d'oignons à préciser", level: "1" },
  });
  assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
  assert.equal(rejected.body.message, "Collecte renvoyée à l'agent pour correction");
  const record = rejected.body.result;
  assert.equal(record.validation_level, "1");
  assert.equal(record.validation_result, "rejected");
  assert.equal(record.validation_action, "return");
  assert.equal(record.rejection_reason, "Poids des sacs d'oignons à préciser");
  assert.equal(record.collection_status, "returned");
  assert.equal((await collectionState(ids.toReturn)).status, "RETURNED");
  const rejectedList = await rest("GET", `${BY_STATUS}?page=1&limit=10&collection_status=rejected`, {
    token,
  });
  assert.deepEqual(
    rejectedList.body.result.data.map((row: { id: string }) => row.id),
    [ids.toReturn],
  );
  assert.equal(rejectedList.body.result.data[0].status, "returned");
});

/** This month as the statistics label it (UTC): the fixtures' decisions were all made today. */
const THIS_MONTH = new Date().toISOString().slice(0, 7);
const byMonthTypeAction = (a: { action: string }, b: { action: string }) => a.action.localeCompare(b.action);

test("dashboards: a validator's decisions per month (stats/user), a supervisor's teams (stats/teams)", async () => {
  await rollupsSettled(db, nats);
  // MonthlySalesChart.tsx / CollectionTypeDistributionChart.tsx: the team lead validated one and sent one
  // back (CT's reject) — both agricultural, this month.
  const mine = await rest("GET", "/trade-flow/collections/stats/user", { token: sessions.lead!.access });
  assert.equal(mine.status, 200, JSON.stringify(mine.body));
  assert.equal(mine.body.message, "Statistiques de vos décisions récupérées");
  assert.deepEqual(mine.body.result.sort(byMonthTypeAction), [
    { month: THIS_MONTH, type: "agricultural", action: "rejected", count: 1 },
    { month: THIS_MONTH, type: "agricultural", action: "validated", count: 1 },
  ]);
  const supervisors = await rest("GET", "/trade-flow/collections/stats/user", { token: sessions.supervisor!.access });
  assert.deepEqual(supervisors.body.result, [
    { month: THIS_MONTH, type: "agricultural", action: "validated", count: 1 },
  ]);

  // SupervisorTeamBreakdown.tsx: the supervisor's one team, its lead's names; the returned collection is
  // back with its agent (in no column), the validated one counts at level 2.
  const breakdown = await rest("GET", "/trade-flow/collections/stats/teams", { token: sessions.supervisor!.access });
  assert.equal(breakdown.status, 200, JSON.stringify(breakdown.body));
  const lead = await db.user.findUniqueOrThrow({ where: { id: Number(team.lead.id) } });
  const counts = { pending_n1: 0, rejected_n1: 0, pending_n2: 0, validated_n2: 1, rejected_n2: 0 };
  assert.deepEqual(breakdown.body.result, {
    teams: [
      {
        team_manager_id: Number(team.lead.id),
        first_name: lead.fullName.split(" ")[0],
        last_name: lead.fullName.split(" ").slice(1).join(" "),
        email: team.lead.email,
        team_id: team.team.id,
        team_name: team.team.name,
        ...counts,
      },
    ],
    totals: counts,
  });
  // The breakdown is a supervisor's (and an administrator's); a validator's chart is a validator's.
  assertFailure(
    await rest("GET", "/trade-flow/collections/stats/teams", { token: sessions.lead!.access }),
    403,
    /^Accès refusé/,
  );
  assertFailure(await rest("GET", "/trade-flow/collections/stats/user", { token: agentToken }), 403, /^Accès refusé/);
  assertFailure(await rest("GET", "/trade-flow/collections/stats/teams"), 401, /^Authentification requise/);
});

test("refused: no token, another team's collection, malformed bodies, wrong level; nothing changes", async () => {
  const lead = sessions.lead!.access;
  const supervisor = sessions.supervisor!.access;
  const before = await collectionState(ids.otherTeam);

  assertFailure(
    await rest("GET", `/trade-flow/digitalized-collections/${ids.otherTeam}`),
    401,
    /^Authentification requise/,
  );
  assertFailure(await rest("GET", "/auth/profile"), 401, /^Authentification requise/);
  assertFailure(
    await rest("POST", `/trade-flow/collections/${ids.otherTeam}/validate/team-manager/complete`, {
      body: { data_quality_score: 80, validation_notes: "x" },
    }),
    401,
    /^Authentification requise/,
  );
  assertFailure(await rest("GET", "/auth/profile", { token: "not-a-jwt" }), 401, /^Authentification requise/);

  const outOfScope = await rest("GET", `/trade-flow/digitalized-collections/${ids.otherTeam}`, { token: lead });
  assertFailure(outOfScope, 404, /^Ressource introuvable/);
  assert.equal(outOfScope.body.errors[0].code, "NOT_FOUND");
  assertFailure(
    await rest("POST", `/trade-flow/collections/${ids.otherTeam}/validate/team-manager/complete`, {
      token: lead,
      body: { data_quality_score: 80, validation_notes: "Hors périmètre" },
    }),
    404,
    /^Ressource introuvable/,
  );
  assertFailure(
    await rest("POST", `/trade-flow/collections/${ids.otherTeam}/reject`, {
      token: lead,
      body: { reason: "x", level: "1" },
    }),
    404,
    /^Ressource introuvable/,
  );

  const badLevel = await rest("POST", `/trade-flow/collections/${ids.otherTeam}/reject`, {
    token: lead,
    body: { reason: "Motif", level: "3" },
  });
  assertFailure(badLevel, 400, /^Requête invalide : corps mal formé/);
  assert.deepEqual(
    badLevel.body.errors.map((error: { field: string }) => error.field),
    ["level"],
  );
  assertFailure(
    await rest("POST", `/trade-flow/collections/${ids.otherTeam}/reject`, { token: lead, body: { level: "1" } }),
    400,
    /^Requête invalide/,
  );
  assertFailure(
    await rest("POST", `/trade-flow/collections/${ids.otherTeam}/validate/team-manager/complete`, {
      token: lead,
      body: { data_quality_score: "excellent" },
    }),
    400,
    /^Requête invalide/,
  );
  assertFailure(
    await rest("POST", "/auth/login", { raw: '{"username": "x",' }),
    400,
    /^Requête invalide : le corps n'est pas du JSON valide/,
  );
  assertFailure(
    await rest("POST", "/auth/login", { raw: JSON.stringify({ username: "x", password: "y".repeat(70 * 1024) }) }),
    413,
    /^Requête trop volumineuse \(limite 64kb\)/,
  );
  assertFailure(
    await rest("POST", "/auth/login", { body: { username: team.lead.email, password: "wrong" } }),
    401,
    /^Identifiants invalides/,
  );
  assertFailure(await rest("GET", "/trade-flow/agents/collections?page=0", { token: lead }), 400, /^Requête invalide/);

  // The domain refuses a validation without a score (the app's default is null): 422, in French.
  const collection = await stack.gateway.request(
    `mutation C($i: CollectionInput!) { createCollection(input: $i, submit: true) { id version } }`,
    { i: await collectionInput(db, NO_EXTRAS) },
    { token: agentToken },
  );
  const fresh = collection.body.data!.createCollection;
  // CT's score is optional (the app sends null by default): a decision without one is recorded as such.
  const unscored = await stack.gateway.request(
    `mutation C($i: CollectionInput!) { createCollection(input: $i, submit: true) { id version } }`,
    { i: await collectionInput(db, NO_EXTRAS) },
    { token: agentToken },
  );
  const noScore = await rest(
    "POST",
    `/trade-flow/collections/${unscored.body.data!.createCollection.id}/validate/team-manager/complete`,
    { token: lead, body: { data_quality_score: null, validation_notes: "Sans score" } },
  );
  assert.equal(noScore.status, 200, JSON.stringify(noScore.body));
  assert.equal(noScore.body.result.data_quality_score, null);
  // A supervisor's route on a collection waiting at level 1: refused, not approved at the wrong level.
  assertFailure(
    await rest("POST", `/trade-flow/collections/${fresh.id}/validate/supervisor/complete`, {
      token: supervisor,
      body: { data_quality_score: 90, validation_notes: "Trop tôt" },
    }),
    409,
    /^Action impossible : la collecte n'est pas en attente de validation au niveau 2/,
  );
  // A validator's role cannot change reference data; the staff list shows a team lead their own team only.
  const staff = await rest("GET", "/admin/actors?actor_role=collector&page=1&limit=10", { token: lead });
  assert.deepEqual(
    staff.body.result.data.map((actor: { id: number }) => actor.id),
    [Number(team.agent.id)],
  );
  assertFailure(
    await rest("POST", "/admin/reference-data/cities", { token: lead, body: { name: "Fada", country_id: 1 } }),
    403,
    /^Accès refusé/,
  );

  assert.deepEqual(await collectionState(ids.otherTeam), before, "nothing changed");
  assert.deepEqual(await collectionState(fresh.id), { status: "SUBMITTED", version: fresh.version, pendingLevel: 1 });
});

test("a 401 is answered so that the apps' interceptor refreshes, then retries", async () => {
  const env = loadGatewayEnv(serviceEnvironment());
  const keys = await loadTokenKeys(env, { signing: true });
  const claims = JSON.parse(Buffer.from(sessions.lead!.access.split(".")[1]!, "base64url").toString());
  const now = Math.floor(Date.now() / 1000);
  const expired = await signAccessToken(
    {
      userId: claims.sub,
      role: claims.role as (typeof ROLES)[number],
      permissions: claims.perms,
      teamId: claims.team,
      regionIds: claims.regions,
      sessionId: claims.sid,
      mustChangePassword: false,
    },
    keys,
    { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, ttlSeconds: 60, issuedAt: now - 3600 },
  );
  const path = "/trade-flow/collections/counts/by-level";
  const refused = await rest("GET", path, { token: expired });
  assertFailure(refused, 401, /^Authentification requise/);

  // src/api/axios.ts: axios.post("/auth/refresh", {refreshToken}) and reads data.accessToken at the top level.
  const refreshed = await rest("POST", "/auth/refresh", { body: { refreshToken: sessions.lead!.refresh } });
  assert.equal(refreshed.status, 200, JSON.stringify(refreshed.body));
  assert.deepEqual(Object.keys(refreshed.body).sort(), ["accessToken", "refreshToken"]);
  assert.notEqual(refreshed.body.refreshToken, sessions.lead!.refresh);
  const retried = await rest("GET", path, { token: refreshed.body.accessToken });
  assert.equal(retried.status, 200);
  assert.equal(retried.body.success, true);
  assert.equal(retried.body.result.pending, 1);
  sessions.lead = { ...sessions.lead!, access: refreshed.body.accessToken, refresh: refreshed.body.refreshToken };

  const unknown = await rest("POST", "/auth/refresh", { body: { refreshToken: "no-such-token" } });
  assertFailure(unknown, 401, /^Authentification requise/);
});

test("administrator: actors by CT role, edit, deactivate", async () => {
  const login = await signIn("admin@demo.ct", DEMO_PASSWORD);
  assert.equal(login.user.role_id, 2);
  const token = login.access_token;
  sessions.admin = { access: token, refresh: login.refresh_token, userId: login.user.id };

  const leads = await rest("GET", `/admin/actors?actor_role=team_manager&page=1&limit=50&search=${team.lead.email}`, {
    token,
  });
  assert.equal(leads.status, 200, JSON.stringify(leads.body));
  assert.deepEqual(leads.body.result.pagination, { page: 1, limit: 50, total: 1, totalPages: 1 });
  const lead = leads.body.result.data[0];
  assert.equal(lead.id, Number(team.lead.id));
  assert.equal(lead.actor_role, "team_manager");
  assert.equal(lead.email, team.lead.email);
  assert.equal(lead.user.role_id, 4);
  assert.equal(lead.user.status, "active");
  assert.equal(lead.team.id, team.team.id);

  const collectors = await rest(
    "GET",
    `/admin/actors?actor_role=collector&page=1&limit=10&search=${team.agent.email}`,
    { token },
  );
  const agent = collectors.body.result.data[0];
  assert.equal(agent.actor_role, "collector");
  assert.equal(agent.teamManager.id, Number(team.lead.id), "the collector's team manager");

  const edited = await rest("PUT", `/admin/actors/${agent.id}`, {
    token,
    body: { first_name: "Aminata", last_name: "Sawadogo", phone: "+22670990011" },
  });
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  assert.deepEqual([edited.body.result.first_name, edited.body.result.last_name], ["Aminata", "Sawadogo"]);
  assert.equal(edited.body.result.phone, "+22670990011");
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: agent.id } })).fullName, "Aminata Sawadogo");

  // AddCollector.tsx: CT's collector form, numeric ids as numbers.
  const email = `collecteur-${Date.now().toString(36)}@example.ct`;
  const created = await rest("POST", "/admin/actors", {
    token,
    body: {
      first_name: "Salif",
      last_name: "Compaoré",
      email,
      phone: `+2267${Date.now().toString().slice(-7)}`,
      gender: "M",
      marital_status: "single",
      status: "active",
      actor_role: "collector",
      password: "Kantchari-Collecte-2026!",
      country_id: (await db.country.findUniqueOrThrow({ where: { code: "BF" } })).id,
      team_manager_id: Number(team.lead.id),
    },
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  assert.equal(created.body.message, "Acteur créé");
  const collector = created.body.result;
  assert.deepEqual(
    [collector.first_name, collector.last_name, collector.actor_role],
    ["Salif", "Compaoré", "collector"],
  );
  assert.equal(collector.teamManager.id, Number(team.lead.id));
  assert.equal(collector.password_set, true);
  const newcomer = await signIn(email, "Kantchari-Collecte-2026!");
  assert.equal(newcomer.user.role_id, 3);
  assert.equal((newcomer as { must_change_password?: boolean }).must_change_password, true, "a temporary password");
  assertFailure(
    await rest("POST", "/admin/actors", { token, body: { first_name: "Sans", actor_role: "collector" } }),
    400,
    /^Requête invalide : corps mal formé/,
  );

  // Someone who recorded nothing is deleted; the fixture agent, who recorded collections, is deactivated.
  const deleted = await rest("DELETE", `/admin/actors/${collector.id}`, { token });
  assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
  assert.deepEqual([deleted.body.result.deleted, deleted.body.result.deactivated], [true, false]);
  assert.equal(await db.user.findUnique({ where: { id: collector.id } }), null);
  const removed = await rest("DELETE", `/admin/actors/${agent.id}`, { token });
  assert.equal(removed.status, 200, JSON.stringify(removed.body));
  assert.deepEqual([removed.body.result.deleted, removed.body.result.deactivated], [false, true]);
  assert.equal(typeof removed.body.result.message, "string");
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: agent.id } })).active, false);
});

test("administrator: own profile (UserInfoCard.tsx: GET /auth/profile, PUT /auth/profile/:id)", async () => {
  const admin = await createUserFixture(db, { role: "ADMIN", label: "rest-profile" });
  const login = await signIn(admin.email, admin.password);
  assert.equal(login.user.role_id, 2);
  const token = login.access_token;
  const me = (await rest("GET", "/auth/profile", { token })).body.result;
  assert.deepEqual([me.id, me.email, me.phone, me.role_id], [Number(admin.id), admin.email, null, 2]);

  // The card sends the three fields, unchanged ones included.
  const renamed = await rest("PUT", `/auth/profile/${me.id}`, {
    token,
    body: { username: "Awa Ouédraogo", email: me.email, phone: null },
  });
  assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
  assert.equal(renamed.body.message, "Profil mis à jour");
  assert.deepEqual(
    [renamed.body.result.username, renamed.body.result.first_name, renamed.body.result.last_name],
    ["Awa Ouédraogo", "Awa", "Ouédraogo"],
  );
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: me.id } })).fullName, "Awa Ouédraogo");

  // A new login phone needs the current password (the card has no such field): refused, nothing changed.
  const phone = `+2267${Date.now().toString().slice(-7)}`;
  const unconfirmed = await rest("PUT", `/auth/profile/${me.id}`, {
    token,
    body: { username: "Awa Ouédraogo", email: me.email, phone },
  });
  assertFailure(unconfirmed, 422, /^Données refusées/);
  assert.equal(unconfirmed.body.errors[0].field, "currentPassword");
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: me.id } })).phone, null);
  const confirmed = await rest("PUT", `/auth/profile/${me.id}`, {
    token,
    body: { username: "Awa Ouédraogo", email: me.email, phone, current_password: admin.password },
  });
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  assert.equal(confirmed.body.result.phone, phone);

  // Someone else's profile, a malformed email, no token: refused in the envelope, nothing changed.
  const other = await db.user.findUniqueOrThrow({ where: { id: Number(team.lead.id) } });
  assertFailure(
    await rest("PUT", `/auth/profile/${other.id}`, { token, body: { username: "Autre" } }),
    403,
    /^Accès refusé : vous ne pouvez modifier que votre propre profil/,
  );
  assertFailure(
    await rest("PUT", `/auth/profile/${me.id}`, { token, body: { email: "pas-un-email" } }),
    400,
    /^Requête invalide : corps mal formé/,
  );
  assertFailure(
    await rest("PUT", `/auth/profile/${me.id}`, { body: { username: "Anonyme" } }),
    401,
    /^Authentification requise/,
  );
  assert.deepEqual(await db.user.findUniqueOrThrow({ where: { id: other.id } }), other);
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: me.id } })).fullName, "Awa Ouédraogo");
});

test("administrator: reference data CRUD (cities), countries for the pickers", async () => {
  const token = sessions.admin!.access;
  const burkina = await db.country.findUniqueOrThrow({ where: { code: "BF" } });
  const name = `Fada N'Gourma ${Date.now().toString(36)}`;

  const created = await rest("POST", "/admin/reference-data/cities", { token, body: { name, country_id: burkina.id } });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const city = created.body.result;
  assert.equal(typeof city.id, "number");
  assert.deepEqual([city.name, city.country_id, city.status], [name, burkina.id, "active"]);

  const listed = await rest("GET", `/admin/reference-data/cities?page=1&limit=10&search=${encodeURIComponent(name)}`, {
    token,
  });
  assert.deepEqual(listed.body.result.pagination, { page: 1, limit: 10, total: 1, totalPages: 1 });
  assert.deepEqual(
    listed.body.result.data.map((row: { id: number }) => row.id),
    [city.id],
  );

  const renamed = await rest("PUT", `/admin/reference-data/cities/${city.id}`, {
    token,
    body: { name: `${name} (Est)` },
  });
  assert.equal(renamed.body.result.name, `${name} (Est)`);
  const removed = await rest("DELETE", `/admin/reference-data/cities/${city.id}`, { token });
  assert.equal(removed.status, 200, JSON.stringify(removed.body));
  assert.equal(removed.body.message, "Suppression traitée");
  assert.deepEqual(
    [removed.body.result.id, removed.body.result.deleted],
    [city.id, true],
    JSON.stringify(removed.body),
  );
  assert.equal(await db.city.findUnique({ where: { id: city.id } }), null, "nothing referred to it: deleted");
  // A code list entry (AddTransportMode.tsx sends {name, description}), created then deleted.
  const mode = await rest("POST", "/admin/reference-data/transport-modes", {
    token,
    body: { name: `Charrette ${Date.now().toString(36)}`, description: "Traction animale" },
  });
  assert.equal(mode.status, 200, JSON.stringify(mode.body));
  assert.equal(mode.body.result.kind, "transport_mode");
  const dropped = await rest("DELETE", `/admin/reference-data/transport-modes/${mode.body.result.id}`, { token });
  assert.deepEqual([dropped.body.result.deleted, dropped.body.result.deactivated], [true, false]);

  assertFailure(
    await rest("POST", "/admin/reference-data/cities", { token, body: { name: "" } }),
    400,
    /^Requête invalide/,
  );
  // CT's country form has no ISO alpha-3 code, which the supergraph requires: the domain says so.
  const noIso3 = await rest("POST", "/admin/reference-data/countries", { token, body: { name: "Gambie", iso: "GM" } });
  assertFailure(noIso3, 422, /^Données refusées/);
  assert.match(noIso3.body.errors[0].message, /iso3/);

  // The PWA's country names: /admin/countries?page=1&limit=500 read as result.data.
  const countries = await rest("GET", "/admin/countries?page=1&limit=500", { token: sessions.lead!.access });
  assert.equal(countries.status, 200, JSON.stringify(countries.body));
  const bf = countries.body.result.data.find((row: { iso: string }) => row.iso === "BF");
  assert.deepEqual([bf.id, bf.name, bf.status], [burkina.id, burkina.name, "active"]);
  const common = await rest("GET", "/common-data/collection-point-types", { token });
  assert.deepEqual(
    common.body.result.data.map((row: { id: number; code: string }) => [row.id, row.code]),
    [
      [1, "border_post"],
      [2, "market"],
      [3, "checkpoint"],
      [4, "river_port"],
    ],
  );
  assert.equal(common.body.result.data[0].name, "Poste frontière");
});

test("administrator: the catalogue's forms (products, units, animals, animal types and natures, transport)", async () => {
  const token = sessions.admin!.access;
  const tag = Date.now().toString(36);
  const created = async (path: string, body: unknown) => {
    const answer = await rest("POST", `/admin/reference-data/${path}`, { token, body });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.success, true);
    return answer.body.result;
  };

  // AddProductType.tsx {name, description}, AddProductNature.tsx {name_fr, name_en}, then AddProduct.tsx.
  const productType = await created("product-types", { name: `Céréales ${tag}`, description: "Grains secs" });
  assert.deepEqual([productType.name, productType.description], [`Céréales ${tag}`, "Grains secs"]);
  const productNature = await created("product-natures", { name_fr: `Grain ${tag}`, name_en: `Grain ${tag} EN` });
  assert.deepEqual([productNature.name_fr, productNature.name_en], [`Grain ${tag}`, `Grain ${tag} EN`]);
  const product = await created("products", {
    name: `Sorgho ${tag}`,
    name_eng: `Sorghum ${tag}`,
    product_type_id: productType.id,
    description: "Sorgho rouge",
    natures: [{ product_nature_id: productNature.id, hs_code: "1007.90" }],
  });
  assert.equal(typeof product.id, "number");
  assert.deepEqual(
    {
      name: product.name,
      name_eng: product.name_eng,
      description: product.description,
      HS_code: product.HS_code,
      product_type_id: product.product_type_id,
      natures: product.natures,
      status: product.status,
    },
    {
      name: `Sorgho ${tag}`,
      name_eng: `Sorghum ${tag}`,
      description: "Sorgho rouge",
      HS_code: "1007.90",
      product_type_id: productType.id,
      natures: [
        {
          product_nature_id: productNature.id,
          hs_code: "1007.90",
          nature: { id: productNature.id, name_fr: `Grain ${tag}`, name_en: `Grain ${tag} EN` },
        },
      ],
      status: "active",
    },
  );
  const listedProducts = await rest("GET", `/admin/reference-data/products?page=1&limit=10&search=Sorgho ${tag}`, {
    token,
  });
  assert.deepEqual(
    listedProducts.body.result.data.map((row: { id: number }) => row.id),
    [product.id],
  );

  // AddUnity.tsx {name, description, symbol}: a unit without a known factor.
  const unit = await created("unities", { name: `Tas ${tag}`, description: "Tas de tomates", symbol: `tas${tag}` });
  assert.deepEqual(
    [unit.name, unit.description, unit.symbol, unit.dimension, unit.factor, unit.status],
    [`Tas ${tag}`, "Tas de tomates", `tas${tag}`, "mass", null, "active"],
  );

  // AddAnimalType.tsx {name, description}, AddAnimalNature.tsx {name_fr, name_en}, AddAnimal.tsx.
  const animalType = await created("animal-types", { name: `Dromadaires ${tag}`, description: "Camélidés" });
  assert.deepEqual([animalType.name, animalType.status], [`Dromadaires ${tag}`, "active"]);
  const renamedType = await rest("PUT", `/admin/reference-data/animal-types/${animalType.id}`, {
    token,
    body: { name: `Camelins ${tag}` },
  });
  assert.equal(renamedType.status, 200, JSON.stringify(renamedType.body));
  assert.deepEqual([renamedType.body.result.id, renamedType.body.result.name], [animalType.id, `Camelins ${tag}`]);
  const pickers = await rest("GET", "/common-data/animal-types", { token });
  assert.equal(pickers.status, 200, JSON.stringify(pickers.body));
  assert.deepEqual(
    pickers.body.result.data.find((row: { id: number }) => row.id === animalType.id),
    {
      id: animalType.id,
      code: animalType.code,
      name: `Camelins ${tag}`,
      name_en: `Dromadaires ${tag}`,
      status: "active",
    },
  );
  const animalNature = await created("animal-natures", { name_fr: `Reproduction ${tag}`, name_en: `Breeding ${tag}` });
  const natures = await rest("GET", `/admin/reference-data/animal-natures?page=1&limit=100&search=${tag}`, { token });
  assert.deepEqual(
    natures.body.result.data.map((row: { id: number; name_fr: string }) => [row.id, row.name_fr]),
    [[animalNature.id, `Reproduction ${tag}`]],
  );
  const animal = await created("animals", {
    name: `Chamelle ${tag}`,
    animal_type_id: animalType.id,
    natures: [{ animal_nature_id: animalNature.id, hs_code: "0106.13", abbreviation: "CHM" }],
  });
  assert.deepEqual(
    {
      name: animal.name,
      animal_type_id: animal.animal_type_id,
      type: animal.animalType.name,
      natures: animal.natures,
      status: animal.status,
    },
    {
      name: `Chamelle ${tag}`,
      animal_type_id: animalType.id,
      type: `Camelins ${tag}`,
      natures: [
        {
          animal_nature_id: animalNature.id,
          hs_code: "0106.13",
          nature: { id: animalNature.id, name_fr: `Reproduction ${tag}`, name_en: `Breeding ${tag}` },
        },
      ],
      status: "active",
    },
  );
  const animals = await rest("GET", `/admin/reference-data/animals?page=1&limit=10&search=Chamelle ${tag}`, { token });
  assert.deepEqual(animals.body.result.pagination, { page: 1, limit: 10, total: 1, totalPages: 1 });
  const renamed = await rest("PUT", `/admin/reference-data/animals/${animal.id}`, {
    token,
    body: { name: `Chamelle laitière ${tag}` },
  });
  assert.equal(renamed.body.result.name, `Chamelle laitière ${tag}`);
  assertFailure(
    await rest("POST", "/admin/reference-data/animals", { token, body: { name: "Sans type" } }),
    400,
    /^Requête invalide : corps mal formé/,
  );
  // An animal type an animal refers to is deactivated, not deleted; once the animal is gone, it is deleted.
  const kept = await rest("DELETE", `/admin/reference-data/animal-types/${animalType.id}`, { token });
  assert.deepEqual([kept.body.result.deleted, kept.body.result.deactivated], [false, true]);
  const gone = await rest("DELETE", `/admin/reference-data/animals/${animal.id}`, { token });
  assert.deepEqual([gone.body.result.deleted, gone.body.result.deactivated], [true, false]);
  assert.equal(await db.animal.findUnique({ where: { id: animal.id } }), null);

  // AddTransportMethod.tsx {name, description}; AddTransportMode.tsx adds transport_method_id.
  const method = await created("transport-methods", { name: `Fluvial ${tag}`, description: "Par pirogue" });
  assert.deepEqual([method.kind, method.description], ["transport_method", "Par pirogue"]);
  const mode = await created("transport-modes", {
    name: `Pirogue motorisée ${tag}`,
    description: "Pinasse",
    transport_method_id: method.id,
  });
  assert.deepEqual([mode.transport_method_id, mode.transportMethod.name], [method.id, `Fluvial ${tag}`]);
  const methods = await rest("GET", `/admin/reference-data/transport-methods?page=1&limit=10&search=${tag}`, { token });
  assert.deepEqual(
    methods.body.result.data.map((row: { id: number }) => row.id),
    [method.id],
  );
  assert.equal(methods.body.message, "Liste des méthodes de transport récupérée");

  // A validator's role reads the catalogue and changes none of it; without a token, nothing either.
  const [speciesCount, animalCount] = [await db.animalSpecies.count(), await db.animal.count()];
  assertFailure(
    await rest("POST", "/admin/reference-data/animal-types", { token: sessions.lead!.access, body: { name: "Ânes" } }),
    403,
    /^Accès refusé/,
  );
  assertFailure(
    await rest("POST", "/admin/reference-data/animals", { body: { name: "Âne", animal_type_id: animalType.id } }),
    401,
    /^Authentification requise/,
  );
  assert.deepEqual([await db.animalSpecies.count(), await db.animal.count()], [speciesCount, animalCount]);
});

const CARDS = ["total-collections", "accepted-by-supervisor", "rejected-by-level", "pending", "monthly-collections"];

/** What the admin dashboard's contexts fetch on opening: the five cards (S6–S10) and the chart (S11). */
async function adminDashboard(token: string) {
  const cards: Record<string, any> = {};
  for (const card of CARDS) {
    const answer = await rest("GET", `/admin/stats/${card}`, { token });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.message, "Statistiques récupérées");
    assert.equal(answer.body.result.success, true, "the contexts read result.data");
    cards[card] = answer.body.result.data;
    assert.match(cards[card].generated_at, /^\d{4}-\d{2}-\d{2}T/);
  }
  const chart = await rest("GET", "/admin/validation-stats", { token });
  assert.equal(chart.status, 200, JSON.stringify(chart.body));
  return { cards, chart: chart.body.result };
}

const monthDelta = (now: { count?: number; total_rejected?: number }[], then: typeof now) =>
  now.map((row, index) => (row.count ?? row.total_rejected!) - (then[index]!.count ?? then[index]!.total_rejected!));
const onlyThisMonth = (count: number) =>
  Array.from({ length: 12 }, (_, index) => (index === new Date().getUTCMonth() ? count : 0));

test("administrator: the dashboard's figures (/admin/stats/*, /admin/validation-stats) follow the workflow", async () => {
  const token = sessions.admin!.access;
  const crew = await createTeamFixture(db, "rest-stats");
  const agent = (await stack.gateway.login(crew.agent.email, crew.agent.password)).accessToken;
  const lead = (await stack.gateway.login(crew.lead.email, crew.lead.password)).accessToken;
  await rollupsSettled(db, nats);
  const before = await adminDashboard(token);
  assert.deepEqual(Object.fromEntries(CARDS.map((card) => [card, Object.keys(before.cards[card]).sort()])), {
    "total-collections": ["generated_at", "total_collections"],
    "accepted-by-supervisor": ["generated_at", "total_accepted_by_supervisor"],
    "rejected-by-level": [
      "generated_at",
      "total_rejected",
      "total_rejected_by_supervisor",
      "total_rejected_by_team_lead",
    ],
    pending: ["generated_at", "pending_supervisor", "pending_team_lead", "total_pending"],
    "monthly-collections": ["generated_at", "monthly_collections", "period"],
  });
  const year = new Date().getUTCFullYear();
  assert.deepEqual(before.cards["monthly-collections"].period, {
    start_date: `${year}-01-01`,
    end_date: `${year}-12-31`,
  });
  assert.deepEqual(before.cards["monthly-collections"].monthly_collections[10], {
    year,
    month: 11,
    month_name: "novembre",
    count: before.cards["monthly-collections"].monthly_collections[10].count,
  });

  // An agent submits a collection today: one more in the workflow, pending at level 1, this month.
  const create = `mutation C($i: CollectionInput!) { createCollection(input: $i, submit: true) { id version } }`;
  const input = await collectionInput(db, { ...NO_EXTRAS, collectedAt: new Date(Date.now() - 60_000).toISOString() });
  const created = (await stack.gateway.request(create, { i: input }, { token: agent })).body.data!.createCollection;
  await rollupsSettled(db, nats);
  const submitted = await adminDashboard(token);
  const grown = (card: string, field: string) => submitted.cards[card][field] - before.cards[card][field];
  assert.deepEqual(
    [
      grown("total-collections", "total_collections"),
      grown("pending", "total_pending"),
      grown("pending", "pending_team_lead"),
      grown("pending", "pending_supervisor"),
      grown("accepted-by-supervisor", "total_accepted_by_supervisor"),
      grown("rejected-by-level", "total_rejected"),
    ],
    [1, 1, 1, 0, 0, 0],
  );
  assert.deepEqual(
    monthDelta(
      submitted.cards["monthly-collections"].monthly_collections,
      before.cards["monthly-collections"].monthly_collections,
    ),
    onlyThisMonth(1),
  );

  // Its team lead rejects it for good (a GraphQL decision: CT's apps only send it back).
  const reject = `mutation R($id: ID!, $v: Int!) { rejectCollection(id: $id, version: $v, input: { reason: "Doublon" }) { status } }`;
  const decided = await stack.gateway.request(reject, { id: created.id, v: created.version }, { token: lead });
  assert.equal(decided.body.data!.rejectCollection.status, "REJECTED", JSON.stringify(decided.body.errors));
  await rollupsSettled(db, nats);
  const after = await adminDashboard(token);
  const moved = (card: string, field: string) => after.cards[card][field] - before.cards[card][field];
  assert.deepEqual(
    [
      moved("total-collections", "total_collections"),
      moved("pending", "total_pending"),
      moved("rejected-by-level", "total_rejected"),
      moved("rejected-by-level", "total_rejected_by_team_lead"),
      moved("rejected-by-level", "total_rejected_by_supervisor"),
    ],
    [1, 0, 1, 1, 0],
  );
  assert.deepEqual(monthDelta(after.chart.monthly_rejected, before.chart.monthly_rejected), onlyThisMonth(1));
  assert.deepEqual(
    monthDelta(after.chart.monthly_accepted_by_supervisor, before.chart.monthly_accepted_by_supervisor),
    onlyThisMonth(0),
  );

  // S11 (StatisticsChart.tsx, no nested data) is administrationStatistics field by field, in CT's names.
  const stats = (
    await stack.gateway.request(
      `{ administrationStatistics { year totalCollections acceptedBySupervisor rejected pending
        rejectedByLevel { level count } pendingByLevel { level count }
        collectionsPerMonth { month nameFr count } acceptedPerMonth { month nameFr count }
        rejectedPerMonth { month nameFr count } } }`,
      {},
      { token },
    )
  ).body.data!.administrationStatistics;
  const at = (rows: { level: number; count: number }[], level: number) =>
    rows.find((row) => row.level === level)?.count ?? 0;
  const monthly = (rows: { month: number; nameFr: string; count: number }[]) =>
    rows.map((row) => ({ year, month: row.month, month_name: row.nameFr, count: row.count }));
  assert.deepEqual(after.chart, {
    total_collections: stats.totalCollections,
    total_accepted_by_supervisor: stats.acceptedBySupervisor,
    total_rejected: stats.rejected,
    total_rejected_by_team_lead: at(stats.rejectedByLevel, 1),
    total_rejected_by_supervisor: at(stats.rejectedByLevel, 2),
    pending_team_lead: at(stats.pendingByLevel, 1),
    pending_supervisor: at(stats.pendingByLevel, 2),
    total_pending: stats.pending,
    monthly_collections: monthly(stats.collectionsPerMonth),
    monthly_accepted_by_supervisor: monthly(stats.acceptedPerMonth),
    monthly_rejected: monthly(stats.rejectedPerMonth).map(({ count, ...row }) => ({ ...row, total_rejected: count })),
    period: { start_date: `${year}-01-01`, end_date: `${year}-12-31` },
    generated_at: after.chart.generated_at,
  });
  assert.equal(after.cards.pending.total_pending, stats.pending);

  // The admin dashboard's figures are administrators'.
  assertFailure(
    await rest("GET", "/admin/stats/pending", { token: sessions.supervisor!.access }),
    403,
    /^Accès refusé/,
  );
  assertFailure(await rest("GET", "/admin/validation-stats"), 401, /^Authentification requise/);
});

/** The data rows of a workbook's first sheet, keyed by the header row. */
function sheetRows(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      rows.push(Object.fromEntries(headers.map((header, index) => [header, values[index] ?? null])));
    }
  });
  return rows;
}

const EXPORT_PERIOD = { startDate: "2024-02-01", endDate: "2024-02-29", format: "excel" };

test("administrator: the Excel export (CSVExportPage.tsx) is the period's validated collections, parsed back", async () => {
  // A period of its own (February 2024): two collections validated at both levels, one still pending.
  const crew = await createTeamFixture(db, "rest-export");
  const as = async (role: "agent" | "lead" | "supervisor") =>
    (await stack.gateway.login(crew[role].email, crew[role].password)).accessToken;
  const [agent, lead, supervisor] = [await as("agent"), await as("lead"), await as("supervisor")];
  const create = `mutation C($i: CollectionInput!) { createCollection(input: $i, submit: true) { id version } }`;
  const approve = `mutation A($id: ID!, $v: Int!) {
    approveCollection(id: $id, version: $v, input: { score: 80 }) { version status }
  }`;
  const validated: string[] = [];
  for (const day of ["2024-02-10", "2024-02-29", "2024-02-20"]) {
    const input = await collectionInput(db, { ...NO_EXTRAS, collectedAt: `${day}T08:00:00Z` });
    const collection = (await stack.gateway.request(create, { i: input }, { token: agent })).body.data!
      .createCollection;
    if (day === "2024-02-20") break; // pending at level 1: not exported
    const level1 = (await stack.gateway.request(approve, { id: collection.id, v: collection.version }, { token: lead }))
      .body.data!.approveCollection;
    const level2 = await stack.gateway.request(
      approve,
      { id: collection.id, v: level1.version },
      { token: supervisor },
    );
    assert.equal(level2.body.data!.approveCollection.status, "VALIDATED", JSON.stringify(level2.body.errors));
    validated.push(collection.id);
  }

  // axios.post("/admin/export-csv", {startDate, endDate, format: "excel"}, {responseType: "blob"})
  const response = await fetch(new URL("/admin/export-csv", origin), {
    method: "POST",
    headers: {
      authorization: `Bearer ${sessions.admin!.access}`,
      "content-type": "application/json",
      origin: "http://localhost:5174",
    },
    body: JSON.stringify(EXPORT_PERIOD),
  });
  assert.equal(response.status, 200, response.status === 200 ? "" : await response.text());
  assert.equal(
    response.headers.get("content-type"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  assert.equal(response.headers.get("x-total-records"), "4", "two validated collections of two items each");
  assert.equal(
    response.headers.get("content-disposition"),
    'attachment; filename="collectes_2024-02-01_2024-02-29.xlsx"',
  );
  assert.match(response.headers.get("access-control-expose-headers") ?? "", /X-Total-Records/i);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const rows = sheetRows(workbook.worksheets[0]!);
  assert.equal(rows.length, 4);
  assert.deepEqual(
    rows.map((row) => [
      row["Identifiant de la collecte"],
      (row["Date de collecte"] as Date).toISOString().slice(0, 10),
      row["Produit"],
      row["Quantité (volume initial)"],
      row["Valeur initiale"],
      row["Volume (kg)"],
    ]),
    [
      [validated[0], "2024-02-10", "Maïs", 12, 270_000, 1_200],
      [validated[0], "2024-02-10", "Oignon", 20, 300_000, 1_000],
      [validated[1], "2024-02-29", "Maïs", 12, 270_000, 1_200],
      [validated[1], "2024-02-29", "Oignon", 20, 300_000, 1_000],
    ],
  );

  // The dashboard's own default (no body: the last 30 days) answers a workbook too.
  const recent = await fetch(new URL("/admin/export-csv", origin), {
    method: "POST",
    headers: { authorization: `Bearer ${sessions.admin!.access}` },
  });
  assert.equal(recent.status, 200);
  assert.match(recent.headers.get("x-total-records") ?? "", /^\d+$/);
  await recent.arrayBuffer();

  const reports = await db.report.count();
  assertFailure(await rest("POST", "/admin/export-csv", { body: EXPORT_PERIOD }), 401, /^Authentification requise/);
  const csv = await rest("POST", "/admin/export-csv", {
    token: sessions.admin!.access,
    body: { ...EXPORT_PERIOD, format: "csv" },
  });
  assertFailure(csv, 400, /^Requête invalide : corps mal formé/);
  assert.deepEqual(
    csv.body.errors.map((error: { field: string }) => error.field),
    ["format"],
  );
  const backwards = await rest("POST", "/admin/export-csv", {
    token: sessions.admin!.access,
    body: { ...EXPORT_PERIOD, startDate: "2024-03-01" },
  });
  assertFailure(backwards, 400, /^Requête invalide : corps mal formé/);
  assert.equal(backwards.body.errors[0].message, "startDate doit précéder endDate");
  assert.equal(await db.report.count(), reports, "no report requested by a refused export");
});

test("an export the report worker does not finish in time is a 503 in the envelope", async () => {
  // A gateway of its own that waits 1 ms: the job is not finished when the deadline passes.
  const hurried = await startStack({ REST_EXPORT_WAIT_MS: "1", REDIS_KEY_PREFIX: `ct:rest-export-${Date.now()}:` });
  try {
    const response = await fetch(new URL("/admin/export-csv", new URL(hurried.gatewayUrl).origin), {
      method: "POST",
      headers: { authorization: `Bearer ${sessions.admin!.access}`, "content-type": "application/json" },
      body: JSON.stringify(EXPORT_PERIOD),
    });
    const answer = { status: response.status, headers: response.headers, body: await response.json() };
    assertFailure(answer, 503, /^L'export prend plus de temps que prévu/);
    assert.equal(answer.body.errors[0].code, "SERVICE_UNAVAILABLE");
    // Not finished is what the deadline promises: the main stack's report worker (same work queue) may
    // already have taken the job in that 1 ms, so it is queued or running, never done.
    assert.ok(["queued", "running"].includes(answer.body.errors[0].status), answer.body.errors[0].status);
    assert.match(answer.body.errors[0].report_id, /^[0-9a-f-]{36}$/);
  } finally {
    await hurried.close();
  }
});

test("the facade: OpenAPI 3.1 from the route table, CORS, the rate limit's headers, no stray paths", async () => {
  const document = await rest("GET", "/rest/openapi.json");
  assert.equal(document.status, 200);
  assert.equal(document.body.openapi, "3.1.0");
  const workflow = document.body.paths["/trade-flow/collections/{id}/workflow"].get;
  assert.deepEqual(
    workflow.parameters.map((p: { name: string; in: string }) => [p.name, p.in]),
    [["id", "path"]],
  );
  const login = document.body.paths["/auth/login"].post;
  assert.deepEqual(login.security, []);
  assert.deepEqual(login.requestBody.content["application/json"].schema.required, ["username", "password"]);
  const exported = document.body.paths["/admin/export-csv"].post;
  assert.deepEqual(Object.keys(exported.responses["200"].content), [
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ]);
  assert.deepEqual(Object.keys(exported.responses["200"].headers), ["X-Total-Records", "Content-Disposition"]);
  assert.deepEqual(Object.keys(exported.responses).sort(), [
    "200",
    "400",
    "401",
    "403",
    "404",
    "409",
    "422",
    "429",
    "503",
  ]);
  const paths = new Set(REST_ROUTES.map((route) => route.path.replace(/:(\w+)/g, "{$1}")));
  assert.deepEqual(Object.keys(document.body.paths).sort(), [...paths].sort());

  const preflight = await fetch(new URL("/auth/login", origin), {
    method: "OPTIONS",
    headers: {
      origin: "http://localhost:5174",
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type",
    },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get("access-control-allow-origin"), "http://localhost:5174");
  const counted = await rest("GET", "/auth/profile", {
    token: sessions.lead!.access,
    headers: { origin: "http://localhost:5174" },
  });
  assert.match(counted.headers.get("ratelimit-policy") ?? "", /q=100000/);
  assert.match(counted.headers.get("access-control-expose-headers") ?? "", /X-Total-Records/);
  assert.match(counted.headers.get("x-request-id") ?? "", /^[\w-]{8,}$/);

  assertFailure(await rest("GET", "/admin/roles"), 404, /^Route inconnue : GET \/admin\/roles/);
  // Only the CT prefixes pass through the facade: other paths are untouched (no envelope).
  const stray = await fetch(new URL("/nothing-here", origin));
  assert.equal(stray.status, 404);
  assert.equal(stray.headers.get("ratelimit-policy"), null);
});

test("over the rate limit, a REST call gets a 429 in the envelope, counted once per request", async () => {
  // A gateway of its own, with its own counters, allowing two requests a minute.
  const limited = await startStack({ RATE_LIMIT_PER_MINUTE: "2", REDIS_KEY_PREFIX: `ct:rest-limit-${Date.now()}:` });
  try {
    const url = (path: string) => new URL(path, new URL(limited.gatewayUrl).origin);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      last = await fetch(url("/trade-flow/collections/counts/by-level"), {
        headers: { authorization: `Bearer ${sessions.lead!.access}` },
      });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [200, 200, 429]);
    const body = await last!.json();
    assert.equal(body.success, false);
    assert.match(body.message, /^Trop de tentatives/);
    assert.equal(body.errors[0].extensions.code, "TOO_MANY_REQUESTS");
    assert.match(last!.headers.get("retry-after") ?? "", /^\d+$/);
  } finally {
    await limited.close();
  }
});
