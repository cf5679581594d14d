import { test } from "node:test";
import assert from "node:assert/strict";
import { IdleCollector } from "#shared/service/idle-collector.js";

test("a service collects at the first quiet interval after a busy spell, and never twice without work between", () => {
  let collections = 0;
  const collector = new IdleCollector(() => (collections += 1));
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
  const collector = new IdleCollector(
    () => (collections += 1),
    () => false,
    0.05,
    false,
  );
  assert.equal(collector.interval(0.01), false);
  assert.equal(collector.interval(0.5), false);
  assert.equal(collector.interval(0.01), true);
  assert.equal(collections, 1);
});

test("quiet intervals collect again while memory is still held, at most maxRetries times after the first", () => {
  let collections = 0;
  let held = true;
  const collector = new IdleCollector(
    () => (collections += 1),
    () => held,
    0.05,
    false,
    2,
  );
  assert.equal(collector.interval(0.01), true, "held after the caller's own collection");
  assert.equal(collector.interval(0.01), true);
  assert.equal(collector.interval(0.01), false, "two retries spent: an idle service stops collecting");
  assert.equal(collector.interval(0.6), false);
  assert.equal(collector.interval(0.01), true, "a busy spell collects again at its first quiet interval");
  held = false;
  assert.equal(collector.interval(0.01), false, "given back: no retry");
  held = true;
  assert.equal(collector.interval(0.01), true, "the retries count from the last busy spell");
  assert.equal(collector.interval(0.01), true);
  assert.equal(collector.interval(0.01), false);
  assert.equal(collections, 5);
});
