import { mock, test } from "node:test";
import assert from "node:assert/strict";
import { exportJWK, exportPKCS8, generateKeyPair, SignJWT } from "jose";
import { cachedTokenVerifier, signAccessToken, verifyAccessToken, InvalidTokenError } from "#shared/auth/tokens.js";
import { loadTokenKeys, type TokenKeyConfig } from "#shared/auth/keys.js";
import type { UserClaims } from "#shared/auth/claims.js";

const secret = "unit-test-jwt-secret-0123456789abcdefghij";
const issuer = { issuer: "ct/auth", audience: "ct" };
const sign = { ...issuer, ttlSeconds: 3600 };
const claims: UserClaims = {
  userId: "3",
  role: "AGENT",
  permissions: ["collections:create"],
  teamId: "1",
  regionIds: [],
  sessionId: "s1",
  mustChangePassword: false,
};
const hsConfig: TokenKeyConfig = { JWT_ALGORITHM: "HS256", JWT_SECRET: secret };

function refusedWith(reason: RegExp) {
  return (error: unknown) => error instanceof InvalidTokenError && reason.test(error.reason);
}

async function rsaConfig(kid = "rsa-1") {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid };
  return {
    config: {
      JWT_ALGORITHM: "RS256",
      JWT_SECRET: secret,
      JWT_PRIVATE_KEY: await exportPKCS8(privateKey),
      JWT_KEY_ID: kid,
      JWT_PUBLIC_KEYS: JSON.stringify({ keys: [jwk] }),
    } satisfies TokenKeyConfig,
    jwk,
  };
}

test("a token we signed verifies back to the same claims, with a kid", async () => {
  const keys = await loadTokenKeys(hsConfig, { signing: true });
  const token = await signAccessToken(claims, keys, sign);
  const header = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString());
  assert.equal(header.alg, "HS256");
  assert.match(header.kid, /^hs-[0-9a-f]{12}$/);
  const { issuedAt, expiresAt, ...verified } = await verifyAccessToken(token, keys, issuer);
  assert.deepEqual(verified, claims);
  assert.equal(expiresAt - issuedAt, 3600);
});

test("the same issue time and id give the same token (refresh replays in the grace window)", async () => {
  const keys = await loadTokenKeys(hsConfig, { signing: true });
  const options = { ...sign, issuedAt: 1_800_000_000, jti: "fixed-id" };
  assert.equal(await signAccessToken(claims, keys, options), await signAccessToken(claims, keys, options));
});

test("alg none, a wrong issuer or audience, an expired or tampered token are refused", async () => {
  const keys = await loadTokenKeys(hsConfig, { signing: true });
  const unsigned =
    Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url") +
    "." +
    Buffer.from(
      JSON.stringify({
        sub: "1",
        role: "SUPER_ADMIN",
        sid: "x",
        iss: issuer.issuer,
        aud: issuer.audience,
        exp: 9999999999,
        iat: 1,
      }),
    ).toString("base64url") +
    ".";
  await assert.rejects(
    verifyAccessToken(unsigned, keys, issuer),
    refusedWith(/algorithm not allowed|ALG_NOT_ALLOWED|JWS_INVALID/),
  );
  await assert.rejects(
    verifyAccessToken(await signAccessToken(claims, keys, { ...sign, issuer: "someone-else" }), keys, issuer),
    refusedWith(/CLAIM_VALIDATION_FAILED/),
  );
  await assert.rejects(
    verifyAccessToken(await signAccessToken(claims, keys, { ...sign, audience: "other-app" }), keys, issuer),
    refusedWith(/CLAIM_VALIDATION_FAILED/),
  );
  const expired = await signAccessToken(claims, keys, { ...sign, issuedAt: Math.floor(Date.now() / 1000) - 7200 });
  await assert.rejects(verifyAccessToken(expired, keys, issuer), refusedWith(/^expired$/));
  const token = await signAccessToken(claims, keys, sign);
  const [header, payload, signature] = token.split(".");
  const escalated = Buffer.from(
    JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), role: "SUPER_ADMIN" }),
  ).toString("base64url");
  await assert.rejects(
    verifyAccessToken(`${header}.${escalated}.${signature}`, keys, issuer),
    refusedWith(/SIGNATURE_VERIFICATION_FAILED/),
  );
});

