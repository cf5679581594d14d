import { test } from "node:test";
import assert from "node:assert/strict";
import { GraphQLID } from "graphql";
import { Prisma } from "#shared/db/values.js";
import { dateTimeScalar, decimalScalar } from "#shared/graphql/scalars.js";

// Resolvers hand rows over as Prisma reads them (codegen.ts): these serializations replace the field
// resolvers that called toString() or String(id) one field at a time.

test("a Decimal goes out as the exact text of the column, whether a Prisma.Decimal or a string", () => {
  assert.deepEqual(
    [
      new Prisma.Decimal("1200.500000"),
      new Prisma.Decimal("0.000001"),
      new Prisma.Decimal("-12.25"),
      new Prisma.Decimal("999999999999.999999"),
      "17.5",
    ].map((value) => decimalScalar.serialize(value)),
    ["1200.5", "0.000001", "-12.25", "999999999999.999999", "17.5"],
  );
});

test("an integer row id goes out as an ID string", () => {
  assert.deepEqual(
    [12, 4_294_967_295, "abc-1"].map((value) => GraphQLID.serialize(value)),
    ["12", "4294967295", "abc-1"],
  );
});

test("a DateTime goes out in UTC ISO-8601, from a Date or a string", () => {
  assert.deepEqual(
    [new Date(Date.UTC(2026, 10, 26, 8, 30)), "2026-11-26T09:30:00+01:00"].map((value) =>
      dateTimeScalar.serialize(value),
    ),
    ["2026-11-26T08:30:00.000Z", "2026-11-26T08:30:00.000Z"],
  );
});
