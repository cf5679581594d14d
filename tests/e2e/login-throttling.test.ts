import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createDb } from "#shared/db/client.js";
import { startStack, type Stack } from "../support/stack.js";
import { testEnv } from "../support/env.js";
import { createUserFixture } from "../support/fixtures.js";
import { waitFor } from "../support/nats.js";

// Client addresses come from X-Forwarded-For (one trusted proxy hop); backoff is scaled down to keep the test
// short (3 s, doubling up to 6 s), yet long enough that the next request reliably lands inside it.
const THRESHOLD = 5;
let stack: Stack;
const db = createDb(testEnv.DATABASE_URL);
before(async () => {
  stack = await startStack({
    TRUST_PROXY: "1",
    LOGIN_THROTTLE_THRESHOLD: String(THRESHOLD),
    // Long enough that "right after the attack" is still inside the window on a loaded two-core machine.
    LOGIN_BACKOFF_BASE_MS: "3000",
    LOGIN_BACKOFF_MAX_MS: "6000",
  });
});
after(async () => {
  await stack?.close();
  await db.$disconnect();
});

const LOGIN = `mutation L($i: LoginInput!) { login(input: $i) { accessToken deviceToken } }`;
let nextAddress = 1;
/** A fresh client address per call unless one is given, so only the account's budget is in play. */
const anyAddress = () => `198.18.${Math.floor(nextAddress / 250) % 250}.${(nextAddress++ % 250) + 1}`;

function attempt(login: string, password: string, ip = anyAddress(), deviceToken?: string) {
  return stack.gateway.request(LOGIN, { i: { login, password, deviceToken } }, { headers: { "x-forwarded-for": ip } });
}
const codeOf = (result: Awaited<ReturnType<typeof attempt>>) =>
  String(result.body.errors?.[0]?.extensions?.code ?? "OK");
/** How many times each code occurs. */
const count = (codes: string[]) =>
  codes.reduce<Record<string, number>>((all, code) => ({ ...all, [code]: (all[code] ?? 0) + 1 }), {});

test("100 wrong passwords from 20 addresses: backoff engages, and the owner gets in once it has passed", async () => {
  const owner = await createUserFixture(db, { role: "ANALYST", label: "throttled" });
  const codes: string[] = [];
  for (let round = 0; round < 5; round += 1) {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, ip) => attempt(owner.email, `wrong-password-${round}`, `198.51.100.${ip + 1}`)),
    );
    for (const result of results) {
      assert.equal(result.body.data, null);
      codes.push(codeOf(result));
    }
  }
  assert.equal(codes.length, 100);
  assert.deepEqual(Object.keys(count(codes)).sort(), ["TOO_MANY_REQUESTS", "UNAUTHENTICATED"]);

  const refused = await attempt(owner.email, owner.password, "203.0.113.7");
  assert.equal(codeOf(refused), "TOO_MANY_REQUESTS", "right after the attack the account is in backoff");
  const retryAfter = Number(refused.body.errors?.[0]?.extensions?.retryAfterSeconds);
  assert.ok(retryAfter >= 1 && retryAfter <= 6, `retry after ${retryAfter} s (the backoff is at most 6 s)`);
  const started = Date.now();
  const owners = await waitFor(
    async () => (await attempt(owner.email, owner.password, "203.0.113.7")).body.data?.login,
    { timeoutMs: 10_000, intervalMs: 100, what: "the owner's login once the backoff has passed" },
  );
  const waited = Date.now() - started;
  assert.ok(owners.accessToken, "no lockout: the owner logs in once the backoff has passed");
  assert.ok(waited <= retryAfter * 1000 + 1_000, `the owner waited ${waited} ms for a backoff of ${retryAfter} s`);
});

test("every spelling of one phone number draws from the account's single budget", async () => {
  const owner = await createUserFixture(db, { role: "AGENT", label: "phone" });
  const digits = String(Date.now()).slice(-8);
  const phone = `+226${digits}`;
  await db.user.update({ where: { id: Number(owner.id) }, data: { phone } });
  await db.authAccount.update({ where: { userId: Number(owner.id) }, data: { phone } });
  const spellings = [
    phone,
    `+226 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}`,
    `+226-${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`,
    `(+226) ${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`,
    ` ${phone} `,
  ];
  const codes: string[] = [];
  for (const spelling of spellings) codes.push(codeOf(await attempt(spelling, "wrong-password")));
  assert.deepEqual(codes, Array(THRESHOLD).fill("UNAUTHENTICATED"));
  const next = await attempt(spellings[1]!, owner.password);
  assert.equal(codeOf(next), "TOO_MANY_REQUESTS", "no spelling gets a fresh budget, not even with the right password");
  const budget = await db.authLoginThrottle.findUniqueOrThrow({ where: { key: `account:${owner.id}` } });
  assert.equal(budget.failures, THRESHOLD);
  assert.equal(await db.authLoginThrottle.count({ where: { key: { startsWith: `login:+226${digits}` } } }), 0);
});

