import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { exportJWK, exportPKCS8, generateKeyPair, SignJWT, type JWK } from "jose";

type CryptoKeyLike = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
import { startStack, type Stack } from "../support/stack.js";
import { propagationLimit } from "../support/propagation.js";
import { waitFor } from "../support/nats.js";

// The stack signs with RS256 here, so that "HS256 signed with the public key" is a real attack.
let stack: Stack;
let publicJwk: JWK;
let stackPrivateKey: CryptoKeyLike;
const ME = "{ me { id email } }";

before(async () => {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  publicJwk = { ...(await exportJWK(publicKey)), kid: "test-rsa-1" };
  stackPrivateKey = privateKey;
  stack = await startStack({
    JWT_ALGORITHM: "RS256",
    JWT_PRIVATE_KEY: await exportPKCS8(privateKey),
    JWT_KEY_ID: "test-rsa-1",
    JWT_PUBLIC_KEYS: JSON.stringify({ keys: [publicJwk] }),
  });
});
after(async () => {
  await stack?.close();
});

function b64(value: unknown) {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

async function attackTokens(valid: string): Promise<Record<string, string>> {
  const [header, payload, signature] = valid.split(".") as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
  const now = Math.floor(Date.now() / 1000);
  const hmacWithPublicKey = (body: Record<string, unknown>, alg = "HS256") =>
    new SignJWT(body)
      .setProtectedHeader({ alg, kid: "test-rsa-1" })
      .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
  const otherKey = await generateKeyPair("RS256");
  return {
    "alg none": `${b64({ alg: "none", typ: "JWT" })}.${b64({ ...claims, role: "SUPER_ADMIN" })}.`,
    "HS256 signed with the public key": await hmacWithPublicKey({ ...claims, role: "SUPER_ADMIN" }),
    // Correctly signed with the real key, but with claims the gateway must refuse.
    expired: await signWithStackKey({ ...claims, iat: now - 7200, exp: now - 3600 }),
    "wrong iss": await signWithStackKey({ ...claims, iss: "https://evil.example" }),
    "wrong aud": await signWithStackKey({ ...claims, aud: "another-app" }),
    "unknown kid": await new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "not-published" })
      .sign(otherKey.privateKey),
    "signed by another RSA key": await new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "test-rsa-1" })
      .sign(otherKey.privateKey),
    "tampered claims": `${header}.${b64({ ...claims, role: "SUPER_ADMIN", sub: "1" })}.${signature}`,
  };
}

function signWithStackKey(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "test-rsa-1" }).sign(stackPrivateKey);
}

test("every forged, altered, expired or misaddressed token is UNAUTHENTICATED at the gateway and at each subgraph", async () => {
  const { accessToken } = await stack.gateway.login("agent@demo.ct");
  const ok = await stack.gateway.request(ME, undefined, { token: accessToken });
  assert.equal(ok.body.data?.me.email, "agent@demo.ct", "the genuine token works");

  for (const [attack, token] of Object.entries(await attackTokens(accessToken))) {
    const result = await stack.gateway.request(ME, undefined, { token });
    assert.equal(result.status, 401, `gateway: ${attack}`);
    assert.equal(result.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED", `gateway: ${attack}`);
    assert.equal(result.body.data, undefined, `gateway: ${attack}`);
    for (const [name, service] of Object.entries(stack.services)) {
      const direct = await fetch(service.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `{ _entities(representations: [{__typename: "User", id: "1"}]) { __typename } }`,
        }),
      });
      const body = (await direct.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      assert.equal(direct.status, 401, `${name}: ${attack}`);
      assert.equal(body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED", `${name}: ${attack}`);
      assert.equal(body.data, undefined, `${name}: ${attack}`);
    }
  }
});

test("a logged-out session is refused at the gateway within 1 s, and so is a revoked one", async () => {
  const { accessToken } = await stack.gateway.login("agent@demo.ct");
  const limit = await propagationLimit(() => stack.gateway.request("{ __typename }"));
  const logout = await stack.gateway.request("mutation { logout }", undefined, { token: accessToken });
  assert.equal(logout.body.data?.logout, true);
  const loggedOutAt = Date.now();
  const refusal = await waitFor(
    async () => {
      const result = await stack.gateway.request(ME, undefined, { token: accessToken });
      return result.status === 401 && result;
    },
    { timeoutMs: limit.ms + 3_000, intervalMs: 20, what: "the logged-out token to be refused" },
  );
  const refusedAfterMs = Date.now() - loggedOutAt;
  assert.equal(refusal.body.errors?.[0]?.extensions?.code, "UNAUTHENTICATED");
  assert.ok(refusedAfterMs <= limit.ms, limit.describe("the logged-out token was refused", refusedAfterMs));

  const phone = await stack.gateway.login("agent@demo.ct");
  const laptop = await stack.gateway.login("agent@demo.ct");
  const sessions = await stack.gateway.request("{ mySessions { id current } }", undefined, {
    token: laptop.accessToken,
  });
  const phoneSession = sessions.body.data?.mySessions.find((session: { current: boolean }) => !session.current);
  assert.ok(phoneSession);
  const revoked = await stack.gateway.request(`mutation { revokeSession(id: "${phoneSession.id}") }`, undefined, {
    token: laptop.accessToken,
  });
  assert.equal(revoked.body.data?.revokeSession, true);
  const revokedAt = Date.now();
  await waitFor(async () => (await stack.gateway.request(ME, undefined, { token: phone.accessToken })).status === 401, {
    timeoutMs: limit.ms + 3_000,
    intervalMs: 20,
    what: "the revoked device to be refused",
  });
  const revokedAfterMs = Date.now() - revokedAt;
  assert.ok(revokedAfterMs <= limit.ms, limit.describe("the revoked device was refused", revokedAfterMs));
  assert.equal(
    (await stack.gateway.request(ME, undefined, { token: laptop.accessToken })).status,
    200,
    "the other device still works",
  );
});

test("the gateway publishes the public keys (JWKS), never the private one", async () => {
  const response = await fetch(new URL("/.well-known/jwks.json", stack.gatewayUrl));
  assert.equal(response.status, 200);
  const jwks = (await response.json()) as { keys: Record<string, unknown>[] };
  assert.deepEqual(
    jwks.keys.map((key) => key.kid),
    ["test-rsa-1"],
  );
  assert.equal(jwks.keys[0]?.alg, "RS256");
  assert.equal("d" in (jwks.keys[0] ?? {}), false);
});
