import { randomUUID } from "node:crypto";
import { z } from "zod";
import { eventPayloadSchemas, type EventPayloads, type EventType } from "./catalog.js";
import { EventSignatureError, type EventVerifier } from "./signing.js";

export const ENVELOPE_VERSION = 1;

export interface EventActor {
  userId: string;
  role: string;
}

/** Where the request that caused an event came from, as the gateway saw it (for the audit trail). */
export interface EventClient {
  ip: string | null;
  userAgent: string | null;
}

/** What travels on NATS: one state change, past tense, with who did it and which request caused it. */
interface Envelope<T extends EventType> {
  id: string;
  type: T;
  version: number;
  occurredAt: string;
  actor: EventActor | null;
  traceId: string | null;
  /** Absent on events that no request caused (workers) and on events published before it existed. */
  client?: EventClient | null;
  payload: EventPayloads[T];
}

/**
 * An event of one of the types `T` (by default any): a union discriminated on `type`, so a consumer that
 * switches on `event.type` gets that type's payload without a cast.
 */
export type EventEnvelope<T extends EventType = EventType> = Extract<AnyEnvelope, { type: T }>;
type AnyEnvelope = { [K in EventType]: Envelope<K> }[EventType];

/**
 * What a subscription names: an event type, a wildcard over the last token such as `admin.user.*`, or a
 * whole service's events, `auth.*.*` (its stream's subject: one filter, which servers before 2.10 need).
 */
export type EventSubject = EventType | `${string}.*`;

/** The event types a subject matches. */
export type EventsOf<S extends EventSubject> = S extends `${infer Service}.*.*`
  ? Extract<EventType, `${Service}.${string}.${string}`>
  : S extends `${infer Prefix}*`
    ? Extract<EventType, `${Prefix}${string}`>
    : Extract<EventType, S>;

/** NATS subject matching over tokens: `*` is any one token (`>` is not used here). */
function subjectMatches(subject: string, type: string): boolean {
  const pattern = subject.split(".");
  const tokens = type.split(".");
  return pattern.length === tokens.length && pattern.every((token, index) => token === "*" || token === tokens[index]);
}

/** True when `event` is one of those `subjects` name (the runtime half of `EventsOf`). */
export function matchesSubjects<S extends EventSubject>(
  event: EventEnvelope,
  subjects: readonly S[],
): event is EventEnvelope<EventsOf<S>> {
  return subjects.some((subject) => subjectMatches(subject, event.type));
}

const envelopeShape = z.object({
  id: z.string().uuid(),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.string().datetime({ offset: true }),
  actor: z.object({ userId: z.string(), role: z.string() }).nullable(),
  traceId: z.string().nullable(),
  client: z
    .object({ ip: z.string().max(64).nullable(), userAgent: z.string().max(255).nullable() })
    .nullable()
    .optional(),
  payload: z.unknown(),
});

type EventMeta = { actor?: EventActor | null; traceId?: string | null; client?: EventClient | null };

export function createEvent<T extends EventType>(
  type: T,
  payload: EventPayloads[T],
  meta?: EventMeta,
): EventEnvelope<T>;
export function createEvent(
  type: EventType,
  payload: EventPayloads[EventType],
  meta: EventMeta = {},
): Envelope<EventType> {
  return {
    id: randomUUID(),
    type,
    version: ENVELOPE_VERSION,
    occurredAt: new Date().toISOString(),
    actor: meta.actor ?? null,
    traceId: meta.traceId ?? null,
    client: meta.client ?? null,
    payload,
  };
}

export class PoisonMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PoisonMessageError";
  }
}

/**
 * Decodes and validates an envelope (its owner's signature, then its payload, for known types);
 * anything malformed, unsigned, forged or tampered with is poison.
 */
export function decodeEvent(data: Uint8Array, verifier: EventVerifier): EventEnvelope {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(data).toString("utf8"));
  } catch {
    throw new PoisonMessageError("event is not valid JSON");
  }
  const envelope = envelopeShape.safeParse(raw);
  if (!envelope.success) throw new PoisonMessageError(`invalid envelope: ${envelope.error.issues[0]?.message}`);
  try {
    verifier.checkMessage(data, raw as Record<string, unknown>);
  } catch (error) {
    if (error instanceof EventSignatureError) throw new PoisonMessageError(error.message);
    throw error;
  }
  const schema = eventPayloadSchemas[envelope.data.type as EventType];
  if (!schema) throw new PoisonMessageError(`unknown event type ${envelope.data.type}`);
  const payload = schema.safeParse(envelope.data.payload);
  if (!payload.success) {
    throw new PoisonMessageError(`invalid payload for ${envelope.data.type}: ${payload.error.issues[0]?.message}`);
  }
  // The payload was just checked against the schema of this very type.
  return { ...envelope.data, type: envelope.data.type as EventType, payload: payload.data } as EventEnvelope;
}
