import { test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createEvent, decodeEvent, PoisonMessageError } from "#shared/events/envelope.js";
import { EventSigner, EventVerifier, generateEventKey, type TrustedEventKeys } from "#shared/events/signing.js";

const keys = Object.fromEntries(
  (["auth", "admin", "tradeflow", "model"] as const).map((service) => [service, generateEventKey()]),
) as Record<keyof TrustedEventKeys, { signingKey: string; publicKey: string }>;
const trusted = Object.fromEntries(
  Object.entries(keys).map(([service, key]) => [service, [key.publicKey]]),
) as TrustedEventKeys;
const signer = new EventSigner("auth", keys.auth.signingKey);

function signedLogin(userId: string): string {
  const event = createEvent(
    "auth.user.logged_in",
    { userId, sessionId: randomUUID(), loggedInAt: new Date().toISOString(), ip: null, userAgent: null },
    { traceId: null },
  );
  return signer.seal(JSON.stringify(event));
}

/** A verifier that counts its full signature checks. */
function countingVerifier(remembered?: number) {
  const verifier = new EventVerifier(trusted, remembered);
  const checks = { count: 0 };
  const check = verifier.check.bind(verifier);
  verifier.check = (envelope) => {
    checks.count += 1;
    check(envelope);
  };
  return { verifier, checks };
}

test("an event read by a second consumer of the process is not checked again; other bytes always are", () => {
  const { verifier, checks } = countingVerifier();
  const message = Buffer.from(signedLogin("7"));
  assert.equal(decodeEvent(message, verifier).type, "auth.user.logged_in");
  assert.equal(decodeEvent(Buffer.from(message), verifier).type, "auth.user.logged_in");
  assert.equal(checks.count, 1, "the same bytes: checked once");

  // The same event with other bytes (re-serialised): checked afresh, and it still passes.
  const reserialised = Buffer.from(JSON.stringify(JSON.parse(message.toString()), null, 1));
  assert.equal(decodeEvent(reserialised, verifier).type, "auth.user.logged_in");
  assert.equal(checks.count, 2);

  // The message that passed, tampered with: refused, however recently the original passed.
  const tampered = Buffer.from(message.toString().replace('"userId":"7"', '"userId":"1"'));
  assert.notDeepEqual(tampered, message);
  assert.throws(
    () => decodeEvent(tampered, verifier),
    (error: unknown) => {
      assert.ok(error instanceof PoisonMessageError);
      assert.match(error.message, /^tampered event/);
      return true;
    },
  );
  assert.equal(checks.count, 3);
});

test("the verifier keeps the last messages it passed (16,384 by default; 8 here), and forgets the oldest", () => {
  const { verifier, checks } = countingVerifier(8);
  const messages = Array.from({ length: 9 }, (_, i) => Buffer.from(signedLogin(String(i))));
  for (const message of messages) decodeEvent(message, verifier);
  assert.equal(checks.count, 9);
  decodeEvent(messages[8]!, verifier);
  decodeEvent(messages[1]!, verifier);
  assert.equal(checks.count, 9, "the newest 8 are remembered");
  decodeEvent(messages[0]!, verifier);
  assert.equal(checks.count, 10, "the oldest was forgotten and is checked again");
});

test("what the process's own signer sealed is read back unchecked, byte for byte; anything else is checked", () => {
  const { verifier, checks } = countingVerifier();
  const ownSigner = new EventSigner("auth", keys.auth.signingKey, (sealed) => verifier.sealedHere(sealed));
  const event = createEvent(
    "auth.user.logged_in",
    { userId: "9", sessionId: randomUUID(), loggedInAt: new Date().toISOString(), ip: null, userAgent: null },
    { traceId: null },
  );
  const sealed = ownSigner.seal(JSON.stringify(event));
  assert.equal(decodeEvent(Buffer.from(sealed), verifier).type, "auth.user.logged_in");
  assert.equal(checks.count, 0, "its own bytes: no signature check");

  // One byte changed after sealing: checked, and refused.
  const tampered = Buffer.from(sealed.replace('"userId":"9"', '"userId":"1"'));
  assert.throws(() => decodeEvent(tampered, verifier), PoisonMessageError);
  // Sealed by another process with the same key: checked, and it passes.
  assert.equal(decodeEvent(Buffer.from(signedLogin("9")), verifier).type, "auth.user.logged_in");
  assert.equal(checks.count, 2);
});
