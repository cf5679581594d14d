import type { z } from "zod";
import { badUserInput } from "./errors.js";

/** Validates a mutation's input with zod; the first problem becomes a BAD_USER_INPUT naming its field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".") || undefined;
  throw badUserInput(field ? `${field}: ${issue.message}` : issue.message, field);
}