test("the algorithm is pinned (HS512 refused) and an unknown kid is refused", async () => {
  const keys = await loadTokenKeys(hsConfig, { signing: true });
  const kid = keys.signing!.kid;
  const hs512 = await new SignJWT({ role: "AGENT", sid: "s1" })
    .setProtectedHeader({ alg: "HS512", kid })
    .setSubject("3")
    .setIssuer(issuer.issuer)
    .setAudience(issuer.audience)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(secret));
  await assert.rejects(verifyAccessToken(hs512, keys, issuer), refusedWith(/algorithm not allowed|ALG_NOT_ALLOWED/));
  const unknownKid = await new SignJWT({ role: "AGENT", sid: "s1" })
    .setProtectedHeader({ alg: "HS256", kid: "hs-000000000000" })
    .setSubject("3")
    .setIssuer(issuer.issuer)
    .setAudience(issuer.audience)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(secret));
  await assert.rejects(verifyAccessToken(unknownKid, keys, issuer), refusedWith(/unknown key id/));
});

test("rotation: a token signed with the previous secret still verifies; a forgotten secret does not", async () => {
  const oldKeys = await loadTokenKeys(
    { JWT_ALGORITHM: "HS256", JWT_SECRET: "the-old-secret-0123456789abcdefghijklmn" },
    { signing: true },
  );
  const token = await signAccessToken(claims, oldKeys, sign);
  const rotated = await loadTokenKeys(
    { JWT_ALGORITHM: "HS256", JWT_SECRET: secret, JWT_PREVIOUS_SECRETS: "the-old-secret-0123456789abcdefghijklmn" },
    { signing: true },
  );
  assert.equal((await verifyAccessToken(token, rotated, issuer)).userId, "3");
  const forgotten = await loadTokenKeys(hsConfig, { signing: true });
  await assert.rejects(verifyAccessToken(token, forgotten, issuer), refusedWith(/unknown key id/));
});

test("RS256: tokens verify with the published key; HS256 signed with that public key is refused", async () => {
  const { config, jwk } = await rsaConfig();
  const keys = await loadTokenKeys(config, { signing: true });
  assert.deepEqual(
    keys.jwks?.keys.map((k) => k.kid),
    ["rsa-1"],
  );
  assert.equal("d" in (keys.jwks?.keys[0] ?? {}), false);
  const token = await signAccessToken(claims, keys, sign);
  assert.equal((await verifyAccessToken(token, await loadTokenKeys(config, { signing: false }), issuer)).role, "AGENT");
  const confused = await new SignJWT({ role: "SUPER_ADMIN", sid: "s1" })
    .setProtectedHeader({ alg: "HS256", kid: "rsa-1" })
    .setSubject("1")
    .setIssuer(issuer.issuer)
    .setAudience(issuer.audience)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(JSON.stringify(jwk)));
  await assert.rejects(verifyAccessToken(confused, keys, issuer), refusedWith(/algorithm not allowed|ALG_NOT_ALLOWED/));
});

test("the gateway's cached check: a known token is answered from memory until its exp, a tampered one never", async () => {
  const keys = await loadTokenKeys(hsConfig, { signing: true });
  const verify = cachedTokenVerifier(keys, issuer, 2);
  const issuedAt = Math.floor(Date.now() / 1000);
  const token = await signAccessToken(claims, keys, { ...sign, issuedAt, ttlSeconds: 60 });
  const first = await verify(token);
  assert.equal(await verify(token), first, "the second request's check is the first one's answer");
  assert.ok(Object.isFrozen(first) && Object.isFrozen(first.permissions), "shared between requests, so frozen");

  // A forged signature, or a claim changed under the genuine signature, is not the cached token.
  const [header, payload, signature] = token.split(".");
  const forged = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith("AA") ? "BB" : "AA"}`;
  await assert.rejects(verify(forged), refusedWith(/ERR_JWS_SIGNATURE_VERIFICATION_FAILED/));
  const elevated = Buffer.from(
    JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), role: "SUPER_ADMIN" }),
  ).toString("base64url");
  await assert.rejects(
    verify(`${header}.${elevated}.${signature}`),
    refusedWith(/ERR_JWS_SIGNATURE_VERIFICATION_FAILED/),
  );

  // At its exp the cached answer is no longer used: the token is refused as expired.
  mock.timers.enable({ apis: ["Date"], now: (issuedAt + 60) * 1000 });
  try {
    await assert.rejects(verify(token), refusedWith(/^expired$/));
  } finally {
    mock.timers.reset();
  }

  // At most two tokens are kept: the oldest is checked again, and is a new answer.
  const tokens = await Promise.all(
    ["a", "b", "c"].map((jti) => signAccessToken(claims, keys, { ...sign, issuedAt, jti })),
  );
  const answers = [];
  for (const each of tokens) answers.push(await verify(each));
  assert.equal(await verify(tokens[2]!), answers[2]);
  assert.notEqual(await verify(tokens[0]!), answers[0]);
});
