import { test } from "node:test";
import assert from "node:assert/strict";
import { parseLoginIdentifier } from "../../subgraphs/auth/src/modules/sessions/login-identifier.js";

test("an email is trimmed and lower-cased", () => {
  assert.deepEqual(parseLoginIdentifier("  Agent@Demo.CT "), { email: "agent@demo.ct" });
});

test("a phone number keeps its leading + and digits, whatever the separators", () => {
  assert.deepEqual(parseLoginIdentifier("+226 70 00-00.03"), { phone: "+22670000003" });
  assert.deepEqual(parseLoginIdentifier("(226) 70000003"), { phone: "22670000003" });
});

test("anything else is not an identifier", () => {
  assert.equal(parseLoginIdentifier("bob"), null);
  assert.equal(parseLoginIdentifier("12"), null);
});
