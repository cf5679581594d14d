import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { sparseParser } from "#shared/validation/sparse-object.js";
import {
  collectionInput,
  itemInput,
  parseCollection,
} from "../../subgraphs/tradeflow/src/modules/collections/collection-input.js";

/**
 * A sparse parse (shared/src/validation/sparse-object.ts) answers what zod's parse of the whole schema answers:
 * the collection's schema, whose items are parsed sparsely too, against the same schema with every key run.
 */
const whole = collectionInput.extend({
  items: z.array(itemInput).min(1, "a collection has at least one item").max(100),
});
const sparse = sparseParser(collectionInput);

function sameAnswer(input: unknown) {
  const expected = whole.safeParse(input);
  const actual = sparse(input);
  const issues = (result: typeof expected) =>
    result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path.join("."), issue.message]);
  assert.equal(actual.success, expected.success, JSON.stringify(input));
  assert.deepEqual(issues(actual), issues(expected), JSON.stringify(input));
  assert.deepEqual(actual.data, expected.data, JSON.stringify(input));
  return actual;
}

const phone = {
  collectedAt: "2026-11-20T09:30:00Z",
  type: "AGRICULTURAL",
  collectionPointId: "1",
  direction: "EXPORT",
  items: [{ productId: "1", quantity: "12", unit: "SACK_100KG", unitPrice: "22500" }],
};

const thorough = {
  ...phone,
  type: "MIXED",
  transportBatchId: " convoy-A ",
  context: "FORMAL_BORDER",
  originCountryId: 3,
  destinationCityId: null,
  intermediateDestination: "  ",
  vehicleRegistration: "11 gh 4567",
  transportCost: 350000,
  currencyCode: " xof ",
  paymentMethod: "cash",
  marketDay: 4,
  taxesPaid: true,
  latitude: "-12.4775",
  extraFields: { convoyVehicles: 2 },
  notes: "Collecte complète",
  items: [
    phone.items[0],
    {
      productId: "9",
      quantity: "40",
      unit: " TAS ",
      localUnitWeightKg: "12.5",
      animalCategories: [{ category: " small ", quantity: 2, price: "150000" }],
      productOriginCountryId: null,
    },
    { productId: "7", quantity: 5 },
  ],
  controls: [{ checkpointId: "2", durationBucket: "MIN_40", taxTypeIds: ["3", "5"], feesPaid: "10000" }],
  totalWeightKg: "1200",
  unknownKey: "dropped, as zod drops it",
};

test("a valid collection, sparse or thorough, parses to the same value as through the whole schema", () => {
  assert.equal(sameAnswer(phone).success, true);
  const parsed = sameAnswer(thorough);
  assert.equal(parsed.success, true);
  // Defaults of absent keys are applied, blanks become null, codes upper-case, unknown keys dropped.
  assert.equal(parsed.data!.currencyCode, "XOF");
  assert.equal(sameAnswer(phone).data!.currencyCode, "XOF");
  assert.equal(parsed.data!.items[2]!.unit, "kg");
  assert.equal(parsed.data!.intermediateDestination, null);
  assert.equal("unknownKey" in parsed.data!, false);
  assert.equal("originCityId" in sameAnswer(phone).data!, false, "an absent key stays absent");
});

test("an invalid collection gets the same issues, in the same order, at the same paths", () => {
  const { collectedAt: _collectedAt, ...undated } = phone;
  const cases: unknown[] = [
    undated,
    { ...phone, items: [] },
    { ...phone, items: "many" },
    { ...phone, items: [{ quantity: "1" }] },
    { ...phone, items: [phone.items[0], { productId: "x", quantity: "-1" }] },
    { ...phone, currencyCode: "francs", items: [{ productId: "1", quantity: "0" }] },
    { ...phone, marketDay: 9, notes: 12, latitude: "91" },
    { ...thorough, controls: [{ durationBucket: "MIN_40", duration: "OVER_1_HOUR", taxTypeIds: ["3", "3"] }] },
    { ...phone, collectionPointId: undefined, direction: null },
    "not an object",
    null,
    [phone],
  ];
  for (const input of cases) sameAnswer(input);
  assert.deepEqual(parseCollection({ ...phone, items: [phone.items[0], { productId: "x", quantity: "1" }] }), {
    ok: false,
    field: "items.1.productId",
    message: "items.1.productId: is not a valid id",
  });
});

test("a key the schema checks when absent is checked even when the object lacks it", () => {
  const schema = z.object({ required: z.string(), defaulted: z.number().default(7), optional: z.string().optional() });
  const parse = sparseParser(schema);
  assert.deepEqual(parse({ required: "a" }).data, { required: "a", defaulted: 7 });
  assert.deepEqual(
    parse({ optional: "b" }).error?.issues.map((issue) => issue.path),
    [["required"]],
  );
  // One part per set of keys the objects carry: the cache answers the second.
  assert.deepEqual(parse({ required: "c", optional: "d" }).data, { required: "c", defaulted: 7, optional: "d" });
  assert.deepEqual(parse({ optional: "e", required: "f" }).data, { required: "f", defaulted: 7, optional: "e" });
});

test("a key whose schema accepts undefined but that the object requires is required when absent, as the whole schema says", () => {
  const schema = z.object({ a: z.string(), meta: z.unknown(), maybe: z.union([z.string(), z.undefined()]) });
  const parse = sparseParser(schema);
  for (const input of [{ a: "x" }, { a: "x", meta: 1 }, { a: "x", meta: undefined, maybe: undefined }, {}]) {
    const expected = schema.safeParse(input);
    const actual = parse(input);
    assert.equal(actual.success, expected.success, JSON.stringify(input));
    assert.deepEqual(
      actual.error?.issues.map((issue) => [issue.path, issue.code, issue.message]),
      expected.error?.issues.map((issue) => [issue.path, issue.code, issue.message]),
      JSON.stringify(input),
    );
    assert.deepEqual(actual.data, expected.data, JSON.stringify(input));
  }
  assert.equal(parse({ a: "x" }).success, false, "meta is absent");
});

test("only the first key sets get a part of their own: any other set is parsed by the whole schema, same answer", () => {
  const schema = z.object({ a: z.string().optional(), b: z.string().optional(), c: z.string().optional() });
  let picks = 0;
  const pick = schema.pick.bind(schema);
  schema.pick = ((mask: never) => {
    picks += 1;
    return pick(mask);
  }) as typeof schema.pick;
  const parse = sparseParser(schema, 2);
  assert.deepEqual(parse({ a: "1" }).data, { a: "1" });
  assert.deepEqual(parse({ b: "2" }).data, { b: "2" });
  assert.deepEqual(parse({ c: "3" }).data, { c: "3" }, "a third set: the whole schema");
  assert.deepEqual(
    parse({ a: "4", c: 5 }).error?.issues.map((issue) => issue.path),
    [["c"]],
  );
  assert.deepEqual(parse({ a: "6" }).data, { a: "6" }, "a kept set: its part");
  assert.equal(picks, 2);
});
