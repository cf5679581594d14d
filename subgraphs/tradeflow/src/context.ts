import type { RequestContext } from "#shared/graphql/context.js";
import type { Loaders } from "./loaders.js";

export interface Context extends RequestContext {
  loaders: Loaders;
}
