import { test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError, DEMO_GATEWAY_SIGNING_SECRET, DEMO_JWT_SECRET } from "#shared/env.js";
import { generateEventKey } from "#shared/events/signing.js";
import { authEnvShape, loadAuthEnv } from "../../subgraphs/auth/src/env.js";
import { loadAdminEnv } from "../../subgraphs/admin/src/env.js";
import { loadGatewayEnv } from "../../gateway/src/env.js";
import { PRODUCTION_NATS, REAL_SECRETS } from "../support/production-secrets.js";
import { loadTradeflowEnv } from "../../subgraphs/tradeflow/src/env.js";

test("demo defaults work out of the box", () => {
  const env = loadAuthEnv({});
  assert.equal(env.PORT, 4001);
  assert.equal(env.HOST, "127.0.0.1");
  assert.equal(env.DATABASE_URL, "mysql://root@127.0.0.1:3306/commerce_tracking");
  assert.equal(env.NATS_URL, "nats://127.0.0.1:4223");
  assert.equal(env.JWT_ACCESS_TTL_SECONDS, 3600);
  assert.equal(loadGatewayEnv({}).PORT, 3005);
  assert.equal(loadGatewayEnv({}).HOST, "127.0.0.1", "the gateway listens on loopback unless told otherwise");
});

test("each bad variable is named in the error, with the service's own variable name", () => {
  assert.throws(
    () =>
      loadAuthEnv({ DATABASE_URL: "postgres://x", AUTH_PORT: "eighty", NATS_URL: "http://nats", LOG_LEVEL: "loud" }),
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
    (error: unknown) =>
      error instanceof ConfigError && !error.message.includes("short-secret") && /JWT_SECRET/.test(error.message),
  );
});

const productionNats = PRODUCTION_NATS;

/** The variables named by the ConfigError `run` throws, or [] when it does not throw. */
function refusedVariables(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.problems.map((problem) => problem.slice(0, problem.indexOf(":"))).sort();
  }
}

test("production refuses the demo secrets, even on loopback", () => {
  const authDemo = [
    "AUTH_EVENT_SIGNING_KEY",
    "AUTH_NATS_PASSWORD",
    "EVENT_PUBLIC_KEYS",
    "GATEWAY_SIGNING_SECRET",
    "JWT_SECRET",
  ];
  assert.deepEqual(
    refusedVariables(() => loadAuthEnv({ NODE_ENV: "production" })),
    authDemo,
  );
  const { GATEWAY_SIGNING_SECRET: _real, ...allButTheSigningSecret } = REAL_SECRETS;
  const loopbackProduction = { NODE_ENV: "production", GATEWAY_HOST: "127.0.0.1", ...allButTheSigningSecret };
  assert.deepEqual(
    refusedVariables(() => loadGatewayEnv(loopbackProduction)),
    ["GATEWAY_SIGNING_SECRET"],
  );
  assert.throws(() => loadAuthEnv({ NODE_ENV: "production" }), /refused with NODE_ENV=production/);
  // Report download links: whoever holds the key can sign one for any report (with that user's token).
  assert.ok(refusedVariables(() => loadTradeflowEnv({ NODE_ENV: "production" })).includes("REPORTS_URL_SECRET"));
  const { REPORTS_URL_SECRET: _reports, ...allButTheReportsSecret } = REAL_SECRETS;
  const withoutReportsSecret = { NODE_ENV: "production", GATEWAY_HOST: "127.0.0.1", ...allButTheReportsSecret };
  assert.deepEqual(
    refusedVariables(() => loadGatewayEnv(withoutReportsSecret)),
    ["REPORTS_URL_SECRET"],
  );
  const env = loadAuthEnv({ NODE_ENV: "production", ...REAL_SECRETS });
  assert.notEqual(env.JWT_SECRET, DEMO_JWT_SECRET);
  assert.notEqual(env.GATEWAY_SIGNING_SECRET, DEMO_GATEWAY_SIGNING_SECRET);
});

