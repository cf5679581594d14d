import type { TokenKeys } from "#shared/auth/keys.js";
import type { NatsHandle } from "#shared/events/nats.js";
import type { RequestContext } from "#shared/graphql/context.js";
import type { AuthEnv } from "./env.js";

export interface Context extends RequestContext {
  config: AuthEnv;
  keys: TokenKeys;
  nats: NatsHandle;
}
