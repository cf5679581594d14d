import { readFileSync } from "node:fs";
import path from "node:path";
import { test, after } from "node:test";
import assert from "node:assert/strict";
import type { NatsConnection } from "@nats-io/transport-node";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { createEvent } from "#shared/events/envelope.js";
import { streamName } from "#shared/events/streams.js";
import type { NatsUser } from "#shared/env.js";
import { testEnv } from "../support/env.js";
import { MAX_REQUEST_TIMEOUT_MS } from "#shared/events/responder.js";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { connectAs } from "../support/nats.js";

// The run's nats-server is started from nats/nats-server.conf: these are its permissions at work.
const open: NatsConnection[] = [];
async function as(user: NatsUser): Promise<NatsConnection> {
  const nc = await connectAs(user);
  open.push(nc);
  return nc;
}
after(async () => {
  await Promise.allSettled(open.map((nc) => nc.close()));
});

/** What NATS answers when `nc` subscribes to `subject`: the permission error, or a message if it was let in. */
async function subscribeOutcome(nc: NatsConnection, subject: string): Promise<string> {
  const subscription = nc.subscribe(subject, { max: 1 });
  await nc.flush();
  try {
    for await (const _message of subscription) return "subscribed";
    return "subscription ended";
  } catch (error) {
    return (error as Error).message;
  }
}

const forgedUpdate = JSON.stringify(
  createEvent("admin.user.updated", {
    userId: "3",
    fullName: "Agent",
    email: null,
    phone: null,
    role: "SUPER_ADMIN",
    teamId: null,
    regionIds: [],
    active: true,
  }),
);

test("a connection without credentials, or with a wrong password, is refused", async () => {
  await assert.rejects(connectAs("anonymous"), { name: "AuthorizationError", message: "Authorization Violation" });
  const { connect } = await import("@nats-io/transport-node");
  await assert.rejects(
    connect({ servers: testEnv.NATS_URL, user: "admin", pass: "not-the-password-at-all", maxReconnectAttempts: 0 }),
    { name: "AuthorizationError", message: "Authorization Violation" },
  );
});

test("only admin may publish admin's events: the others' credentials are refused by NATS", async () => {
  for (const user of ["auth", "tradeflow", "model", "gateway"] as const) {
    const nc = await as(user);
    await assert.rejects(
      jetstream(nc).publish("admin.user.updated", forgedUpdate, { timeout: 2_000 }),
      { message: 'Permissions Violation for Publish to "admin.user.updated"' },
      `${user} cannot publish admin.user.updated`,
    );
  }
  // admin passes NATS's check; the expectation makes JetStream itself refuse to store this test message.
  const admin = await as("admin");
  await assert.rejects(
    jetstream(admin).publish("admin.user.updated", forgedUpdate, {
      timeout: 2_000,
      expect: { streamName: "NOT_ADMIN_EVENTS" },
    }),
    { message: "expected stream does not match" },
  );
});

test("only auth may ask admin.users, and only admin may answer it", async () => {
  const admin = await as("admin");
  const responder = admin.subscribe("admin.users", { queue: "admin" });
  void (async () => {
    for await (const request of responder) request.respond(JSON.stringify({ user: null }));
  })();
  await admin.flush();

  const auth = await as("auth");
  const reply = await auth.request("admin.users", JSON.stringify({ userId: "3" }), { timeout: 2_000 });
  assert.deepEqual(JSON.parse(reply.string()), { user: null });

  for (const user of ["tradeflow", "model", "gateway", "tooling"] as const) {
    const nc = await as(user);
    await assert.rejects(
      nc.request("admin.users", JSON.stringify({ userId: "3" }), { timeout: 2_000 }),
      { message: 'Permissions Violation for Publish to "admin.users"' },
      `${user} cannot ask admin.users`,
    );
  }
  // Nor can another service pose as admin to collect the requests.
  assert.equal(
    await subscribeOutcome(await as("tradeflow"), "admin.users"),
    'Permissions Violation for Subscription to "admin.users"',
  );
  responder.unsubscribe();
});

test("a responder answers a request once, within the longest time a request waits, and no more", async () => {
  // Every responder's allow_responses in nats/nats-server.conf: one answer, for as long as requestJson waits.
  const config = readFileSync(path.join(PROJECT_ROOT, "nats/nats-server.conf"), "utf8");
  const grants = [...config.matchAll(/^\s*allow_responses:\s*(.+)$/gm)].map((match) => match[1]!.trim());
  assert.deepEqual(grants, Array(4).fill(`{ max: 1, expires: "${MAX_REQUEST_TIMEOUT_MS / 1000}s" }`));

  const admin = await as("admin");
  const refused = (async () => {
    for await (const status of admin.status()) if (status.type === "error") return status.error.message;
    return "no error";
  })();
  const responder = admin.subscribe("admin.users", { queue: "admin", max: 1 });
  void (async () => {
    for await (const request of responder) {
      request.respond(JSON.stringify({ user: null }));
      // A second answer to the same inbox: NATS refuses it, whatever it says.
      request.respond(JSON.stringify({ user: { id: "3", role: "SUPER_ADMIN" } }));
    }
  })();
  await admin.flush();
  const reply = await (await as("auth")).request("admin.users", JSON.stringify({ userId: "3" }), { timeout: 2_000 });
  assert.deepEqual(JSON.parse(reply.string()), { user: null });
  assert.match(await refused, /^Permissions Violation for Publish to "_INBOX_auth\./);
});

test("a service reads neither another service's replies nor a stream it does not consume", async () => {
  const tradeflow = await as("tradeflow");
  assert.equal(
    await subscribeOutcome(tradeflow, "_INBOX_auth.>"),
    'Permissions Violation for Subscription to "_INBOX_auth.>"',
  );
  assert.equal(await subscribeOutcome(tradeflow, ">"), 'Permissions Violation for Subscription to ">"');

  await assert.rejects(
    jetstreamManager(tradeflow, { timeout: 2_000 }).then((jsm) => jsm.streams.info(streamName("auth", ""))),
    { message: `Permissions Violation for Publish to "$JS.API.STREAM.INFO.${streamName("auth", "")}"` },
  );
  const gateway = await as("gateway");
  await assert.rejects(
    jetstreamManager(gateway, { timeout: 2_000 }).then((jsm) =>
      jsm.streams.update(streamName("admin", ""), { description: "changed by the gateway" }),
    ),
    { message: `Permissions Violation for Publish to "$JS.API.STREAM.UPDATE.${streamName("admin", "")}"` },
  );
});

test("the gateway asks no service anything: request/reply subjects are refused to it", async () => {
  const gateway = await as("gateway");
  for (const subject of ["admin.config", "auth.validate", "admin.users"]) {
    await assert.rejects(
      gateway.request(subject, "{}", { timeout: 2_000 }),
      { message: `Permissions Violation for Publish to "${subject}"` },
      `the gateway cannot ask ${subject}`,
    );
  }
});
