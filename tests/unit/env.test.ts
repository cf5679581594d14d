import { test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError, DEMO_GATEWAY_SIGNING_SECRET, DEMO_JWT_SECRET } from "#shared/env.js";
import { EVENT_SERVICES, generateEventKey } from "#shared/events/signing.js";
import { loadAuthEnv } from "../../subgraphs/auth/src/env.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";

test("demo defaults work out of the box", () => {
  const env = loadAuthEnv({});
  assert.equal(env.PORT, 4001);
  assert.equal(env.HOST, "127.0.0.1");
  assert.equal(env.DATABASE_URL, "mysql://root@127.0.0.1:3306/commerce_tracking");
  assert.equal(env.NATS_URL, "nats://127.0.0.1:4223");
  assert.equal(env.JWT_ACCESS_TTL_SECONDS, 3600);
  assert.equal(loadGatewayEnv({}).PORT, 3005);
});

test("each bad variable is named in the error, with the service's own variable name", () => {
  assert.throws(
    () => loadAuthEnv({ DATABASE_URL: "postgres://x", AUTH_PORT: "eighty", NATS_URL: "http://nats", LOG_LEVEL: "loud" }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      const text = error.problems.join("\n");
      assert.match(text, /DATABASE_URL: must be a MySQL\/MariaDB URL/);
      assert.match(text, /AUTH_PORT:/);
      assert.match(text, /NATS_URL: must be a NATS URL/);
      assert.match(text, /LOG_LEVEL:/);
      assert.equal(error.problems.length, 4);
      return true;
    },
  );
});

test("secrets are never echoed back in configuration errors", () => {
  assert.throws(
    () => loadAuthEnv({ JWT_SECRET: "short-secret" }),
    (error: unknown) => error instanceof ConfigError && !error.message.includes("short-secret") && /JWT_SECRET/.test(error.message),
  );
});

// Real (non-demo) event keys for every service, and NATS passwords, as a production environment has them.
const eventKeys = Object.fromEntries(EVENT_SERVICES.map((service) => [service, generateEventKey()]));
const productionNats = {
  EVENT_PUBLIC_KEYS: EVENT_SERVICES.map((service) => `${service}:${eventKeys[service]!.publicKey}`).join(","),
  AUTH_EVENT_SIGNING_KEY: eventKeys.auth!.signingKey,
  AUTH_NATS_PASSWORD: "a-real-nats-password-for-auth",
  GATEWAY_NATS_PASSWORD: "a-real-nats-password-for-the-gateway",
};

test("production refuses the demo secrets", () => {
  assert.throws(
    () => loadAuthEnv({ NODE_ENV: "production" }),
    (error: unknown) =>
      error instanceof ConfigError &&
      error.problems.some((p) => p.startsWith("JWT_SECRET")) &&
      error.problems.some((p) => p.startsWith("GATEWAY_SIGNING_SECRET")) &&
      error.problems.some((p) => p.startsWith("REFRESH_TOKEN_SECRET")) &&
      error.problems.some((p) => p.startsWith("AUTH_NATS_PASSWORD")) &&
      error.problems.some((p) => p.startsWith("AUTH_EVENT_SIGNING_KEY")) &&
      error.problems.some((p) => p.startsWith("EVENT_PUBLIC_KEYS")),
  );
  const env = loadAuthEnv({
    NODE_ENV: "production",
    JWT_SECRET: "a-real-production-secret-that-is-long-enough",
    GATEWAY_SIGNING_SECRET: "another-real-production-secret-long-enough",
    REFRESH_TOKEN_SECRET: "a-third-real-production-secret-long-enough",
    ...productionNats,
  });
  assert.notEqual(env.JWT_SECRET, DEMO_JWT_SECRET);
  assert.notEqual(env.GATEWAY_SIGNING_SECRET, DEMO_GATEWAY_SIGNING_SECRET);
});

test("the gateway refuses introspect mode in production and turns Sandbox off there by default", () => {
  const secrets = {
    JWT_SECRET: "a-real-production-secret-that-is-long-enough",
    GATEWAY_SIGNING_SECRET: "another-real-production-secret-long-enough",
    ...productionNats,
  };
  assert.throws(() => loadGatewayEnv({ NODE_ENV: "production", SUPERGRAPH_MODE: "introspect", ...secrets }), /introspect/);
  assert.equal(loadGatewayEnv({ NODE_ENV: "production", ...secrets }).introspection, false);
  assert.equal(loadGatewayEnv({}).introspection, true);
});

test("production refuses to trust a demo event key, even beside real ones", () => {
  const demoAuthKey = loadAuthEnv({}).EVENT_PUBLIC_KEYS.auth[0];
  assert.throws(
    () => loadGatewayEnv({
      NODE_ENV: "production",
      JWT_SECRET: "a-real-production-secret-that-is-long-enough",
      GATEWAY_SIGNING_SECRET: "another-real-production-secret-long-enough",
      GATEWAY_NATS_PASSWORD: "a-real-nats-password-for-the-gateway",
      EVENT_PUBLIC_KEYS: `${productionNats.EVENT_PUBLIC_KEYS},auth:${demoAuthKey}`,
    }),
    (error: unknown) =>
      error instanceof ConfigError && error.problems.length === 1 && error.problems[0]!.startsWith("EVENT_PUBLIC_KEYS"),
  );
});

test("EVENT_PUBLIC_KEYS must name a key for every producing service, and keys must be Ed25519", () => {
  const { publicKey } = generateEventKey();
  assert.throws(
    () => loadAuthEnv({ EVENT_PUBLIC_KEYS: `auth:${publicKey}` }),
    /EVENT_PUBLIC_KEYS: no public key for admin, tradeflow, model/,
  );
  assert.throws(() => loadAuthEnv({ EVENT_PUBLIC_KEYS: "auth:not-a-key" }), /EVENT_PUBLIC_KEYS: an event public key is 32 bytes/);
  assert.throws(() => loadAuthEnv({ AUTH_EVENT_SIGNING_KEY: "short" }), /AUTH_EVENT_SIGNING_KEY: must be an Ed25519 key seed/);
});
