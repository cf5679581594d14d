import type { Resolvers } from "./generated/resolvers-types.js";
import { productResolvers } from "./modules/products/resolvers.js";

export const resolvers: Resolvers[] = [productResolvers];
