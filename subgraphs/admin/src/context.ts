import type { NatsHandle } from "#shared/events/nats.js";
import type { RequestContext } from "#shared/graphql/context.js";
import type { Loaders } from "./loaders.js";

export interface Context extends RequestContext {
  loaders: Loaders;
  /** Request/reply with auth (password checks, first passwords) and tradeflow (references before a delete). */
  nats: NatsHandle;
  /** Signs what admin asks auth to do on an administrator's behalf (shared/src/auth/initial-password.ts). */
  signingSecret: string;
}
