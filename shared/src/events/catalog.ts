import { z } from "zod";

/**
 * Every event the system publishes: subject = type = `<service>.<entity>.<verb>` (past tense).
 * Payload schemas are checked on consume, so a malformed event is dead-lettered instead of retried.
 */
export const eventPayloadSchemas = {
  "auth.user.logged_in": z.object({
    userId: z.string(),
    sessionId: z.string(),
    loggedInAt: z.string().datetime({ offset: true }),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
  }),
} as const;

export type EventType = keyof typeof eventPayloadSchemas;
export type EventPayloads = { [T in EventType]: z.infer<(typeof eventPayloadSchemas)[T]> };
