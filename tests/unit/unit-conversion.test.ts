import { test } from "node:test";
import assert from "node:assert/strict";
import type { Product } from "#shared/db/client.js";
import { Prisma } from "#shared/db/values.js";
import { convertQuantityWith } from "../../subgraphs/model/src/modules/units/conversion.js";

const product = (id: number, name: string, dimension: Product["dimension"]) => ({ id, name, dimension }) as Product;
const MAIZE = product(1, "Maïs", "MASS");
const CATTLE = product(2, "Bovins", "COUNT");
const d = (value: string) => new Prisma.Decimal(value);
const LOCAL = [
  { productId: 1, code: "SACK_100KG", baseQuantity: d("100") },
  { productId: 2, code: "HERD", baseQuantity: d("12") },
];
const GENERAL = [
  { code: "kg", dimension: "MASS" as const, factor: d("1") },
  { code: "t", dimension: "MASS" as const, factor: d("1000") },
  { code: "head", dimension: "COUNT" as const, factor: d("1") },
  { code: "l", dimension: "VOLUME" as const, factor: d("1") },
];

test("quantities convert to the product's base unit, exactly", () => {
  const table: [string, Product, string, string, [string, string]][] = [
    ["a local unit holds its base quantity", MAIZE, "SACK_100KG", "12", ["100", "1200"]],
    ["unit codes ignore case and spaces", MAIZE, " sack_100kg ", "1.5", ["100", "150"]],
    ["a general unit of the product's dimension", MAIZE, "t", "2.25", ["1000", "2250"]],
    ["kilograms", MAIZE, "KG", "350.5", ["1", "350.5"]],
    ["heads, by a local unit", CATTLE, "herd", "2", ["12", "24"]],
  ];
  for (const [name, of, unit, quantity, [perUnit, base]] of table) {
    const result = convertQuantityWith({ productId: of.id, unit, quantity }, of, LOCAL, GENERAL);
    assert.ok(result.ok, name);
    assert.deepEqual(
      [result.perUnit.toString(), result.baseQuantity.toString(), result.baseUnitDimension],
      [perUnit, base, of.dimension],
      name,
    );
  }
});

test("what cannot be converted names its field", () => {
  const table: [string, Product | null, string, string, string, RegExp][] = [
    ["unknown product", null, "kg", "1", "productId", /No such product/],
    [
      "a unit of another dimension",
      MAIZE,
      "l",
      "1",
      "unit",
      /l is not a unit of Maïs: use one of its local units or a mass unit/,
    ],
    ["another product's local unit", CATTLE, "SACK_100KG", "1", "unit", /not a unit of Bovins/],
    ["a negative quantity", MAIZE, "kg", "-1", "quantity", /non-negative decimal/],
    ["not a number", MAIZE, "kg", "12kg", "quantity", /non-negative decimal/],
  ];
  for (const [name, of, unit, quantity, field, message] of table) {
    const result = convertQuantityWith({ productId: of?.id ?? 99, unit, quantity }, of, LOCAL, GENERAL);
    assert.ok(!result.ok, name);
    assert.equal(result.field, field, name);
    assert.match(result.message, message, name);
  }
});
