import type { RequestContext } from "#shared/graphql/context.js";
import type { AuthEnv } from "./env.js";

export interface Context extends RequestContext {
  config: Pick<AuthEnv, "JWT_SECRET" | "JWT_ISSUER" | "JWT_AUDIENCE" | "JWT_ACCESS_TTL_SECONDS" | "REFRESH_TTL_SECONDS">;
}
