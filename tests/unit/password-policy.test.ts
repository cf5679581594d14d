import { test } from "node:test";
import assert from "node:assert/strict";
import { GraphQLError } from "graphql";
import { DEMO_PASSWORD } from "../../scripts/db/demo-data.js";
import { FIXTURE_PASSWORD } from "../support/fixtures.js";
import { assertPasswordPolicy } from "../../subgraphs/auth/src/modules/sessions/passwords.js";

/** The policy's answer: "ok", or the BAD_USER_INPUT message (naming the field). */
function verdict(password: string, userInputs: string[] = []): string {
  try {
    assertPasswordPolicy(password, "newPassword", userInputs);
    return "ok";
  } catch (error) {
    assert.ok(error instanceof GraphQLError);
    assert.equal(error.extensions.code, "BAD_USER_INPUT");
    assert.equal(error.extensions.field, "newPassword");
    return error.message;
  }
}

test("low-entropy passwords of the right length are refused", () => {
  for (const password of ["aaaaaaaaaa", "abcabcabcabc", "0987654321x", "zzzzzzzzzzzz1", "abcdefghij", "Password2026"]) {
    assert.match(verdict(password), /too easy to guess/, password);
  }
});

test("the common-password list still applies, and so do the length limits", () => {
  assert.match(verdict("password123"), /too common/);
  assert.match(verdict("Sh0rt!"), /at least 10 characters/);
  assert.match(verdict("x".repeat(129)), /at most 128 characters/);
});

test("a password made of the account's own login is refused", () => {
  assert.equal(verdict("kaboreissa2026"), "ok");
  assert.match(verdict("kaboreissa2026", ["kabore.issa@field.ct", "kaboreissa"]), /too easy to guess/);
});

test("strong passwords pass, the demo and fixture passwords included", () => {
  for (const password of [DEMO_PASSWORD, FIXTURE_PASSWORD, "Mine-and-only-mine-2026", "correct horse battery staple"]) {
    assert.equal(verdict(password), "ok", password);
  }
});
