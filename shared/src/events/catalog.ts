import { z } from "zod";
import { ROLES } from "../auth/claims.js";

/**
 * Every event the system publishes: subject = type = `<service>.<entity>.<verb>` (past tense).
 * Payload schemas are checked on consume, so a malformed event is dead-lettered instead of retried.
 */
/** A user as admin announces it (also the `admin.users` reply). */
export const userSnapshotSchema = z.object({
  userId: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  role: z.enum(ROLES),
  teamId: z.string().nullable(),
  regionIds: z.array(z.string()),
  active: z.boolean(),
});

/** One level of a validation workflow: who decides at it. */
export const workflowLevelSchema = z.object({ level: z.number().int(), role: z.enum(ROLES), name: z.string() });

/**
 * Where a collection's workflow stands after an event, for readers that route on it (notifications,
 * the audit trail's before/after): optional because events published before it lack it.
 */
export const collectionRouteSchema = z.object({
  /** The short id people quote (CT-26-7K3QXM), for notification texts. */
  publicId: z.string().nullable(),
  collectorId: z.string(),
  teamId: z.string().nullable(),
  regionId: z.string().nullable(),
  fromStatus: z.string(),
  toStatus: z.string(),
  /** The level now pending and the role that decides at it; null when no level is pending. */
  pending: z.object({ level: z.number().int(), role: z.enum(ROLES) }).nullable(),
});

export const eventPayloadSchemas = {
  "auth.user.logged_in": z.object({
    userId: z.string(),
    sessionId: z.string(),
    loggedInAt: z.string().datetime({ offset: true }),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
  }),
  /** A refused login (unknown login, wrong password, disabled account), for the audit trail. */
  "auth.login.failed": z.object({
    userId: z.string().nullable(),
    login: z.string().nullable(),
    reason: z.enum(["unknown_login", "wrong_password", "inactive"]),
  }),
  /** Sessions ended (logout, revocation, password change, deactivation, refresh-token reuse). */
  "auth.session.revoked": z.object({
    userId: z.string(),
    sessionIds: z.array(z.string()).min(1),
    reason: z.string(),
    /** After this instant no access token of these sessions can still be valid. */
    tokensValidUntil: z.string().datetime({ offset: true }),
  }),
  /** A rotated refresh token was presented again after the grace window: its whole session was revoked. */
  "auth.refresh_token.reused": z.object({ userId: z.string(), sessionId: z.string() }),
  "auth.password.changed": z.object({ userId: z.string(), byAdministrator: z.boolean() }),
  "admin.user.created": userSnapshotSchema,
  /** `previous`: the user before the change (role changes show in the audit trail as before/after). */
  "admin.user.updated": userSnapshotSchema.extend({ previous: userSnapshotSchema.optional() }),
  "admin.user.deactivated": userSnapshotSchema.extend({ reason: z.string().nullable() }),
  "admin.user.reactivated": userSnapshotSchema,
  "admin.config.changed": z.object({ key: z.string(), value: z.unknown(), previousValue: z.unknown().optional() }),
  /** Reference data that offline clients cache changed: they should refresh (see metadata versions). */
  "admin.reference.changed": z.object({ revision: z.number().int(), entity: z.string() }),
  "model.catalog.changed": z.object({ revision: z.number().int(), entity: z.string() }),
  "model.workflow.published": z.object({
    workflowId: z.string(),
    code: z.string(),
    version: z.number().int(),
    levels: z.array(workflowLevelSchema),
  }),
  "tradeflow.collection.submitted": z.object({
    collectionId: z.string(),
    collectorId: z.string(),
    revision: z.number().int(),
    isResubmission: z.boolean(),
    pendingLevel: z.number().int(),
    route: collectionRouteSchema.optional(),
  }),
  "tradeflow.collection.approved": z.object({
    collectionId: z.string(),
    level: z.number().int(),
    /** Null when the validator gave no score (optional, as in CT). */
    score: z.number().int().nullable(),
    validatorId: z.string(),
    final: z.boolean(),
    route: collectionRouteSchema.optional(),
  }),
  "tradeflow.collection.validated": z.object({
    collectionId: z.string(),
    collectorId: z.string(),
    validatedAt: z.string(),
    route: collectionRouteSchema.optional(),
  }),
  "tradeflow.collection.rejected": z.object({
    collectionId: z.string(),
    level: z.number().int(),
    reason: z.string(),
    validatorId: z.string(),
    route: collectionRouteSchema.optional(),
  }),
  "tradeflow.collection.returned": z.object({
    collectionId: z.string(),
    level: z.number().int(),
    validatorId: z.string(),
    route: collectionRouteSchema.optional(),
  }),
  "tradeflow.collection.reopened": z.object({
    collectionId: z.string(),
    reason: z.string(),
    validatorId: z.string(),
    route: collectionRouteSchema.optional(),
  }),
  /**
   * Not an event but a job, on the work queue the original system named `tradeflow.reports` (stream
   * REPORT_JOBS): relayed by the outbox, so it is queued if and only if the report row was committed.
   */
  "tradeflow.reports": z.object({ reportId: z.string().uuid() }),
  /** A requested report file can be downloaded (`report(id) { downloadUrl }`); for the requester's notifications. */
  "tradeflow.report.ready": z.object({
    reportId: z.string().uuid(),
    requesterId: z.string(),
    kind: z.string(),
    format: z.enum(["CSV", "XLSX"]),
    rowCount: z.number().int(),
    sizeBytes: z.number().int(),
    expiresAt: z.string().datetime({ offset: true }),
  }),
  "model.form.published": z.object({
    formDefinitionId: z.string(),
    collectionType: z.string(),
    version: z.number().int(),
  }),
} as const;

export type EventType = keyof typeof eventPayloadSchemas;
export type EventPayloads = { [T in EventType]: z.infer<(typeof eventPayloadSchemas)[T]> };
