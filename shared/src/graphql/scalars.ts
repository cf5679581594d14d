import { GraphQLScalarType, Kind } from "graphql";
import type { Prisma } from "../db/client.js";
import { badUserInput } from "./errors.js";

/*
 * What resolvers may return for each scalar (codegen.ts maps the resolver types' outputs to these), so a
 * Prisma row goes out as read and the scalar's `serialize` does the conversion, not a resolver per field.
 * Inputs stay as `parseValue` makes them: a Date, a validated decimal string, a string id.
 */
/** A decimal column as Prisma reads it, or a decimal already written as text. */
export type DecimalOutput = string | Prisma.Decimal;
/** A DateTime column as Prisma reads it, or an ISO-8601 string. */
export type DateTimeOutput = Date | string;
/** Integer ids as Prisma reads them: GraphQL's ID serializes an integer as its decimal text. */
export type IdOutput = string | number;

/** ISO-8601 date-times with an offset, e.g. 2026-11-26T08:30:00.000Z; always serialized in UTC. */
export const dateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError("DateTime cannot represent an invalid date");
    return date.toISOString();
  },
  parseValue(value) {
    return parseDateTime(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput("DateTime must be an ISO-8601 string");
    return parseDateTime(ast.value);
  },
});

function parseDateTime(value: unknown): Date {
  if (
    typeof value !== "string" ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    throw badUserInput("DateTime must be an ISO-8601 date-time with a time zone, e.g. 2026-11-26T08:30:00Z");
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badUserInput("DateTime is not a valid date");
  return date;
}

/**
 * Exact decimals as strings (quantities, prices); never floats. A Prisma.Decimal serializes through its
 * `toString()`, which keeps every digit the column holds (decimal.js).
 */
export const decimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  serialize(value) {
    return typeof value === "string" ? value : String(value);
  },
  parseValue(value) {
    return parseDecimal(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) {
      throw badUserInput('Decimal must be a string such as "12.5"');
    }
    return parseDecimal(ast.value);
  },
});

function parseDecimal(value: unknown): string {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !/^-?\d{1,15}(\.\d{1,6})?$/.test(text)) {
    throw badUserInput('Decimal must be a number written as a string, e.g. "1200.5"');
  }
  return text;
}
