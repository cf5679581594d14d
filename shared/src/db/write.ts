import type { EventPublisher } from "../graphql/context.js";
import { conflict } from "../graphql/errors.js";
import { isUniqueViolation, type PrismaClient, type Tx } from "./client.js";

export interface WriteOptions {
  /** What is written, for the CONFLICT message: "Another product already has this code". */
  entity?: string;
  /** The field a unique index's refusal names; by default read from the index (phone, email or code). */
  conflictField?: string;
}

/**
 * A request's write: one transaction, whose outbox rows are published once it has committed. Two
 * concurrent writers can both pass a pre-check; the unique index decides, and its refusal is a
 * CONFLICT naming the field rather than an internal error.
 */
export async function write<T>(
  context: { db: PrismaClient; events: EventPublisher },
  work: (tx: Tx) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  try {
    const result = await context.db.$transaction(work);
    context.events.flush();
    return result;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const field = options.conflictField ?? conflictingField(error);
    throw conflict(
      field ? `Another ${options.entity ?? "record"} already has this ${field}` : "This record already exists",
      field,
    );
  }
}

function conflictingField(error: unknown): string | undefined {
  const target = String((error as { meta?: { target?: unknown } }).meta?.target ?? (error as Error).message);
  return /phone/.test(target) ? "phone" : /email/.test(target) ? "email" : /code/.test(target) ? "code" : undefined;
}