test("15 parallel wrong guesses: exactly the threshold is evaluated, the rest are throttled", async () => {
  const owner = await createUserFixture(db, { role: "AGENT", label: "parallel" });
  const results = await Promise.all(Array.from({ length: 15 }, (_, i) => attempt(owner.email, `wrong-guess-${i}`)));
  assert.deepEqual(count(results.map(codeOf)), { UNAUTHENTICATED: THRESHOLD, TOO_MANY_REQUESTS: 15 - THRESHOLD });
  const budget = await db.authLoginThrottle.findUniqueOrThrow({ where: { key: `account:${owner.id}` } });
  assert.equal(budget.failures, THRESHOLD, "refused attempts are not counted");
});

test("changePassword with a wrong current password is throttled on the account", async () => {
  const owner = await createUserFixture(db, { role: "AGENT", label: "oracle" });
  const { accessToken } = await stack.gateway.login(owner.email, owner.password);
  const change = (currentPassword: string) =>
    stack.gateway.request(
      `mutation C($i: ChangePasswordInput!) { changePassword(input: $i) }`,
      { i: { currentPassword, newPassword: "Another-long-secret-2026" } },
      { token: accessToken },
    );
  const codes: string[] = [];
  for (let i = 0; i < THRESHOLD; i += 1) codes.push(codeOf(await change(`wrong-current-${i}`)));
  assert.deepEqual(codes, Array(THRESHOLD).fill("BAD_USER_INPUT"));
  const throttled = await change(owner.password);
  assert.equal(codeOf(throttled), "TOO_MANY_REQUESTS", "the next guess is not evaluated, even the right one");
  const login = await attempt(owner.email, owner.password);
  assert.equal(codeOf(login), "TOO_MANY_REQUESTS", "login shares the account's budget");
});

test("the owner's known device logs in while an attacker is throttled on the account", async () => {
  const owner = await createUserFixture(db, { role: "AGENT", label: "device" });
  const first = await attempt(owner.email, owner.password);
  const deviceToken = first.body.data?.login.deviceToken as string;
  assert.match(deviceToken, /^[A-Za-z0-9_-]{43}$/);

  for (let i = 0; i <= THRESHOLD; i += 1) await attempt(owner.email, `attacker-guess-${i}`);
  assert.equal(codeOf(await attempt(owner.email, owner.password)), "TOO_MANY_REQUESTS", "the account is in backoff");

  const fromDevice = await attempt(owner.email, owner.password, anyAddress(), deviceToken);
  assert.equal(codeOf(fromDevice), "OK", "the known device is not locked out");
  assert.equal(fromDevice.body.data?.login.deviceToken, deviceToken, "the device keeps its token");
  assert.equal(codeOf(await attempt(owner.email, "attacker-again")), "TOO_MANY_REQUESTS", "the attacker still is");
  // A device token does not open another account's budget, nor does a made-up one.
  const other = await createUserFixture(db, { role: "AGENT", label: "other" });
  for (let i = 0; i < THRESHOLD; i += 1) await attempt(other.email, `guess-${i}`);
  assert.equal(codeOf(await attempt(other.email, other.password, anyAddress(), deviceToken)), "TOO_MANY_REQUESTS");
  // The device's own budget throttles guesses made with its token.
  const deviceCodes: string[] = [];
  for (let i = 0; i <= THRESHOLD; i += 1) {
    deviceCodes.push(codeOf(await attempt(owner.email, `with-device-${i}`, anyAddress(), deviceToken)));
  }
  assert.deepEqual(deviceCodes, [...Array(THRESHOLD).fill("UNAUTHENTICATED"), "TOO_MANY_REQUESTS"]);
});

test("an unknown account is indistinguishable from a wrong password, throttling included", async () => {
  const known = await createUserFixture(db, { role: "ANALYST", label: "known" });
  const unknown = `nobody-${Date.now()}@fixtures.ct`;
  const knownResults = [];
  const unknownResults = [];
  for (let i = 0; i < 7; i += 1) {
    knownResults.push(await attempt(known.email, "wrong-password", "192.0.2.10"));
    unknownResults.push(await attempt(unknown, "wrong-password", "192.0.2.11"));
  }
  const shape = (result: Awaited<ReturnType<typeof attempt>>) => ({
    status: result.status,
    data: result.body.data,
    message: result.body.errors?.[0]?.message?.replace(/\d+ s$/, "N s"),
    code: result.body.errors?.[0]?.extensions?.code,
  });
  assert.deepEqual(knownResults.map(shape), unknownResults.map(shape));
  assert.equal(shape(knownResults[0]!).message, "Identifiant ou mot de passe incorrect");
  assert.equal(shape(knownResults.at(-1)!).code, "TOO_MANY_REQUESTS");
});
