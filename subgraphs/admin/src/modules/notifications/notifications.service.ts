import { z } from "zod";
import type { AdminNotification, Prisma, Tx } from "#shared/db/client.js";
import type { EventEnvelope } from "#shared/events/envelope.js";
import type { NotificationMessage } from "#shared/events/notifications.js";
import { badUserInput, unauthenticated } from "#shared/graphql/errors.js";
import { parseInput } from "#shared/graphql/input.js";
import { decodeCursor, paginate, type Connection } from "#shared/graphql/pagination.js";
import type { Context } from "../../context.js";
import { notificationText, type NotificationParams } from "./notification-text.js";
import { decidersOnce, validatorsAt, type Deciders } from "./recipients.js";

type Kind = NotificationMessage["kind"];

export interface Planned {
  userIds: number[];
  kind: Kind;
  entityType: string | null;
  entityId: string | null;
  params: NotificationParams;
  /** Batched kinds: while unread, one row per user gathers them (`count`). */
  batched?: boolean;
  /** What one batch gathers, when not every notification of the kind (dead letters: one per consumer). */
  batchKey?: string;
}

/** The events that notify someone, and whom (the routing each collection event carries in `route`). */
export type NotifyingEvent = EventEnvelope<
  | "tradeflow.collection.submitted"
  | "tradeflow.collection.approved"
  | "tradeflow.collection.reopened"
  | "tradeflow.collection.returned"
  | "tradeflow.collection.rejected"
  | "tradeflow.collection.validated"
  | "tradeflow.report.ready"
>;

export const NOTIFYING_TYPES: ReadonlySet<string> = new Set<string>([
  "tradeflow.collection.submitted",
  "tradeflow.collection.approved",
  "tradeflow.collection.reopened",
  "tradeflow.collection.returned",
  "tradeflow.collection.rejected",
  "tradeflow.collection.validated",
  "tradeflow.report.ready",
] satisfies NotifyingEvent["type"][]);

export function isNotifying(event: EventEnvelope): event is NotifyingEvent {
  return NOTIFYING_TYPES.has(event.type);
}

async function plan(
  tx: Tx,
  event: NotifyingEvent,
  deciders: (route: Deciders) => Promise<number[]>,
): Promise<Planned[]> {
  if (event.type === "tradeflow.report.ready") {
    const { payload } = event;
    return [
      {
        userIds: [Number(payload.requesterId)],
        kind: "REPORT_READY",
        entityType: "report",
        entityId: payload.reportId,
        params: { report: payload.kind, format: payload.format, rows: payload.rowCount },
      },
    ];
  }
  const route = event.payload.route;
  // Events published before routes existed name no team or level: nobody can be told.
  if (!route) return [];
  const about = { entityType: "collection", entityId: event.payload.collectionId };
  const collector = [Number(route.collectorId)];
  switch (event.type) {
    case "tradeflow.collection.submitted":
    case "tradeflow.collection.approved":
    case "tradeflow.collection.reopened": {
      if (!route.pending) return [];
      const userIds = await validatorsAt(tx, { ...route, role: route.pending.role }, deciders);
      const params = { publicId: route.publicId, level: route.pending.level };
      return [{ userIds, kind: "VALIDATION_QUEUE", ...about, params, batched: true }];
    }
    case "tradeflow.collection.returned":
      return [{ userIds: collector, kind: "COLLECTION_RETURNED", ...about, params: { publicId: route.publicId } }];
    case "tradeflow.collection.rejected": {
      const params = { publicId: route.publicId, reason: event.payload.reason };
      return [{ userIds: collector, kind: "COLLECTION_REJECTED", ...about, params }];
    }
    case "tradeflow.collection.validated":
      return [{ userIds: collector, kind: "COLLECTION_VALIDATED", ...about, params: { publicId: route.publicId } }];
  }
}

/**
 * Writes notifications in the caller's transaction; returns the rows created or grown. The batched ones
 * of a user and batch key are gathered first: a batch of 25 submissions from one team grows its lead's
 * unread row once, by 25, pointing at the last (what 25 growths by one would leave, in 3 statements
 * rather than 75).
 */
