import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { loadToolingEnv } from "../../scripts/env.js";
import { productionSecrets } from "../../bench/production-secrets.js";

/**
 * docker-compose.yml runs in production and must not start on public demo values: every secret is a
 * `${VAR:?message}` interpolation, which makes compose stop with the message when VAR is unset or empty.
 */
const root = path.resolve(import.meta.dirname, "../..");
const composeFile = path.join(root, "docker-compose.yml");
const compose = parse(readFileSync(composeFile, "utf8")) as {
  "x-service-env": Record<string, string>;
  services: Record<string, { environment?: Record<string, string>; ports?: string[] }>;
};
const NATS_USERS = ["AUTH", "ADMIN", "TRADEFLOW", "MODEL", "GATEWAY", "TOOLING"];
const EVENT_PRODUCERS = ["AUTH", "ADMIN", "TRADEFLOW", "MODEL"];
const SECRETS = [
  "JWT_SECRET",
  "GATEWAY_SIGNING_SECRET",
  "REPORTS_URL_SECRET",
  "METRICS_TOKEN",
  "MYSQL_ROOT_PASSWORD",
  ...NATS_USERS.map((user) => `${user}_NATS_PASSWORD`),
  ...EVENT_PRODUCERS.map((service) => `${service}_EVENT_SIGNING_KEY`),
  "EVENT_PUBLIC_KEYS",
];
const required = (name: string) => new RegExp(`\\$\\{${name}:\\?[^}]+\\}`);

test("compose requires every secret and has no default for any of them", () => {
  const text = readFileSync(composeFile, "utf8");
  for (const name of SECRETS) {
    assert.match(text, required(name), `${name} is required`);
    assert.doesNotMatch(text, new RegExp(`\\$\\{${name}(:?-|-)`), `${name} has no default value`);
  }
  const env = compose["x-service-env"];
  for (const name of ["JWT_SECRET", "GATEWAY_SIGNING_SECRET", "METRICS_TOKEN"]) {
    assert.match(env[name]!, required(name));
  }
  assert.match(env.DATABASE_URL!, required("MYSQL_ROOT_PASSWORD"));
  assert.match(compose.services.mysql!.environment!.MYSQL_ROOT_PASSWORD!, required("MYSQL_ROOT_PASSWORD"));
  assert.equal("REFRESH_TOKEN_SECRET" in env, false);
});

test("compose runs in production and publishes its ports on loopback by default", () => {
  assert.equal(compose["x-service-env"].NODE_ENV, "${NODE_ENV:-production}");
  assert.deepEqual(compose.services.gateway!.ports, ["${GATEWAY_PUBLISHED_ADDRESS:-127.0.0.1}:3005:3005"]);
  assert.deepEqual(compose.services.mysql!.ports, ["127.0.0.1:3340:3306"]);
  assert.equal(compose.services.gateway!.environment!.GATEWAY_HOST, "0.0.0.0");
});

test("the migrate service's environment is a production configuration the tooling accepts", () => {
  // Its tooling (migrate, seed, streams, create-super-admin) refuses any public demo value in production.
  const secrets: Record<string, string> = { ...productionSecrets(), MYSQL_ROOT_PASSWORD: "k-mysql-root-password" };
  const interpolate = (value: string) =>
    value.replace(/\$\{(\w+)(?::\?[^}]*|:-([^}]*))\}/g, (_, name: string, fallback?: string) => {
      const resolved = secrets[name] ?? fallback;
      assert.notEqual(resolved, undefined, `${name} has a value`);
      return resolved!;
    });
  const { "<<": shared, ...own } = compose.services.migrate!.environment! as Record<string, unknown>;
  const environment = Object.fromEntries(
    Object.entries({ ...(shared as Record<string, string>), ...own }).map(([name, value]) => [
      name,
      interpolate(String(value)),
    ]),
  );
  assert.equal(environment.NODE_ENV, "production");
  assert.doesNotThrow(() => loadToolingEnv(environment));
});

const dockerCompose = spawnSync("docker-compose", ["version"], { encoding: "utf8" });
const skip = dockerCompose.status === 0 ? false : "docker-compose is not installed";

test("docker-compose refuses to start without the secrets, and accepts real ones", { skip }, () => {
  const run = (secrets: Record<string, string>) => {
    const environment = { ...process.env };
    for (const name of SECRETS) delete environment[name];
    return spawnSync("docker-compose", ["-f", composeFile, "config", "--quiet"], {
      encoding: "utf8",
      env: { ...environment, ...secrets },
      cwd: path.join(root, "tests"), // no .env file there
    });
  };
  const all = Object.fromEntries(SECRETS.map((name) => [name, `${name.toLowerCase()}-0123456789abcdef0123456789`]));
  assert.equal(run(all).status, 0, run(all).stderr);
  for (const missing of SECRETS) {
    const result = run(Object.fromEntries(Object.entries(all).filter(([name]) => name !== missing)));
    assert.notEqual(result.status, 0, `compose started without ${missing}`);
    assert.match(result.stderr, new RegExp(`set ${missing}`), `the error names ${missing}`);
  }
});
