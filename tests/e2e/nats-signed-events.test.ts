import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { createEvent, type EventEnvelope } from "#shared/events/envelope.js";
import type { NatsHandle } from "#shared/events/nats.js";
import { requestJson } from "#shared/events/responder.js";
import { EventSigner } from "#shared/events/signing.js";
import { deadLetterSubject } from "#shared/events/consumer.js";
import { namespacedSubject } from "#shared/events/streams.js";
import { ACCOUNT_PROJECTION } from "../../subgraphs/auth/src/consumers/account-projection.js";
import { loadAdminEnv } from "../../subgraphs/admin/src/env.js";
import { loadTradeflowEnv } from "../../subgraphs/tradeflow/src/env.js";
import { startStack, type Stack } from "../support/stack.js";
import { serviceEnvironment, testEnv } from "../support/env.js";
import { connectTestNats, waitFor } from "../support/nats.js";

// An attacker who can publish on the admin stream (here with the tooling's rights, the widest there are)
// tries to make an agent SUPER_ADMIN with admin.user.updated. Only admin's signature makes auth listen.
const db = createDb(testEnv.DATABASE_URL);
let stack: Stack;
let nats: NatsHandle;
const deadLetters: { eventId: string; reason: string }[] = [];

type UserSnapshot = EventEnvelope<"admin.user.updated">["payload"];

before(async () => {
  stack = await startStack();
  nats = await connectTestNats();
  const subscription = nats.nc.subscribe(deadLetterSubject(ACCOUNT_PROJECTION, nats.namespace));
  void (async () => {
    for await (const message of subscription) {
      const data = JSON.parse(message.string()) as { id?: string };
      deadLetters.push({ eventId: data.id ?? "", reason: message.headers?.get("Ct-Error") ?? "" });
    }
  })();
  await nats.nc.flush();
});
after(async () => {
  await nats?.nc.drain();
  await stack?.close();
  await db.$disconnect();
});

async function agentSnapshot(): Promise<UserSnapshot> {
  const agent = await db.user.findUniqueOrThrow({ where: { email: "agent@demo.ct" } });
  // auth may ask admin for a user (NATS lets it); the reply is the snapshot admin's events carry.
  const authNats = stack.services.auth.runtime.nats;
  const { user } = await requestJson(authNats, "admin.users", { userId: String(agent.id) });
  assert.equal(user?.role, "AGENT");
  return user!;
}

async function publishRaw(event: EventEnvelope, data: string): Promise<void> {
  await nats.js.publish(namespacedSubject(event.type, nats.namespace), data, { msgID: event.id });
}

async function deadLetterOf(eventId: string): Promise<string> {
  const letter = await waitFor(async () => deadLetters.find((entry) => entry.eventId === eventId), {
    what: `the dead letter of ${eventId}`,
  });
  return letter.reason;
}

const FORGERIES =
  "forged, tampered and unsigned admin.user.updated change no role and are dead-lettered with the reason";
test(FORGERIES, async () => {
  const snapshot = await agentSnapshot();
  const promote = { ...snapshot, role: "SUPER_ADMIN" as const };
  const admin = new EventSigner("admin", loadAdminEnv(serviceEnvironment()).EVENT_SIGNING_KEY);

  const unsigned = createEvent("admin.user.updated", promote);
  await publishRaw(unsigned, JSON.stringify(unsigned));

  // tradeflow's real key, claiming to be admin: a service cannot sign another service's events.
  const forged = createEvent("admin.user.updated", promote);
  const tradeflowKey = loadTradeflowEnv(serviceEnvironment()).EVENT_SIGNING_KEY;
  await publishRaw(forged, new EventSigner("admin", tradeflowKey).seal(JSON.stringify(forged)));

  // A genuine admin event whose role was changed after signing.
  const genuine = createEvent("admin.user.updated", snapshot);
  const tampered = JSON.parse(admin.seal(JSON.stringify(genuine))) as { payload: UserSnapshot };
  tampered.payload.role = "SUPER_ADMIN";
  await publishRaw(genuine, JSON.stringify(tampered));

  assert.equal(await deadLetterOf(unsigned.id), "unsigned event: admin.user.updated must be signed by admin");
  assert.equal(await deadLetterOf(forged.id), "forged event: admin.user.updated is not signed with a key of admin");
  assert.equal(
    await deadLetterOf(genuine.id),
    "tampered event: the signature of admin.user.updated does not match its content",
  );

  // The same consumer still applies what admin really signed: it ran, and refused only the fakes.
  const honest = createEvent("admin.user.updated", snapshot);
  await publishRaw(honest, admin.seal(JSON.stringify(honest)));
  const processed = (eventIds: string[]) =>
    db.authProcessedEvent.count({ where: { consumer: ACCOUNT_PROJECTION, eventId: { in: eventIds } } });
  await waitFor(async () => (await processed([honest.id])) === 1, { what: "auth to apply admin's signed event" });
  assert.equal(await processed([unsigned.id, forged.id, genuine.id]), 0);
  const account = await db.authAccount.findUniqueOrThrow({ where: { userId: Number(snapshot.userId) } });
  assert.equal(account.role, "AGENT");
  const { accessToken } = await stack.gateway.login("agent@demo.ct");
  const me = await stack.gateway.request(`{ me { role } }`, undefined, { token: accessToken });
  assert.equal(me.body.data?.me.role, "AGENT");
});

