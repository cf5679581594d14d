import { serve } from "#shared/events/responder.js";
import { defineSubgraph } from "#shared/service/subgraph.js";
import { WorkflowCache } from "./clients/workflow-cache.js";
import { statisticsRollupConsumer } from "./consumers/statistics-rollup.js";
import type { Context } from "./context.js";
import type { TradeflowEnv } from "./env.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers.js";
import { referenceUsageHandler } from "./responders/reference-usage.js";

export const startTradeflowService = defineSubgraph<TradeflowEnv, Context, { workflows: WorkflowCache }>({
  name: "tradeflow",
  resolvers,
  permissions,
  setup: async ({ runtime }) => {
    const workflows = new WorkflowCache(runtime.nats, runtime.logger.child({ component: "workflow" }));
    await workflows.start();
    return { workflows };
  },
  background: ({ workflows }) => [workflows],
  context: (shared, { runtime, workflows }) => ({
    ...shared,
    loaders: createLoaders(runtime.db, shared.viewer),
    nats: runtime.nats,
    workflows,
  }),
  responders: ({ runtime }) => [serve("tradeflow.usage", referenceUsageHandler(runtime.db))],
  consumers: ({ runtime }) => [statisticsRollupConsumer(runtime.db)],
});
