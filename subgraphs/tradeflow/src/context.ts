import type { NatsHandle } from "#shared/events/nats.js";
import type { RequestContext } from "#shared/graphql/context.js";
import type { Loaders } from "./loaders.js";
import type { WorkflowCache } from "./clients/workflow-cache.js";
import type { ReportSettings } from "./modules/reports/reports.service.js";

export interface Context extends RequestContext {
  loaders: Loaders;
  /** For request/reply with model and admin (conversions, rates, forms, workflow, references). */
  nats: NatsHandle;
  workflows: WorkflowCache;
  /** How report download URLs are signed. */
  reports: ReportSettings;
}
