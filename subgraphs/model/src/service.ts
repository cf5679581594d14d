import { serve } from "#shared/events/responder.js";
import { defineSubgraph } from "#shared/service/subgraph.js";
import { productClassesHandler } from "./responders/statistics-support.js";
import { convertHandler, formsHandler, labelsHandler, workflowHandler } from "./responders/trade-support.js";
import type { Context } from "./context.js";
import type { ModelEnv } from "./env.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers.js";

export const startModelService = defineSubgraph<ModelEnv, Context>({
  name: "model",
  resolvers,
  permissions,
  context: (shared, { runtime }) => ({ ...shared, loaders: createLoaders(runtime.db), nats: runtime.nats }),
  responders: ({ runtime }) => [
    serve("model.convert", convertHandler(runtime.db)),
    serve("model.forms", formsHandler(runtime.db)),
    serve("model.workflow", workflowHandler(runtime.db)),
    serve("model.product-classes", productClassesHandler(runtime.db)),
    serve("model.labels", labelsHandler(runtime.db)),
  ],
});
