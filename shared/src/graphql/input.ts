import { z } from "zod";
import { badUserInput } from "./errors.js";

/** Validates a mutation's input with zod; the first problem becomes a BAD_USER_INPUT naming its field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".") || undefined;
  throw badUserInput(field ? `${field}: ${issue.message}` : issue.message, field);
}

/** Row ids are unsigned integers; an id of more than 10 digits cannot exist. */
const NUMERIC_ID = /^\d{1,10}$/;

/** Parses a GraphQL ID into a numeric row id; anything else cannot exist. */
export function numericId(id: string | number | null | undefined): number | null {
  const text = String(id ?? "");
  return NUMERIC_ID.test(text) ? Number(text) : null;
}

/** A numeric id for a query condition: an id that cannot exist matches no row (-1) instead of failing. */
export function idOrNone(id: string | number | null | undefined): number {
  return numericId(id) ?? -1;
}

/** A numeric id in a zod input schema: "12" (or 12) becomes 12; anything else "is not a valid id". */
export const idInput = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(NUMERIC_ID, "is not a valid id"))
  .transform(Number);

/**
 * A partial update: keys left out or null stay as they are, except the `clearable` ones, where null
 * clears the value (a point's city, a corridor's distance, …).
 */
export function partialUpdate<T extends Record<string, unknown>, C extends keyof T & string = never>(
  input: T,
  clearable: C[] = [],
): { [K in keyof T]?: K extends C ? Exclude<T[K], undefined> : Exclude<T[K], undefined | null> } {
  return Object.fromEntries(
    Object.entries(input).filter(
      ([key, value]) => value !== undefined && (value !== null || (clearable as string[]).includes(key)),
    ),
  ) as never;
}
