import type { NatsHandle } from "#shared/events/nats.js";
import type { RequestContext } from "#shared/graphql/context.js";
import type { Loaders } from "./loaders.js";

export interface Context extends RequestContext {
  loaders: Loaders;
  /** For request/reply to other services (auth.password_check). */
  nats: NatsHandle;
}
