import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { sendInitialPassword } from "#shared/auth/initial-password.js";
import { createDb } from "#shared/db/client.js";
import { DEMO_GATEWAY_SIGNING_SECRET } from "#shared/env.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { collectionInput } from "../support/collections.js";
import { testEnv } from "../support/env.js";
import { connectTestNatsAs } from "../support/nats.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
let admin: string;
let nats: NatsHandle;
const db = createDb(testEnv.DATABASE_URL);
// Other test files publish stricter forms of the collection types; these tests are about staff and data.
const NO_EXTRAS = { extraFields: {} };
const PASSWORD = "Kantchari-2026-collecte";

before(async () => {
  stack = await startStack();
  admin = (await stack.gateway.login("admin@demo.ct")).accessToken;
  // Admin is the only service allowed to hand auth a first password: the attacker here holds its NATS login.
  nats = await connectTestNatsAs("admin");
});
after(async () => {
  await stack?.close();
  await nats?.nc.close();
  await db.$disconnect();
});

async function as<T = any>(token: string, query: string, variables?: Record<string, unknown>) {
  return (await stack.gateway.request<T>(query, variables, { token })).body;
}

const CREATE_STAFF = `mutation CreateStaff($input: CreateStaffInput!) {
  createStaff(input: $input) {
    passwordSet mustChangePassword message
    user { id fullName firstName lastName gender role phone email
      country { code } organisation { code } collectionPoints { code } team { id region { id } } teamLead { id } }
  }
}`;

const ASSIGNED = `query Assigned($userId: ID, $page: Int, $pageSize: Int) {
  assignedStaff(userId: $userId, page: $page, pageSize: $pageSize) {
    totalCount
    nodes { id fullName role activity { collectionsRecorded validationsMade lastActivityAt } }
  }
}`;

/**
 * A fresh region with its supervisor, a team lead under them and a collector under the lead, as CT's admin
 * forms create them.
 */
async function onboardTeam(t: string) {
  const [bf, ecowas, kantchari] = await Promise.all([
    db.country.findUniqueOrThrow({ where: { code: "BF" } }),
    db.lookupValue.findUniqueOrThrow({ where: { kind_code: { kind: "ORGANISATION", code: "ECOWAS" } } }),
    db.collectionPoint.findUniqueOrThrow({ where: { code: "BF-KANTCHARI" } }),
  ]);
  const region = (await as(admin, `mutation { createRegion(input: { code: "R-${t}", name: "Région ${t}" }) { id } }`))
    .data.createRegion;
  const supervisor = await as(admin, CREATE_STAFF, {
    input: {
      firstName: "Salif",
      lastName: `Traoré ${t}`,
      email: `sup-${t}@ex.ct`,
      role: "SUPERVISOR",
      regionId: region.id,
      password: PASSWORD,
      mustChangePassword: false,
    },
  });
  assert.equal(supervisor.errors, undefined, JSON.stringify(supervisor.errors));
  const lead = await as(admin, CREATE_STAFF, {
    input: {
      firstName: "Aminata",
      lastName: `Zongo ${t}`,
      email: `lead-${t}@ex.ct`,
      role: "TEAM_LEAD",
      supervisorId: supervisor.data.createStaff.user.id,
      password: PASSWORD,
      mustChangePassword: false,
    },
  });
  assert.equal(lead.errors, undefined, JSON.stringify(lead.errors));
  const phone = `+226 71 ${t.slice(0, 2)} ${t.slice(2, 4)} ${t.slice(4, 6)}`.replace(/[A-F]/g, "5");
  const collector = await as(admin, CREATE_STAFF, {
    input: {
      firstName: "Issa",
      lastName: `Kaboré ${t}`,
      phone,
      gender: "MALE",
      role: "AGENT",
      teamLeadId: lead.data.createStaff.user.id,
      collectionPointIds: [String(kantchari.id)],
      organisationId: String(ecowas.id),
      countryId: String(bf.id),
      password: PASSWORD,
      mustChangePassword: false,
    },
  });
  assert.equal(collector.errors, undefined, JSON.stringify(collector.errors));
  return {
    region,
    supervisor: supervisor.data.createStaff,
    lead: lead.data.createStaff,
    collector: collector.data.createStaff,
    phone,
  };
}

