import { test } from "node:test";
import assert from "node:assert/strict";
import { createEvent, matchesSubjects, type EventEnvelope } from "#shared/events/envelope.js";

const snapshot = {
  userId: "3",
  fullName: "Agent",
  email: null,
  phone: null,
  role: "AGENT" as const,
  teamId: null,
  regionIds: [],
  active: true,
};
const events: EventEnvelope[] = [
  createEvent("admin.user.updated", snapshot),
  createEvent("admin.user.deactivated", { ...snapshot, reason: null }),
  createEvent("admin.config.changed", { key: "EDIT_WINDOW_HOURS", value: 48 }),
  createEvent("auth.password.changed", { userId: "3", byAdministrator: false }),
];

test("a subscription's subjects match event types exactly, or by a wildcard over the last token", () => {
  const matching = (subjects: Parameters<typeof matchesSubjects>[1]) =>
    events.filter((event) => matchesSubjects(event, subjects)).map((event) => event.type);
  assert.deepEqual(matching(["admin.user.*"]), ["admin.user.updated", "admin.user.deactivated"]);
  assert.deepEqual(matching(["admin.config.changed"]), ["admin.config.changed"]);
  assert.deepEqual(matching(["auth.password.changed", "admin.config.changed"]), [
    "admin.config.changed",
    "auth.password.changed",
  ]);
  assert.deepEqual(matching(["tradeflow.collection.*"]), []);
});

test("an event narrowed by its subjects or its type carries that type's payload", () => {
  const [updated, deactivated] = events;
  assert.ok(updated && deactivated);
  assert.ok(matchesSubjects(deactivated, ["admin.user.*"]));
  // Narrowed to admin.user.*: every payload is a user snapshot, so `userId` needs no cast.
  assert.equal(deactivated.payload.userId, "3");
  assert.equal(deactivated.type === "admin.user.deactivated" ? deactivated.payload.reason : "other", null);
});
