import { pick } from "#shared/i18n/language.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import type { NotificationMessage } from "#shared/events/notifications.js";
import { notificationText } from "./notification-text.js";
import { listMyNotifications, markRead, unreadCount } from "./notifications.service.js";

export const notificationResolvers: Resolvers = {
  Query: {
    myNotifications: (_p, args, context) => listMyNotifications(context, args),
    unreadNotificationCount: (_p, _args, context) => unreadCount(context),
  },
  Mutation: {
    markNotificationsRead: (_p, args, context) => markRead(context, args),
  },
  Notification: {
    id: (row) => String(row.id),
    kind: (row) => row.kind as NotificationMessage["kind"],
    text: (row, _args, context) => pick(notificationText(row), context.language),
    read: (row) => row.readAt !== null,
  },
};