test("a collector created as CT's admin form does logs in with their phone, and their team lead follows their work", async () => {
  const t = randomUUID().replace(/-/g, "").slice(0, 6).toUpperCase();
  const { region, supervisor, lead, collector, phone } = await onboardTeam(t);

  assert.deepEqual(
    { ...collector, user: { ...collector.user, id: undefined, team: undefined, phone: undefined } },
    {
      passwordSet: true,
      mustChangePassword: false,
      message: null,
      user: {
        id: undefined,
        fullName: `Issa Kaboré ${t}`,
        firstName: "Issa",
        lastName: `Kaboré ${t}`,
        gender: "MALE",
        role: "AGENT",
        phone: undefined,
        email: null,
        country: { code: "BF" },
        organisation: { code: "ECOWAS" },
        collectionPoints: [{ code: "BF-KANTCHARI" }],
        team: undefined,
        teamLead: { id: lead.user.id },
      },
    },
  );
  assert.equal(collector.user.team.id, lead.user.team.id, "the collector joins the lead's team");
  assert.equal(lead.user.team.region.id, region.id, "the lead's team is in the supervisor's region");

  // The collector logs in with the phone number as typed on the form.
  const session = await stack.gateway.request(
    `mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { accessToken mustChangePassword user { id } } }`,
    { l: phone, p: PASSWORD },
  );
  assert.equal(session.body.errors, undefined, JSON.stringify(session.body.errors));
  const login = session.body.data!.login;
  assert.deepEqual(
    { id: login.user.id, mustChangePassword: login.mustChangePassword },
    { id: collector.user.id, mustChangePassword: false },
  );
  const collectorToken = login.accessToken;
  const leadToken = (await stack.gateway.login(`lead-${t}@ex.ct`, PASSWORD)).accessToken;
  const supervisorToken = (await stack.gateway.login(`sup-${t}@ex.ct`, PASSWORD)).accessToken;

  // A fresh team: no activity yet.
  const empty = await as(leadToken, ASSIGNED);
  assert.deepEqual(empty.data.assignedStaff, {
    totalCount: 1,
    nodes: [
      {
        id: collector.user.id,
        fullName: `Issa Kaboré ${t}`,
        role: "AGENT",
        activity: { collectionsRecorded: 0, validationsMade: 0, lastActivityAt: null },
      },
    ],
  });

  // Two collections, one submitted; the lead approves it.
  const CREATE = `mutation($i: CollectionInput!, $s: Boolean) { createCollection(input: $i, submit: $s) { id version status } }`;
  const draft = await as(collectorToken, CREATE, { i: await collectionInput(db, NO_EXTRAS), s: false });
  assert.equal(draft.errors, undefined, JSON.stringify(draft.errors));
  const submitted = (await as(collectorToken, CREATE, { i: await collectionInput(db, NO_EXTRAS), s: true })).data
    .createCollection;
  const approved = await as(
    leadToken,
    `mutation($id: ID!, $v: Int!) { approveCollection(id: $id, version: $v, input: { score: 80 }) { status } }`,
    { id: submitted.id, v: submitted.version },
  );
  assert.equal(approved.errors, undefined, JSON.stringify(approved.errors));

  const followed = await as(leadToken, ASSIGNED);
  assert.equal(followed.data.assignedStaff.totalCount, 1);
  const activity = followed.data.assignedStaff.nodes[0].activity;
  assert.deepEqual(
    { ...activity, lastActivityAt: undefined },
    { collectionsRecorded: 2, validationsMade: 0, lastActivityAt: undefined },
  );
  assert.ok(Date.parse(activity.lastActivityAt) > 0, "the last activity is a date");

  // The supervisor follows their team leads: one lead, one decision.
  const leads = await as(supervisorToken, ASSIGNED);
  assert.deepEqual(
    leads.data.assignedStaff.nodes.map((node: any) => ({
      id: node.id,
      recorded: node.activity.collectionsRecorded,
      made: node.activity.validationsMade,
    })),
    [{ id: lead.user.id, recorded: 0, made: 1 }],
  );
  assert.equal(leads.data.assignedStaff.totalCount, 1);
  assert.equal(supervisor.user.role, "SUPERVISOR");

  // Administrators name whose staff they want.
  const byAdmin = await as(admin, ASSIGNED, { userId: lead.user.id });
  assert.deepEqual(
    byAdmin.data.assignedStaff.nodes.map((node: any) => node.id),
    [collector.user.id],
  );
});

