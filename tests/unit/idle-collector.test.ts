import { test } from "node:test";
import assert from "node:assert/strict";
import { IdleCollector } from "#shared/service/idle-collector.js";

test("a service collects at the first quiet interval after a busy spell, and never twice without work between", () => {
  let collections = 0;
  const collector = new IdleCollector(() => (collections += 1), 0.05);
  // The start counts as work: the first quiet interval collects.
  assert.equal(collector.interval(0.01), true);
  assert.equal(collector.interval(0.01), false, "still idle: nothing to give back");
  assert.equal(collector.interval(0.8), false, "busy: no collection in the middle of a load");
  assert.equal(collector.interval(0.3), false);
  assert.equal(collector.interval(0.049), true, "quiet again after the load");
  assert.equal(collector.interval(0), false);
  assert.equal(collector.interval(0.05), false, "at the threshold counts as busy");
  assert.equal(collector.interval(0.02), true);
  assert.equal(collections, 3);
});

test("after a collection of the caller's own, the first quiet interval does not collect again", () => {
  let collections = 0;
  const collector = new IdleCollector(() => (collections += 1), 0.05, false);
  assert.equal(collector.interval(0.01), false);
  assert.equal(collector.interval(0.5), false);
  assert.equal(collector.interval(0.01), true);
  assert.equal(collections, 1);
});