export async function writeNotifications(tx: Tx, planned: Planned[]): Promise<AdminNotification[]> {
  const rows: AdminNotification[] = [];
  const gathered = new Map<string, { userId: number; batchKey: string; item: Planned; times: number }>();
  for (const item of planned) {
    for (const userId of new Set(item.userIds)) {
      const batchKey = item.batchKey ?? (item.batched ? item.kind : null);
      if (!batchKey) {
        rows.push(await tx.adminNotification.create({ data: notificationData(userId, item) }));
        continue;
      }
      const key = JSON.stringify([userId, batchKey]);
      gathered.set(key, { userId, batchKey, item, times: (gathered.get(key)?.times ?? 0) + 1 });
    }
  }
  for (const { userId, batchKey, item, times } of gathered.values()) {
    const data = notificationData(userId, item);
    // One unread row per user and batch: the next ones grow it ("12 collections wait for you").
    rows.push(
      await tx.adminNotification.upsert({
        where: { userId_batchKey: { userId, batchKey } },
        create: { ...data, batchKey, count: times },
        update: {
          count: { increment: times },
          params: data.params,
          entityType: data.entityType,
          entityId: data.entityId,
        },
      }),
    );
  }
  return rows;
}

function notificationData(userId: number, item: Planned) {
  return {
    userId,
    kind: item.kind,
    entityType: item.entityType,
    entityId: item.entityId,
    params: JSON.stringify(item.params),
  };
}

/**
 * The notifications of some events, in the caller's transaction (the consumer's batch, or one event): whom
 * each event concerns, then the rows, gathered per user and batch (writeNotifications).
 */
export async function notificationsFromEvents(tx: Tx, events: NotifyingEvent[]): Promise<AdminNotification[]> {
  const deciders = decidersOnce(tx);
  const planned: Planned[] = [];
  for (const event of events) planned.push(...(await plan(tx, event, deciders)));
  return writeNotifications(tx, planned);
}

export function notificationMessage(row: AdminNotification): NotificationMessage {
  return {
    userId: String(row.userId),
    id: String(row.id),
    kind: row.kind as Kind,
    text: notificationText(row),
    entityType: row.entityType,
    entityId: row.entityId,
    count: row.count,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function viewerId(context: Context): number {
  if (!context.viewer) throw unauthenticated();
  return Number(context.viewer.userId);
}

/** Keyset on (updatedAt desc, id desc): a batched notification that grows moves back to the top. */
function afterNotification(after: string): Prisma.AdminNotificationWhereInput {
  const [ms, id] = decodeCursor(after).split("|");
  if (!ms || !id || !/^\d+$/.test(ms) || !/^\d+$/.test(id)) throw badUserInput("Invalid cursor", "after");
  const updatedAt = new Date(Number(ms));
  return { OR: [{ updatedAt: { lt: updatedAt } }, { updatedAt, id: { lt: BigInt(id) } }] };
}

export function listMyNotifications(
  context: Context,
  args: {
    first?: number | null;
    after?: string | null;
    unreadOnly?: boolean | null;
    updatedAfter?: Date | string | null;
  },
): Promise<Connection<AdminNotification>> {
  const where: Prisma.AdminNotificationWhereInput[] = [
    { userId: viewerId(context) },
    args.unreadOnly ? { readAt: null } : {},
    args.updatedAfter ? { updatedAt: { gt: new Date(args.updatedAfter) } } : {},
  ];
  return paginate(
    { first: args.first, after: args.after },
    {
      where,
      afterCursor: afterNotification,
      findMany: (conditions, window) =>
        context.db.adminNotification.findMany({
          where: { AND: conditions },
          orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
          ...window,
        }),
      count: (conditions) => context.db.adminNotification.count({ where: { AND: conditions } }),
      cursorOf: (row) => `${row.updatedAt.getTime()}|${row.id}`,
    },
  );
}

export function unreadCount(context: Context): Promise<number> {
  return context.db.adminNotification.count({ where: { userId: viewerId(context), readAt: null } });
}

const markInput = z
  .object({
    ids: z
      .array(z.string().regex(/^\d{1,18}$/, "is not a valid id"))
      .max(500)
      .nullish(),
    all: z.boolean().nullish(),
  })
  .refine((input) => Boolean(input.all) !== Boolean(input.ids?.length), {
    message: "Give ids, or all: true",
    path: ["ids"],
  });

/** Marks the caller's own notifications read; ids of other users' notifications match nothing. */
export async function markRead(context: Context, raw: { ids?: readonly string[] | null; all?: boolean | null }) {
  const userId = viewerId(context);
  const input = parseInput(markInput, raw);
  const { count } = await context.db.adminNotification.updateMany({
    where: {
      userId,
      readAt: null,
      ...(input.all ? {} : { id: { in: (input.ids ?? []).map((id) => BigInt(id)) } }),
    },
    // A read batch is closed: the next collection starts a new one.
    data: { readAt: new Date(), batchKey: null },
  });
  return { marked: count, unreadCount: await unreadCount(context) };
}
