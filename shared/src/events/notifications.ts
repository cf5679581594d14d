import { z } from "zod";

/**
 * The real-time fan-out of in-app notifications: admin publishes each notification it creates or
 * updates on this core NATS subject once it has committed it; every gateway replica subscribes and
 * forwards it to the Server-Sent Events streams of that user only. Core NATS, not JetStream: a stream
 * missed while no tab is open is caught up from the table (`Last-Event-ID`), so nothing needs keeping
 * here. Two tokens, so no event stream captures it; only admin may publish it (nats/nats-server.conf).
 */
export const NOTIFICATIONS_SUBJECT = "admin.notified";

export const notificationKinds = [
  "VALIDATION_QUEUE",
  "COLLECTION_RETURNED",
  "COLLECTION_REJECTED",
  "COLLECTION_VALIDATED",
  "REPORT_READY",
  "EVENTS_DEAD_LETTERED",
] as const;

/** A notification as clients get it (GraphQL `Notification`, the SSE `data`), its text in both languages. */
export const notificationMessageSchema = z.object({
  userId: z.string(),
  id: z.string(),
  kind: z.enum(notificationKinds),
  text: z.object({ fr: z.string(), en: z.string() }),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  count: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type NotificationMessage = z.infer<typeof notificationMessageSchema>;
