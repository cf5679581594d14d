import type { Feed } from "#shared/events/follow.js";
import { serve } from "#shared/events/responder.js";
import { followChanges } from "#shared/graphql/reference-cache.js";
import { defineSubgraph } from "#shared/service/subgraph.js";
import { auditTrailConsumers } from "./consumers/audit-trail.js";
import { deadLetterAlerts } from "./consumers/dead-letter-alerts.js";
import { notificationsConsumer } from "./consumers/notifications.js";
import { recordLastLoginConsumer } from "./consumers/record-last-login.js";
import type { Context } from "./context.js";
import type { AdminEnv } from "./env.js";
import { createLoaders, createReferenceCaches, type ReferenceCaches } from "./loaders.js";
import { settingsSnapshotHandler } from "./modules/settings/settings.service.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers.js";
import { corridorsHandler } from "./responders/statistics-support.js";
import { labelsHandler, ratesHandler, refcheckHandler } from "./responders/trade-support.js";
import { usersGetHandler } from "./responders/users-get.js";

type AdminParts = { referenceCaches: ReferenceCaches; referenceFeed: Feed };

export const startAdminService = defineSubgraph<AdminEnv, Context, AdminParts>({
  name: "admin",
  resolvers,
  permissions,
  async setup({ runtime }) {
    const referenceCaches = createReferenceCaches();
    const referenceFeed = await followChanges(
      runtime.nats,
      runtime.logger,
      "admin",
      "admin.reference.changed",
      Object.values(referenceCaches),
    );
    return { referenceCaches, referenceFeed };
  },
  background: ({ referenceFeed }) => [referenceFeed],
  context: (shared, { env, runtime, referenceCaches }) => ({
    ...shared,
    loaders: createLoaders(runtime.db, shared.viewer, referenceCaches),
    referenceCaches,
    nats: runtime.nats,
    signingSecret: env.GATEWAY_SIGNING_SECRET,
  }),
  responders: ({ runtime }) => [
    serve("admin.users", usersGetHandler(runtime.db)),
    serve("admin.config", settingsSnapshotHandler(runtime.db)),
    serve("admin.rates", ratesHandler(runtime.db, runtime.settings)),
    serve("admin.refcheck", refcheckHandler(runtime.db)),
    serve("admin.corridors", corridorsHandler(runtime.db)),
    serve("admin.labels", labelsHandler(runtime.db)),
  ],
  consumers: ({ runtime }) => [
    recordLastLoginConsumer(runtime.db),
    ...auditTrailConsumers(runtime.db),
    notificationsConsumer(runtime.db, runtime.nats),
    deadLetterAlerts(runtime.db, runtime.nats),
  ],
});
