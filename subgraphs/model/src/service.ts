import type { Feed } from "#shared/events/follow.js";
import { serve } from "#shared/events/responder.js";
import { followChanges } from "#shared/graphql/reference-cache.js";
import { defineSubgraph } from "#shared/service/subgraph.js";
import { productClassesHandler } from "./responders/statistics-support.js";
import { convertHandler, formsHandler, labelsHandler, workflowHandler } from "./responders/trade-support.js";
import type { Context } from "./context.js";
import type { ModelEnv } from "./env.js";
import { createLoaders, createReferenceCaches, type ReferenceCaches } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers.js";

type ModelParts = { referenceCaches: ReferenceCaches; referenceFeed: Feed };

export const startModelService = defineSubgraph<ModelEnv, Context, ModelParts>({
  name: "model",
  resolvers,
  permissions,
  async setup({ runtime }) {
    const referenceCaches = createReferenceCaches();
    const referenceFeed = await followChanges(
      runtime.nats,
      runtime.logger,
      "model",
      "model.catalog.changed",
      Object.values(referenceCaches),
    );
    return { referenceCaches, referenceFeed };
  },
  background: ({ referenceFeed }) => [referenceFeed],
  context: (shared, { runtime, referenceCaches }) => ({
    ...shared,
    loaders: createLoaders(runtime.db, referenceCaches),
    referenceCaches,
    nats: runtime.nats,
  }),
  responders: ({ runtime }) => [
    serve("model.convert", convertHandler(runtime.db)),
    serve("model.forms", formsHandler(runtime.db)),
    serve("model.workflow", workflowHandler(runtime.db)),
    serve("model.product-classes", productClassesHandler(runtime.db)),
    serve("model.labels", labelsHandler(runtime.db)),
  ],
});