test("the demo secrets work only in development or test on a loopback address", () => {
  for (const NODE_ENV of ["development", "test"]) {
    for (const host of ["127.0.0.1", "::1", "localhost", "[::1]", "127.0.0.2"]) {
      const where = `${NODE_ENV} on ${host}`;
      assert.deepEqual(
        refusedVariables(() => loadGatewayEnv({ NODE_ENV, GATEWAY_HOST: host })),
        [],
        where,
      );
      assert.deepEqual(
        refusedVariables(() => loadAuthEnv({ NODE_ENV, AUTH_HOST: host })),
        [],
        where,
      );
    }
    for (const host of ["0.0.0.0", "::", "10.0.0.5", "gateway.example.org", "::ffff:10.0.0.5"]) {
      const where = `${NODE_ENV} on ${host}`;
      assert.deepEqual(
        refusedVariables(() => loadGatewayEnv({ NODE_ENV, GATEWAY_HOST: host })),
        ["EVENT_PUBLIC_KEYS", "GATEWAY_NATS_PASSWORD", "GATEWAY_SIGNING_SECRET", "JWT_SECRET", "REPORTS_URL_SECRET"],
        where,
      );
      assert.deepEqual(
        refusedVariables(() => loadAuthEnv({ NODE_ENV, AUTH_HOST: host })),
        ["AUTH_EVENT_SIGNING_KEY", "AUTH_NATS_PASSWORD", "EVENT_PUBLIC_KEYS", "GATEWAY_SIGNING_SECRET", "JWT_SECRET"],
        where,
      );
      assert.deepEqual(
        refusedVariables(() => loadAdminEnv({ NODE_ENV, ADMIN_HOST: host })),
        ["ADMIN_EVENT_SIGNING_KEY", "ADMIN_NATS_PASSWORD", "EVENT_PUBLIC_KEYS", "GATEWAY_SIGNING_SECRET"],
        where,
      );
      // Real secrets may listen anywhere.
      assert.deepEqual(
        refusedVariables(() => loadGatewayEnv({ NODE_ENV, GATEWAY_HOST: host, ...REAL_SECRETS })),
        [],
      );
    }
  }
  assert.throws(() => loadGatewayEnv({ GATEWAY_HOST: "0.0.0.0" }), /GATEWAY_HOST=0\.0\.0\.0 \(not loopback\)/);
});

test("refresh tokens need no secret: REFRESH_TOKEN_SECRET is gone", () => {
  assert.equal("REFRESH_TOKEN_SECRET" in loadAuthEnv({}), false);
  assert.equal("REFRESH_TOKEN_SECRET" in authEnvShape, false);
});

test("the gateway refuses introspect mode in production; introspection, landing page and trusted documents defaults", () => {
  const secrets = REAL_SECRETS;
  assert.throws(
    () => loadGatewayEnv({ NODE_ENV: "production", SUPERGRAPH_MODE: "introspect", ...secrets }),
    /introspect/,
  );
  const production = loadGatewayEnv({ NODE_ENV: "production", ...secrets });
  // Introspection follows the caller (schema explorers only) in every environment; INTROSPECTION=off closes it.
  assert.deepEqual(
    [production.introspection, production.landingPage, production.persistedDocuments],
    ["staff", "sandbox", "require"],
  );
  const development = loadGatewayEnv({});
  assert.deepEqual(
    [development.introspection, development.landingPage, development.persistedDocuments],
    ["staff", "sandbox", "allow"],
  );
  const closed = loadGatewayEnv({ INTROSPECTION: "off" });
  assert.deepEqual([closed.introspection, closed.landingPage], ["off", "off"]);
  assert.equal(loadGatewayEnv({ INTROSPECTION: "false" }).introspection, "off");
});

