import { test } from "node:test";
import assert from "node:assert/strict";
import { Prisma } from "#shared/db/values.js";
import { differs, inReferenceCurrency, itemMeasures, totalOf } from "../../subgraphs/tradeflow/src/domain/measures.js";

const text = (value: Prisma.Decimal | null) => (value === null ? null : value.toString());

test("an item's weight and value from its conversion", () => {
  const table: [string, Parameters<typeof itemMeasures>[0], Parameters<typeof itemMeasures>[1], unknown][] = [
    [
      "12 sacks of 100 kg at 22 500",
      { quantity: "12", unitPrice: "22500" },
      { ok: true, dimension: "MASS", perUnit: "100", baseQuantity: "1200" },
      { unitWeightKg: "100", weightKg: "1200", weightSource: "CATALOGUE", value: "270000", animalCount: null },
    ],
    [
      "350.5 kg without a price",
      { quantity: "350.5" },
      { ok: true, dimension: "MASS", perUnit: "1", baseQuantity: "350.5" },
      { unitWeightKg: "1", weightKg: "350.5", weightSource: "CATALOGUE", value: null, animalCount: null },
    ],
    [
      "heads with an average weight",
      { quantity: "4", averageWeightKg: "250.5", unitPrice: "300000" },
      { ok: true, dimension: "COUNT", perUnit: "1", baseQuantity: "4" },
      { unitWeightKg: "250.5", weightKg: "1002", weightSource: "AVERAGE_WEIGHT", value: "1200000", animalCount: 4 },
    ],
    [
      "heads without an average weight: counted, not weighed",
      { quantity: "2", animalCount: 3 },
      { ok: true, dimension: "COUNT", perUnit: "1", baseQuantity: "2" },
      { unitWeightKg: null, weightKg: null, weightSource: null, value: null, animalCount: 3 },
    ],
    [
      "a volume has no weight",
      { quantity: "20", unitPrice: "500" },
      { ok: true, dimension: "VOLUME", perUnit: "1", baseQuantity: "20" },
      { unitWeightKg: null, weightKg: null, weightSource: null, value: "10000", animalCount: null },
    ],
    [
      "a local unit the catalogue does not know, weighed by the agent",
      { quantity: "8", unitPrice: "1500", localUnitWeightKg: "2.5" },
      null,
      { unitWeightKg: "2.5", weightKg: "20", weightSource: "AGENT", value: "12000", animalCount: null },
    ],
    [
      "the catalogue wins over the agent's weight when it knows the unit",
      { quantity: "3", localUnitWeightKg: "95" },
      { ok: true, dimension: "MASS", perUnit: "100", baseQuantity: "300" },
      { unitWeightKg: "100", weightKg: "300", weightSource: "CATALOGUE", value: null, animalCount: null },
    ],
    [
      "a volume weighed by the agent (a 20 l can of oil at 18.4 kg)",
      { quantity: "5", localUnitWeightKg: "18.4" },
      { ok: true, dimension: "VOLUME", perUnit: "20", baseQuantity: "100" },
      { unitWeightKg: "18.4", weightKg: "92", weightSource: "AGENT", value: null, animalCount: null },
    ],
    [
      "an unknown unit without the agent's weight: no weight",
      { quantity: "2" },
      null,
      { unitWeightKg: null, weightKg: null, weightSource: null, value: null, animalCount: null },
    ],
    [
      "heads by size category: counted, and valued at their prices without a unit price",
      {
        quantity: "5",
        animalCategories: [
          { quantity: 2, price: "150000" },
          { quantity: 3, price: "90000.5" },
        ],
      },
      { ok: true, dimension: "COUNT", perUnit: "1", baseQuantity: "5" },
      { unitWeightKg: null, weightKg: null, weightSource: null, value: "570001.5", animalCount: 5 },
    ],
    [
      "a unit price wins over the categories' prices; a category without a price values nothing",
      { quantity: "5", unitPrice: "100000", animalCategories: [{ quantity: 5, price: null }] },
      { ok: true, dimension: "COUNT", perUnit: "1", baseQuantity: "5" },
      { unitWeightKg: null, weightKg: null, weightSource: null, value: "500000", animalCount: 5 },
    ],
    [
      "the categories count the heads when the unit does not (an uncatalogued 'lot')",
      { quantity: "1", localUnitWeightKg: "900", animalCategories: [{ quantity: 3 }, { quantity: 1 }] },
      null,
      { unitWeightKg: "900", weightKg: "900", weightSource: "AGENT", value: null, animalCount: 4 },
    ],
  ];
  for (const [name, item, conversion, expected] of table) {
    const measures = itemMeasures(item, conversion as Extract<NonNullable<typeof conversion>, { ok: true }> | null);
    const shown = {
      ...measures,
      unitWeightKg: text(measures.unitWeightKg),
      weightKg: text(measures.weightKg),
      value: text(measures.value),
    };
    assert.deepEqual(shown, expected, name);
  }
});

test("client totals within half a percent (or a rounding unit) are accepted", () => {
  const table: [string, string, string, boolean][] = [
    ["exact", "570000", "570000", false],
    ["0.4 % off", "572280", "570000", false],
    ["0.6 % off", "573420", "570000", true],
    ["one rounding unit on a small amount", "1.01", "1", false],
    ["two rounding units on a small amount", "1.02", "1", true],
    ["far off", "999", "2200", true],
  ];
  for (const [name, claimed, computed, expected] of table) {
    assert.equal(differs(claimed, new Prisma.Decimal(computed)), expected, name);
  }
});

test("totals add the known amounts; nothing known is null", () => {
  const d = (value: string) => new Prisma.Decimal(value);
  assert.equal(text(totalOf([d("1200"), null, d("350.5")])), "1550.5");
  assert.equal(totalOf([null, null]), null);
  assert.equal(text(totalOf([d("0")])), "0", "a known zero is a total");
});

test("the value in the reference currency needs a rate", () => {
  const value = new Prisma.Decimal("1000");
  assert.equal(text(inReferenceCurrency(value, "655.957")), "655957");
  assert.equal(text(inReferenceCurrency(new Prisma.Decimal("10.005"), "1.5")), "15.01", "rounded to cents");
  assert.equal(inReferenceCurrency(value, null), null);
  assert.equal(inReferenceCurrency(null, "655.957"), null);
});
