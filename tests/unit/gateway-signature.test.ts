import { test } from "node:test";
import assert from "node:assert/strict";
import { encodeClaims, signRequest, verifyRequest, SIGNATURE_HEADERS } from "#shared/auth/gateway-signature.js";
import type { UserClaims } from "#shared/auth/claims.js";

const secret = "unit-test-signing-secret-0123456789abcdef";
const claims: UserClaims = {
  userId: "3",
  role: "AGENT",
  permissions: [],
  teamId: "1",
  regionIds: [],
  sessionId: "s-1",
  mustChangePassword: false,
};
const body = JSON.stringify({ query: "{ me { id } }" });

function signed(overrides: { now?: number; secret?: string; audience?: string } = {}) {
  return signRequest(overrides.secret ?? secret, {
    audience: overrides.audience ?? "admin",
    claimsHeader: encodeClaims(claims),
    clientHeader: "",
    traceId: "trace-1234",
    body,
    now: overrides.now,
  });
}

function verify(
  headers: ReturnType<typeof signed>,
  overrides: { body?: string; claimsHeader?: string; now?: number; audience?: string } = {},
) {
  return verifyRequest(secret, 30, {
    audience: overrides.audience ?? "admin",
    claimsHeader: overrides.claimsHeader ?? headers[SIGNATURE_HEADERS.claims],
    timestamp: headers[SIGNATURE_HEADERS.timestamp],
    signature: headers[SIGNATURE_HEADERS.signature],
    traceId: headers[SIGNATURE_HEADERS.traceId],
    clientHeader: headers[SIGNATURE_HEADERS.client],
    body: overrides.body ?? body,
    now: overrides.now,
  });
}

test("a signed request verifies and yields the forwarded claims", () => {
  const result = verify(signed());
  assert.equal(result.ok, true);
  assert.deepEqual(result.ok && result.claims, claims);
});

test("a changed body, changed claims, wrong secret or missing signature is refused", () => {
  assert.deepEqual(verify(signed(), { body: body.replace("me", "you") }), {
    ok: false,
    reason: "invalid gateway signature",
  });
  const escalated = encodeClaims({ ...claims, role: "SUPER_ADMIN" });
  assert.deepEqual(verify(signed(), { claimsHeader: escalated }), { ok: false, reason: "invalid gateway signature" });
  assert.deepEqual(verify(signed({ secret: "some-other-secret-0123456789abcdefgh" })), {
    ok: false,
    reason: "invalid gateway signature",
  });
  assert.deepEqual(
    verifyRequest(secret, 30, {
      audience: "admin",
      claimsHeader: "",
      timestamp: undefined,
      signature: undefined,
      traceId: undefined,
      body,
    }),
    { ok: false, reason: "missing gateway signature" },
  );
});

test("a signature older than the allowed age is refused (no replay)", () => {
  const old = signed({ now: Date.now() - 60_000 });
  assert.deepEqual(verify(old), { ok: false, reason: "gateway signature expired" });
});

test("a signature binds the subgraph it is for: signed for model, refused by admin", () => {
  assert.deepEqual(verify(signed({ audience: "model" })), { ok: false, reason: "invalid gateway signature" });
  assert.equal(verify(signed({ audience: "model" }), { audience: "model" }).ok, true);
});