test("bad URLs are not echoed with their credentials in configuration errors", () => {
  assert.throws(
    () =>
      loadAuthEnv({
        DATABASE_URL: "postgres://ct:hunter2@db.internal:5432/ct?sslpassword=s3cret",
        NATS_URL: "nats//nats-user:hunter3@nats.internal:4222",
      }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.doesNotMatch(error.message, /hunter2|hunter3|s3cret/);
      assert.match(
        error.message,
        /DATABASE_URL: must be a MySQL\/MariaDB URL .* \(got "postgres:\/\/ct:\*\*\*@db\.internal:5432\/ct\?sslpassword=\*\*\*"\)/,
      );
      assert.match(error.message, /NATS_URL: must be a NATS URL [^\n]*$/m);
      return true;
    },
  );
  assert.throws(
    () => loadGatewayEnv({ MODEL_SUBGRAPH_URL: "http//svc:hunter4@model.internal/graphql" }),
    (error: unknown) =>
      error instanceof ConfigError && /MODEL_SUBGRAPH_URL/.test(error.message) && !error.message.includes("hunter4"),
  );
});

test("TRUST_PROXY takes false, a hop count or proxy addresses, and refuses `true`", () => {
  assert.equal(loadGatewayEnv({}).TRUST_PROXY, false);
  assert.equal(loadGatewayEnv({ TRUST_PROXY: "false" }).TRUST_PROXY, false);
  assert.equal(loadGatewayEnv({ TRUST_PROXY: "2" }).TRUST_PROXY, 2);
  assert.deepEqual(loadGatewayEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8,2001:db8::1" }).TRUST_PROXY, [
    "loopback",
    "10.0.0.0/8",
    "2001:db8::1",
  ]);
  for (const value of ["true", "10.0.0.300", "10.0.0.0/33", "proxy.internal", "1.2.3.4/8/1"]) {
    assert.throws(
      () => loadGatewayEnv({ TRUST_PROXY: value }),
      /TRUST_PROXY: must be false, the number of proxies/,
      value,
    );
  }
});

test("production refuses to trust a demo event key, even beside real ones", () => {
  const demoAuthKey = loadAuthEnv({}).EVENT_PUBLIC_KEYS.auth[0];
  assert.throws(
    () =>
      loadGatewayEnv({
        NODE_ENV: "production",
        JWT_SECRET: "a-real-production-secret-that-is-long-enough",
        GATEWAY_SIGNING_SECRET: "another-real-production-secret-long-enough",
        GATEWAY_NATS_PASSWORD: "a-real-nats-password-for-the-gateway",
        REPORTS_URL_SECRET: REAL_SECRETS.REPORTS_URL_SECRET,
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
  assert.throws(
    () => loadAuthEnv({ EVENT_PUBLIC_KEYS: "auth:not-a-key" }),
    /EVENT_PUBLIC_KEYS: an event public key is 32 bytes/,
  );
  assert.throws(
    () => loadAuthEnv({ AUTH_EVENT_SIGNING_KEY: "short" }),
    /AUTH_EVENT_SIGNING_KEY: must be an Ed25519 key seed/,
  );
});

test("a NATS password that nats-server would read as a number is refused by every service and the tooling", async () => {
  const { loadToolingEnv } = await import("../../scripts/env.js");
  // nats-server parses `password: $AUTH_NATS_PASSWORD` as a config token: these would stop it at start.
  for (const password of ["1e5c8f0b2a9d4e7f6a", "-abcdefghijklmnopq", "abcdefgh#ijklmnop"]) {
    assert.deepEqual(
      refusedVariables(() => loadAuthEnv({ AUTH_NATS_PASSWORD: password })),
      ["AUTH_NATS_PASSWORD"],
    );
    assert.deepEqual(
      refusedVariables(() => loadToolingEnv({ TOOLING_NATS_PASSWORD: password })),
      ["TOOLING_NATS_PASSWORD"],
    );
  }
  assert.equal(loadAuthEnv({ AUTH_NATS_PASSWORD: "k1e5c8f0b2-a9d4_e7" }).NATS_PASSWORD, "k1e5c8f0b2-a9d4_e7");
});
