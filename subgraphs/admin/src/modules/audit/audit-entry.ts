import type { Prisma } from "#shared/db/client.js";
import type { EventEnvelope } from "#shared/events/envelope.js";

/** What an audit row says an event was about, and the change it carries (when it carries one). */
interface Subject {
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Which record each event type is about. A switch over the closed union, so a new event type does not
 * compile until it says what it audits.
 */
function subjectOf(event: EventEnvelope): Subject {
  switch (event.type) {
    case "auth.user.logged_in":
    case "auth.refresh_token.reused":
    case "auth.password.changed":
    case "auth.session.revoked":
      return { entityType: "user", entityId: event.payload.userId };
    case "auth.login.failed":
      // A login naming no account is still worth a row: repeated ones are what an attack looks like.
      return { entityType: "user", entityId: event.payload.userId ?? "unknown" };
    case "admin.user.updated": {
      const { previous, ...after } = event.payload;
      return { entityType: "user", entityId: after.userId, before: previous, after };
    }
    case "admin.user.created":
    case "admin.user.reactivated":
    case "admin.user.deactivated":
      return { entityType: "user", entityId: event.payload.userId, after: event.payload };
    case "admin.config.changed":
      return {
        entityType: "setting",
        entityId: event.payload.key,
        before: event.payload.previousValue,
        after: event.payload.value,
      };
    case "admin.reference.changed":
      return { entityType: "reference", entityId: event.payload.entity };
    case "model.catalog.changed":
      return { entityType: "catalog", entityId: event.payload.entity };
    case "model.workflow.published":
      return { entityType: "workflow", entityId: event.payload.workflowId, after: event.payload };
    case "model.form.published":
      return { entityType: "form", entityId: event.payload.formDefinitionId, after: event.payload };
    case "tradeflow.collection.submitted":
    case "tradeflow.collection.approved":
    case "tradeflow.collection.validated":
    case "tradeflow.collection.rejected":
    case "tradeflow.collection.returned":
    case "tradeflow.collection.reopened": {
      const route = event.payload.route;
      return {
        entityType: "collection",
        entityId: event.payload.collectionId,
        ...(route
          ? {
              before: { status: route.fromStatus },
              after: { status: route.toStatus, pendingLevel: route.pending?.level ?? null },
            }
          : {}),
      };
    }
    case "tradeflow.reports":
    case "tradeflow.report.ready":
      return { entityType: "report", entityId: event.payload.reportId };
  }
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
const clip = (value: string | null | undefined, length: number) => (value ? value.slice(0, length) : null);

/** The audit row of one event: who (actor), what (type, entity), when, from where, and the change. */
export function auditRow(event: EventEnvelope): Prisma.AdminAuditEntryCreateInput {
  const subject = subjectOf(event);
  return {
    eventId: event.id,
    type: event.type,
    actorId: event.actor?.userId ?? null,
    actorRole: event.actor?.role ?? null,
    entityType: subject.entityType,
    entityId: subject.entityId.slice(0, 64),
    occurredAt: new Date(event.occurredAt),
    clientIp: clip(event.client?.ip, 64),
    userAgent: clip(event.client?.userAgent, 255),
    traceId: clip(event.traceId, 64),
    before: json(subject.before),
    after: json(subject.after),
    details: JSON.stringify(event.payload),
  };
}
