import type { NatsHandle } from "#shared/events/nats.js";
import type { RequestContext } from "#shared/graphql/context.js";
import type { Loaders, ReferenceCaches } from "./loaders.js";

export interface Context extends RequestContext {
  loaders: Loaders;
  /** Kept between requests; every reference write drops them (modules/reference/revision.ts). */
  referenceCaches: ReferenceCaches;
  /** Request/reply with auth (password checks, first passwords) and tradeflow (references before a delete). */
  nats: NatsHandle;
  /** Signs what admin asks auth to do on an administrator's behalf (shared/src/auth/initial-password.ts). */
  signingSecret: string;
}
