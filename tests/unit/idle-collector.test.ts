import { test } from "node:test";
import assert from "node:assert/strict";
import v8 from "node:v8";
import { IdleCollector, youngGenerationGrown } from "#shared/service/idle-collector.js";

test("with nothing held, a service collects at the first quiet interval after a busy spell, and not again until more work", () => {
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

test("the young generation reads as grown once allocation has grown it (the retries' condition)", () => {
  // The space is V8's "new_space": a V8 that renamed it would turn the retries off without a word.
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  assert.ok(young, "V8 reports a new_space");
  // Short-lived objects, far more than 2 × 16 MiB of them: V8 grows the young generation to its largest.
  let kept: unknown[] = [];
  for (let round = 0; round < 200; round += 1) {
    kept = Array.from({ length: 20_000 }, (_, index) => ({ index, pair: [index, round] }));
  }
  assert.equal(kept.length, 20_000);
  assert.equal(youngGenerationGrown(), true);
});