test("a forged admin.user.deactivated neither deactivates the user nor ends their session", async () => {
  const snapshot = await agentSnapshot();
  const { accessToken } = await stack.gateway.login("agent@demo.ct");
  const forged = createEvent("admin.user.deactivated", { ...snapshot, active: false, reason: "forged" });
  const tradeflowKey = loadTradeflowEnv(serviceEnvironment()).EVENT_SIGNING_KEY;
  await publishRaw(forged, new EventSigner("admin", tradeflowKey).seal(JSON.stringify(forged)));
  assert.equal(await deadLetterOf(forged.id), "forged event: admin.user.deactivated is not signed with a key of admin");

  const me = await stack.gateway.request(`{ me { id } }`, undefined, { token: accessToken });
  assert.equal(me.body.errors, undefined);
  assert.equal(me.body.data?.me.id, snapshot.userId);
  const account = await db.authAccount.findUniqueOrThrow({ where: { userId: Number(snapshot.userId) } });
  assert.equal(account.active, true);
  const session = await db.authSession.findFirstOrThrow({
    where: { userId: Number(snapshot.userId) },
    orderBy: { createdAt: "desc" },
  });
  assert.equal(session.revokedAt, null);
});

test("a request/reply caller cannot send the wrong shape: the types refuse it, and so does the responder", async () => {
  const tradeflow = stack.services.tradeflow.runtime.nats;
  // The contract in shared/src/events/requests.ts types the call: each line below fails `npm run typecheck`.
  const wrongShapes = () => [
    // @ts-expect-error admin.rates takes `pairs`, not one currency
    requestJson(tradeflow, "admin.rates", { from: "EUR", on: "2026-11-01" }),
    // @ts-expect-error model.forms takes a collection type of the enum
    requestJson(tradeflow, "model.forms", { collectionType: "FURNITURE" }),
    // @ts-expect-error no such subject
    requestJson(tradeflow, "admin.everything", {}),
  ];
  assert.equal(typeof wrongShapes, "function");
  // A caller that bypasses the types (raw NATS) gets the contract's refusal, not a handler's crash.
  const raw = await tradeflow.nc.request(
    namespacedSubject("admin.rates", tradeflow.namespace),
    JSON.stringify({ from: "EUR" }),
    { timeout: 2_000 },
  );
  assert.match((JSON.parse(raw.string()) as { error: string }).error, /pairs/);
  // A well-formed request gets the reply its contract describes, checked on arrival.
  const rates = await requestJson(tradeflow, "admin.rates", { pairs: [{ from: "XOF", on: "2026-11-01" }] });
  assert.deepEqual(Object.keys(rates).sort(), ["rates", "to"]);
  assert.equal(rates.rates.length, 1);
  // auth.validate answers a request without a token as the original system did, not with an error.
  const auth = stack.services.auth.runtime.nats;
  const missing = await auth.nc.request(namespacedSubject("auth.validate", auth.namespace), "{}", { timeout: 2_000 });
  assert.deepEqual(JSON.parse(missing.string()), { valid: false, reason: "missing token" });
});