test("staff onboarding refuses what an attacker or a careless form sends", async () => {
  const t = randomUUID().replace(/-/g, "").slice(0, 6).toUpperCase();
  const { lead, collector } = await onboardTeam(t);
  const leadToken = (await stack.gateway.login(`lead-${t}@ex.ct`, PASSWORD)).accessToken;
  const agentToken = (await stack.gateway.login("agent@demo.ct")).accessToken;

  // A team lead cannot look at another lead's staff; an agent has no assigned staff query at all.
  const demoLead = await db.user.findUniqueOrThrow({ where: { email: "teamlead@demo.ct" } });
  const foreign = await as(leadToken, ASSIGNED, { userId: String(demoLead.id) });
  assert.equal(foreign.errors?.[0]?.extensions?.code, "FORBIDDEN");
  assert.equal((await as(agentToken, ASSIGNED)).errors?.[0]?.extensions?.code, "FORBIDDEN");

  // A weak first password creates nobody.
  const weak = await as(admin, CREATE_STAFF, {
    input: {
      firstName: "Weak",
      lastName: t,
      email: `weak-${t}@ex.ct`,
      role: "AGENT",
      teamLeadId: lead.user.id,
      password: "password123",
    },
  });
  assert.deepEqual(
    { code: weak.errors?.[0]?.extensions?.code, field: weak.errors?.[0]?.extensions?.field },
    { code: "BAD_USER_INPUT", field: "password" },
  );
  assert.equal(await db.user.count({ where: { email: `weak-${t}@ex.ct` } }), 0);

  // A collector without a team lead, a phone already taken, an ADMIN creating an administrator.
  const noLead = await as(admin, CREATE_STAFF, {
    input: { firstName: "No", lastName: "Lead", email: `nolead-${t}@ex.ct`, role: "AGENT", password: PASSWORD },
  });
  assert.deepEqual(
    { code: noLead.errors?.[0]?.extensions?.code, field: noLead.errors?.[0]?.extensions?.field },
    { code: "BAD_USER_INPUT", field: "teamLeadId" },
  );
  const taken = await as(admin, CREATE_STAFF, {
    input: {
      firstName: "Same",
      lastName: "Phone",
      phone: collector.user.phone,
      role: "AGENT",
      teamLeadId: lead.user.id,
      password: PASSWORD,
    },
  });
  assert.deepEqual(
    { code: taken.errors?.[0]?.extensions?.code, field: taken.errors?.[0]?.extensions?.field },
    { code: "CONFLICT", field: "phone" },
  );
  const escalation = await as(admin, CREATE_STAFF, {
    input: { firstName: "Evil", lastName: "Admin", email: `evil-${t}@ex.ct`, role: "SUPER_ADMIN", password: PASSWORD },
  });
  assert.equal(escalation.errors?.[0]?.extensions?.code, "FORBIDDEN");

  // The first-password subject never resets a password that exists, and refuses a forged signature.
  const demoAgent = await db.user.findUniqueOrThrow({ where: { email: "agent@demo.ct" } });
  const superAdmin = {
    userId: "1",
    role: "SUPER_ADMIN" as const,
    teamId: null,
    regionIds: [],
    sessionId: randomUUID(),
    permissions: [],
    mustChangePassword: false,
  };
  const overwrite = await sendInitialPassword(nats, DEMO_GATEWAY_SIGNING_SECRET, superAdmin, "t", {
    userId: String(demoAgent.id),
    password: "Attacker-chosen-2026",
    mustChangePassword: false,
  });
  assert.deepEqual(overwrite, { ok: false, reason: "the account already has a password" });
  const forged = await sendInitialPassword(nats, "not-the-secret-but-long-enough-0123456789", superAdmin, "t", {
    userId: String(demoAgent.id),
    password: "Attacker-chosen-2026",
    mustChangePassword: false,
  });
  assert.deepEqual(forged, { ok: false, reason: "invalid gateway signature" });
  assert.equal(
    (
      await stack.gateway.request(
        `mutation { login(input: { login: "agent@demo.ct", password: "Attacker-chosen-2026" }) { expiresIn } }`,
      )
    ).body.errors?.[0]?.extensions?.code,
    "UNAUTHENTICATED",
  );
});

test("deleting staff who recorded anything deactivates them; someone who did nothing is deleted", async () => {
  const t = randomUUID().replace(/-/g, "").slice(0, 6).toUpperCase();
  const { lead, collector, phone } = await onboardTeam(t);
  const DELETE = `mutation($id: ID!) { deleteUser(id: $id) { id deleted deactivated references message } }`;

  const idle = await as(admin, CREATE_STAFF, {
    input: {
      firstName: "Idle",
      lastName: t,
      email: `idle-${t}@ex.ct`,
      role: "AGENT",
      teamLeadId: lead.user.id,
      password: PASSWORD,
    },
  });
  const idleId = idle.data.createStaff.user.id;
  const removed = await as(admin, DELETE, { id: idleId });
  assert.deepEqual(removed.data.deleteUser, {
    id: idleId,
    deleted: true,
    deactivated: false,
    references: 0,
    message: "Supprimé.",
  });
  assert.equal(await db.user.count({ where: { id: Number(idleId) } }), 0);

  // A collector who recorded a collection stays, inactive.
  const collectorToken = (await stack.gateway.login(phone, PASSWORD)).accessToken;
  const draft = await as(collectorToken, `mutation($i: CollectionInput!) { createCollection(input: $i) { id } }`, {
    i: await collectionInput(db, NO_EXTRAS),
  });
  assert.equal(draft.errors, undefined, JSON.stringify(draft.errors));
  const recorder = await as(admin, DELETE, { id: collector.user.id });
  assert.deepEqual(
    { ...recorder.data.deleteUser, message: undefined },
    { id: collector.user.id, deleted: false, deactivated: true, references: 1, message: undefined },
  );
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: Number(collector.user.id) } })).active, false);

  // The lead leads a team: deactivated, and the answer says why.
  const kept = await as(admin, DELETE, { id: lead.user.id });
  assert.deepEqual(kept.data.deleteUser, {
    id: lead.user.id,
    deleted: false,
    deactivated: true,
    references: 1,
    message: "Désactivé plutôt que supprimé : 1 enregistrement y fait référence.",
  });
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: Number(lead.user.id) } })).active, false);
});
