import { test } from "node:test";
import assert from "node:assert/strict";
import { SignJWT } from "jose";
import { signAccessToken, verifyAccessToken, InvalidTokenError } from "#shared/auth/tokens.js";
import type { UserClaims } from "#shared/auth/claims.js";

const config = { secret: "unit-test-jwt-secret-0123456789abcdefghij", issuer: "ct/auth", audience: "ct", ttlSeconds: 3600 };
const claims: UserClaims = { userId: "3", role: "AGENT", permissions: ["collections:create"], teamId: "1", regionIds: [], sessionId: "s1" };

function refusedWith(reason: RegExp) {
  return (error: unknown) => error instanceof InvalidTokenError && reason.test(error.reason);
}

test("a token we signed verifies back to the same claims", async () => {
  const token = await signAccessToken(claims, config);
  const verified = await verifyAccessToken(token, config);
  assert.deepEqual({ ...verified, expiresAt: undefined }, { ...claims, expiresAt: undefined });
});

test("alg none, a wrong issuer or audience, an expired or tampered token are refused", async () => {
  const unsigned =
    Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url") +
    "." +
    Buffer.from(JSON.stringify({ sub: "1", role: "SUPER_ADMIN", sid: "x", iss: config.issuer, aud: config.audience, exp: 9999999999, iat: 1 })).toString("base64url") +
    ".";
  await assert.rejects(verifyAccessToken(unsigned, config), refusedWith(/ALG_NOT_ALLOWED|JWS_INVALID/));
  await assert.rejects(
    verifyAccessToken(await signAccessToken(claims, { ...config, issuer: "someone-else" }), config),
    refusedWith(/CLAIM_VALIDATION_FAILED/),
  );
  await assert.rejects(
    verifyAccessToken(await signAccessToken(claims, { ...config, audience: "other-app" }), config),
    refusedWith(/CLAIM_VALIDATION_FAILED/),
  );
  const expired = await new SignJWT({ role: "AGENT", sid: "s1" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("3")
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
    .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
    .sign(new TextEncoder().encode(config.secret));
  await assert.rejects(verifyAccessToken(expired, config), refusedWith(/^expired$/));
  const token = await signAccessToken(claims, config);
  const [header, payload, signature] = token.split(".");
  const escalated = Buffer.from(
    JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), role: "SUPER_ADMIN" }),
  ).toString("base64url");
  await assert.rejects(verifyAccessToken(`${header}.${escalated}.${signature}`, config), refusedWith(/SIGNATURE_VERIFICATION_FAILED/));
});

test("a token signed with another algorithm (HS512) is refused: the algorithm is pinned", async () => {
  const hs512 = await new SignJWT({ role: "AGENT", sid: "s1" })
    .setProtectedHeader({ alg: "HS512" })
    .setSubject("3")
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(config.secret));
  await assert.rejects(verifyAccessToken(hs512, config), refusedWith(/ALG_NOT_ALLOWED/));
});
