import { test } from "node:test";
import assert from "node:assert/strict";
import { normalisePublicId, PUBLIC_ID, publicIdOf } from "../../subgraphs/tradeflow/src/domain/public-id.js";

test("a public id: CT, the year collected, six characters of Crockford's base 32", () => {
  const collected = new Date("2026-03-14T09:00:00Z");
  assert.equal(publicIdOf(collected, Uint8Array.from([0, 1, 10, 31, 32, 255])), "CT-26-01AZ0Z");
  assert.equal(publicIdOf(new Date("2031-01-01T00:00:00Z"), Uint8Array.from([18, 19, 20, 21, 27, 28])), "CT-31-JKMNVW");
  assert.throws(() => publicIdOf(collected, new Uint8Array(5)), RangeError);
});

test("every character is drawn evenly from the 32 that are not misread (no I, L, O, U)", () => {
  const seen = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const id = publicIdOf(new Date("2026-01-01T00:00:00Z"), Uint8Array.from([byte, 0, 0, 0, 0, 0]));
    assert.match(id, PUBLIC_ID);
    const character = id.charAt(6);
    seen.set(character, (seen.get(character) ?? 0) + 1);
  }
  assert.equal(seen.size, 32);
  assert.deepEqual(new Set(seen.values()), new Set([8]));
  for (const misread of ["I", "L", "O", "U"]) assert.equal(seen.has(misread), false, misread);
});

test("what people type is read back: case, and O, I or L for 0 and 1", () => {
  assert.equal(normalisePublicId(" ct-26-7k3qxm "), "CT-26-7K3QXM");
  assert.equal(normalisePublicId("CT-26-O1LIAB"), "CT-26-0111AB");
  assert.equal(normalisePublicId("CT-26-000042"), "CT-26-000042", "the ids given to existing rows");
  assert.equal(normalisePublicId("CT-26-7K3QU1"), null, "U is never drawn");
  assert.equal(normalisePublicId("CT-2026-7K3QXM"), null);
  assert.equal(normalisePublicId("7K3QXM"), null);
});
