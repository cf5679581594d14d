import type { NatsHandle } from "#shared/events/nats.js";
import type { RequestContext } from "#shared/graphql/context.js";
import type { Loaders, ReferenceCaches } from "./loaders.js";

export interface Context extends RequestContext {
  loaders: Loaders;
  /** Kept between requests; every catalogue write drops them (modules/catalog/revision.ts). */
  referenceCaches: ReferenceCaches;
  /** Request/reply with tradeflow: whether collections refer to a record before it is deleted. */
  nats: NatsHandle;
}
